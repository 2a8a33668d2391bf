import { REGION_LABELS, SHARING_AREAS, type RegionSharing, type SharingArea } from '@samla/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useLanguage } from '../i18n/useLanguage';
import { staleCurrent } from '../plans/StaleNotice';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import { fetchSharing, sharingKey, updateSharing } from './regions.api';
import '../i18n/regions';

type Flags = Record<SharingArea, boolean>;
const flagsOf = (s: RegionSharing): Flags =>
  Object.fromEntries(SHARING_AREAS.map((a) => [a, s[a]])) as Flags;

/** /t/:code/region-sharing: the tenant admin chooses what the kommun shares with its län. */
export function RegionSharingPage() {
  const { t } = useTranslation('regions');
  const language = useLanguage();
  const tenant = useCurrentTenant();
  const code = tenant?.code ?? '';
  const queryClient = useQueryClient();
  const sharing = useQuery({ queryKey: sharingKey(code), queryFn: () => fetchSharing(code) });
  const [notice, setNotice] = useState<'saved' | 'stale' | null>(null);
  const save = useMutation({
    mutationFn: (body: Flags & { version: number }) => updateSharing(code, body),
    onSuccess: (data) => {
      queryClient.setQueryData(sharingKey(code), data);
      setNotice('saved');
    },
    onError: (error) => {
      const current = staleCurrent<RegionSharing>(error);
      if (current) {
        queryClient.setQueryData(sharingKey(code), current);
        setNotice('stale');
      }
    },
  });
  const areas = REGION_LABELS[language].area;
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const time = (iso: string) => new Date(iso).toLocaleString(locale);
  const data = sharing.data;

  const submit = (flags: Flags) => {
    if (!data) return;
    setNotice(null);
    save.mutate({ ...flags, version: data.version });
  };

  return (
    <Page title={t('sharing.title')}>
      {sharing.isPending ? <Loading /> : null}
      <ErrorAlert error={sharing.error} />
      {data ? (
        <>
          <p className="lead">{t('sharing.intro', { region: data.region.name })}</p>
          <p>
            {!data.updatedAt
              ? t('sharing.neverChanged')
              : data.updatedBy
                ? t('sharing.lastChanged', {
                    time: time(data.updatedAt),
                    name: data.updatedBy.displayName,
                  })
                : t('sharing.lastChangedUnknown', { time: time(data.updatedAt) })}
          </p>
          {/* Keyed by version: a saved or newer state starts the choices afresh. */}
          <SharingForm
            key={data.version}
            initial={flagsOf(data)}
            onSubmit={submit}
            pending={save.isPending}
          >
            {notice === 'stale' ? (
              <p className="alert alert--warning" role="alert">
                {t('sharing.stale')}
              </p>
            ) : null}
            {save.error && !staleCurrent(save.error) ? <ErrorAlert error={save.error} /> : null}
            <p className="status-message" role="status">
              {notice === 'saved' ? t('sharing.saved') : ''}
            </p>
          </SharingForm>
          {data.history.length ? (
            <div className="table-scroll">
              <table className="table">
                <caption>{t('sharing.historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sharing.when')}</th>
                    <th scope="col">{t('sharing.who')}</th>
                    <th scope="col">{t('sharing.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.history.map((h) => (
                    <tr key={h.occurredAt}>
                      <td>{time(h.occurredAt)}</td>
                      <td>{h.by?.displayName ?? t('sharing.system')}</td>
                      <td>
                        {SHARING_AREAS.filter((a) => h[a])
                          .map((a) => areas[a])
                          .join(', ') || t('sharing.nothing')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

function SharingForm({
  initial,
  onSubmit,
  pending,
  children,
}: {
  initial: Flags;
  onSubmit: (flags: Flags) => void;
  pending: boolean;
  children: React.ReactNode;
}) {
  const { t } = useTranslation('regions');
  const areas = REGION_LABELS[useLanguage()].area;
  const [flags, setFlags] = useState<Flags>(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(flags);
  };
  return (
    <form className="form form--narrow" onSubmit={submit} noValidate>
      <fieldset className="fieldset choices">
        <legend>{t('sharing.legend')}</legend>
        <div className="choices__list">
          {SHARING_AREAS.map((area) => (
            <div key={area}>
              <label className="choice">
                <input
                  type="checkbox"
                  name={area}
                  checked={flags[area]}
                  aria-describedby={`sharing-hint-${area}`}
                  onChange={(e) => setFlags({ ...flags, [area]: e.target.checked })}
                />
                <span>{areas[area]}</span>
              </label>
              <p className="field__hint" id={`sharing-hint-${area}`}>
                {t(`sharing.hint.${area}`)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      {children}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {t('sharing.save')}
        </button>
      </div>
    </form>
  );
}
