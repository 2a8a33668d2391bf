import { createPartnerSchema, type Partner, PARTNER_TYPES } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { partnerPath, useCollaborationAccess } from './access';
import { CollaborationNav } from './CollaborationNav';
import { CollaborationStyles } from './CollaborationStyles';
import { createPartner, partnersKey } from './collaboration.api';
import { EMPTY_PARTNER, PartnerFields, partnerValues } from './PartnerFields';
import { usePartners } from './usePartners';
import '../i18n/collaboration';

/** Samverkansparter: every partner, by type in the order of PARTNER_TYPES, and a form for a new one. */
export function PartnersPage() {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const { code, canEdit } = useCollaborationAccess();
  const { query, unitName } = usePartners(code);
  const collator = new Intl.Collator('sv');
  const partners = [...(query.data ?? [])].sort(
    (a, b) =>
      PARTNER_TYPES.indexOf(a.type) - PARTNER_TYPES.indexOf(b.type) ||
      collator.compare(a.name, b.name),
  );
  return (
    <>
      <CollaborationNav code={code} />
      <Page title={t('partners.title')}>
        <CollaborationStyles />
        <p className="lead">{t('partners.intro')}</p>
        {canEdit ? null : <p className="alert alert--info">{t('readOnly')}</p>}
        {query.isPending ? <Loading /> : null}
        {query.isError ? (
          <>
            <ErrorAlert error={query.error} />
            <button type="button" className="button" onClick={() => void query.refetch()}>
              {tc('errors.retry')}
            </button>
          </>
        ) : null}
        {query.data?.length === 0 ? <p>{t('partners.empty')}</p> : null}
        {partners.length > 0 ? (
          <div className="table-scroll">
            <table className="table table--wide">
              <caption className="visually-hidden">{t('partners.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('partners.columns.name')}</th>
                  <th scope="col">{t('partners.columns.type')}</th>
                  <th scope="col">{t('partners.columns.contacts')}</th>
                </tr>
              </thead>
              <tbody>
                {partners.map((partner: Partner) => (
                  <tr key={partner.id}>
                    <th scope="row">
                      <Link to={partnerPath(code, partner.id)}>{partner.name}</Link>
                      {partner.orgUnitId ? (
                        <span className="table__note">{unitName(partner.orgUnitId)}</span>
                      ) : null}
                    </th>
                    <td>{t(`types.${partner.type}`)}</td>
                    <td>
                      {partner.contacts.length === 0
                        ? t('none')
                        : partner.contacts.map((c) => c.name ?? c.title).join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {canEdit ? <CreatePartnerForm code={code} /> : null}
      </Page>
    </>
  );
}

function CreatePartnerForm({ code }: { code: string }) {
  const { t } = useTranslation('collaboration');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { units } = usePartners(code);
  const [draft, setDraft] = useState(EMPTY_PARTNER);

  const form = useValidatedMutation({
    schema: createPartnerSchema,
    values: partnerValues(draft),
    mutationFn: (input: Parameters<typeof createPartner>[1]) => createPartner(code, input),
    onSuccess: (partner) => {
      void queryClient.invalidateQueries({ queryKey: partnersKey(code) });
      void navigate(partnerPath(code, partner.id));
    },
  });
  const create = form.mutation;

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('partners.create.heading')}>
      <ErrorAlert error={create.error} extra={form.otherServerIssues} />
      <PartnerFields
        idPrefix="new-partner"
        draft={draft}
        onChange={setDraft}
        errorFor={form.errorFor}
        units={units}
      />
      <div className="form__actions">
        <SubmitButton
          pending={create.isPending}
          label={t('partners.create.submit')}
          pendingLabel={t('partners.create.submitting')}
        />
      </div>
    </PanelForm>
  );
}
