import { type Partner, updatePartnerSchema } from '@samla/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { StateBadge } from '../components/StateBadge';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { useFormat } from '../plans/format';
import { staleCurrent, StaleNotice } from '../plans/StaleNotice';
import { forumPath, partnersPath, useCollaborationAccess } from './access';
import { CollaborationNav } from './CollaborationNav';
import { CollaborationStyles } from './CollaborationStyles';
import {
  agreementsKey,
  fetchAgreements,
  fetchForums,
  fetchPartner,
  forumsKey,
  partnersKey,
  updatePartner,
} from './collaboration.api';
import { AGREEMENT_TONE } from './labels';
import { PartnerFields, partnerDraftOf, partnerValues } from './PartnerFields';
import { usePartners } from './usePartners';
import '../i18n/collaboration';

/** One partner: type, contact persons, the forums it sits in, its agreements; edit form. */
export function PartnerPage() {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const { code } = useCollaborationAccess();
  const { id = '' } = useParams();
  const partner = useQuery({
    queryKey: [...partnersKey(code), id],
    queryFn: () => fetchPartner(code, id),
    enabled: code !== '' && id !== '',
  });
  if (partner.data) return <PartnerView code={code} partner={partner.data} />;
  return (
    <>
      <CollaborationNav code={code} />
      <Page title={t('partner.loadingTitle')}>
        <p className="breadcrumb">
          <Link to={partnersPath(code)}>{t('partner.back')}</Link>
        </p>
        {partner.isError ? (
          <>
            <ErrorAlert error={partner.error} />
            <button type="button" className="button" onClick={() => void partner.refetch()}>
              {tc('errors.retry')}
            </button>
          </>
        ) : (
          <Loading />
        )}
      </Page>
    </>
  );
}

function PartnerView({ code, partner }: { code: string; partner: Partner }) {
  const { t } = useTranslation('collaboration');
  const { canEdit } = useCollaborationAccess();
  const format = useFormat();
  const { unitName } = usePartners(code);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const forums = useQuery({ queryKey: forumsKey(code), queryFn: () => fetchForums(code) });
  const agreements = useQuery({
    queryKey: agreementsKey(code),
    queryFn: () => fetchAgreements(code),
  });
  const memberOf = (forums.data ?? []).filter((f) =>
    f.members.some((m) => m.partnerId === partner.id),
  );
  const own = (agreements.data ?? []).filter((a) => a.partnerId === partner.id);
  const headingIds = { contacts: useId(), forums: useId(), agreements: useId() };

  return (
    <>
      <CollaborationNav code={code} />
      <Page title={partner.name}>
        <CollaborationStyles />
        <p className="breadcrumb">
          <Link to={partnersPath(code)}>{t('partner.back')}</Link>
        </p>
        <dl className="facts facts--wide">
          <dt>{t('partner.type')}</dt>
          <dd>{t(`types.${partner.type}`)}</dd>
          {partner.orgUnitId ? (
            <>
              <dt>{t('partner.unit')}</dt>
              <dd>{unitName(partner.orgUnitId)}</dd>
            </>
          ) : null}
          {partner.description ? (
            <>
              <dt>{t('partner.description')}</dt>
              <dd>{partner.description}</dd>
            </>
          ) : null}
        </dl>
        <p className="status-message" role="status">
          {status}
        </p>
        {canEdit && !editing ? (
          <p>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('partner.edit')}
            </button>
          </p>
        ) : null}
        {editing ? (
          <EditPartnerForm
            code={code}
            partner={partner}
            onDone={(message) => {
              setEditing(false);
              if (message) setStatus(message);
            }}
            announce={setStatus}
          />
        ) : null}
        <section aria-labelledby={headingIds.contacts} className="collab-section">
          <h2 id={headingIds.contacts}>{t('partner.contactsHeading')}</h2>
          {partner.contacts.length === 0 ? (
            <p>{t('partner.noContacts')}</p>
          ) : (
            <ul className="collab-contacts">
              {partner.contacts.map((c, index) => (
                <li key={index}>
                  <strong>{c.title}</strong>
                  {c.name ? `, ${c.name}` : ''}
                  {c.email ? (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  ) : null}
                  {c.phone ? ` · ${c.phone}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={headingIds.forums} className="collab-section">
          <h2 id={headingIds.forums}>{t('partner.forumsHeading')}</h2>
          {memberOf.length === 0 ? (
            <p>{t('partner.noForums')}</p>
          ) : (
            <ul className="plain-list">
              {memberOf.map((f) => (
                <li key={f.id}>
                  <Link to={forumPath(code, f.id)}>{f.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={headingIds.agreements} className="collab-section">
          <h2 id={headingIds.agreements}>{t('partner.agreementsHeading')}</h2>
          {own.length === 0 ? (
            <p>{t('partner.noAgreements')}</p>
          ) : (
            <ul className="plain-list">
              {own.map((a) => (
                <li key={a.id}>
                  {a.subject} ({format.date(a.signedOn)}){' '}
                  <StateBadge tone={AGREEMENT_TONE[a.followUp.state]}>
                    {t(`agreements.states.${a.followUp.state}`)}
                  </StateBadge>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Page>
    </>
  );
}

interface EditProps {
  code: string;
  partner: Partner;
  onDone: (message?: string) => void;
  announce: (message: string) => void;
}

function EditPartnerForm({ code, partner, onDone, announce }: EditProps) {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { units } = usePartners(code);
  const [draft, setDraft] = useState(() => partnerDraftOf(partner));
  const [baseVersion, setBaseVersion] = useState(partner.version);

  const form = useValidatedMutation({
    schema: updatePartnerSchema,
    values: {
      version: baseVersion,
      ...partnerValues(draft),
    },
    mutationFn: (input: Parameters<typeof updatePartner>[2]) =>
      updatePartner(code, partner.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData([...partnersKey(code), partner.id], saved);
      void queryClient.invalidateQueries({ queryKey: partnersKey(code) });
      onDone(t('saved'));
    },
  });
  const save = form.mutation;
  const current = staleCurrent<Partner>(save.error);

  const reload = (latest: Partner) => {
    queryClient.setQueryData([...partnersKey(code), partner.id], latest);
    setDraft(partnerDraftOf(latest));
    setBaseVersion(latest.version);
    form.reset();
    announce(tc('conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  return (
    <PanelForm ref={formRef} onSubmit={form.onSubmit} heading={t('partner.editHeading')}>
      {current ? (
        <StaleNotice
          facts={[
            [t('partnerFields.name'), current.name],
            [t('partnerFields.type'), t(`types.${current.type}`)],
            [t('partnerFields.description'), current.description ?? t('none')],
            [
              t('partnerFields.contacts'),
              current.contacts.map((c) => c.name ?? c.title).join(', ') || t('none'),
            ],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      )}
      <PartnerFields
        idPrefix="edit-partner"
        draft={draft}
        onChange={setDraft}
        errorFor={form.errorFor}
        units={units}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('partner.save')}
          pendingLabel={t('partner.saving')}
        />
        <button type="button" className="button" onClick={() => onDone()}>
          {tc('form.cancel')}
        </button>
      </div>
    </PanelForm>
  );
}
