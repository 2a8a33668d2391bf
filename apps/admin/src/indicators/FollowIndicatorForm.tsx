import type { Indicator, PlatformIndicator } from '@samla/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/Field';
import { Loading } from '../components/Loading';
import { useIndicatorLabels, useIndicatorName } from './format';
import { catalogueKey, fetchCatalogue, followIndicator, indicatorsKey } from './indicators.api';
import '../i18n/indicators';

interface FollowIndicatorFormProps {
  code: string;
  followed: readonly Indicator[];
  announce: (message: string) => void;
}

/** Follow an indicator of the shared catalogue (Agenda 2030 or Kolada). */
export function FollowIndicatorForm({ code, followed, announce }: FollowIndicatorFormProps) {
  const { t } = useTranslation('indicators');
  const labels = useIndicatorLabels();
  const name = useIndicatorName();
  const queryClient = useQueryClient();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | undefined>();
  const catalogue = useQuery({ queryKey: catalogueKey, queryFn: fetchCatalogue });
  const followedIds = new Set(followed.map((i) => i.platformIndicatorId));
  const available = (catalogue.data ?? []).filter((p) => !followedIds.has(p.id));
  const groups = (['agenda2030', 'kolada'] as const)
    .map((kind) => ({ kind, items: available.filter((p) => p.kind === kind) }))
    .filter((group) => group.items.length > 0);

  const follow = useMutation({
    mutationFn: (id: string) => followIndicator(code, id),
    onSuccess: (indicator) => {
      void queryClient.invalidateQueries({ queryKey: indicatorsKey(code) });
      setChoice('');
      announce(t('follow.followed', { name: name(indicator) }));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) {
      setError(t('follow.choose'));
      formRef.current?.querySelector('select')?.focus();
      return;
    }
    setError(undefined);
    follow.mutate(choice);
  };

  const label = (p: PlatformIndicator) =>
    [p.agenda2030IndicatorId ?? p.koladaId, name(p)].filter(Boolean).join(' ');

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('follow.heading')}</h2>
      <p>{t('follow.intro')}</p>
      {catalogue.isPending ? <Loading /> : null}
      <ErrorAlert error={catalogue.error ?? follow.error} />
      {catalogue.data && groups.length === 0 ? <p>{t('follow.none')}</p> : null}
      {groups.length > 0 ? (
        <>
          <SelectField
            id="follow-indicator"
            label={t('follow.label')}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              setError(undefined);
            }}
            error={error}
            required
          >
            <option value="">{t('follow.placeholder')}</option>
            {groups.map((group) => (
              <optgroup key={group.kind} label={labels.kind[group.kind]}>
                {group.items.map((p) => (
                  <option key={p.id} value={p.id}>
                    {label(p)}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={follow.isPending}>
              {follow.isPending ? t('follow.submitting') : t('follow.submit')}
            </button>
          </div>
        </>
      ) : null}
    </form>
  );
}
