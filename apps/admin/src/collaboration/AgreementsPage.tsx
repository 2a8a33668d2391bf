import type { Agreement } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import { partnerPath, useCollaborationAccess } from './access';
import { CollaborationNav } from './CollaborationNav';
import { CollaborationStyles } from './CollaborationStyles';
import { agreementsKey, fetchAgreements } from './collaboration.api';
import { CreateAgreementForm } from './CreateAgreementForm';
import { FollowUpForm } from './FollowUpForm';
import { AGREEMENT_TONE } from './labels';
import { usePartners } from './usePartners';
import '../i18n/collaboration';

/** Överenskommelser: each with its follow-up state by the 24-month rule; record a follow-up. */
export function AgreementsPage() {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const { code, canEdit } = useCollaborationAccess();
  const [status, setStatus] = useState('');
  const agreements = useQuery({
    queryKey: agreementsKey(code),
    queryFn: () => fetchAgreements(code),
    enabled: code !== '',
  });
  // Lapsed first, then those lapsing, each by the date they must be followed up.
  const order = { lapsed: 0, lapsing: 1, current: 2 } as const;
  const sorted = [...(agreements.data ?? [])].sort(
    (a, b) =>
      order[a.followUp.state] - order[b.followUp.state] ||
      a.followUp.followUpBy.localeCompare(b.followUp.followUpBy),
  );
  return (
    <>
      <CollaborationNav code={code} />
      <Page title={t('agreements.title')}>
        <CollaborationStyles />
        <p className="lead">{t('agreements.intro')}</p>
        {canEdit ? null : <p className="alert alert--info">{t('readOnly')}</p>}
        <p className="status-message" role="status">
          {status}
        </p>
        {agreements.isPending ? <Loading /> : null}
        {agreements.isError ? (
          <>
            <ErrorAlert error={agreements.error} />
            <button type="button" className="button" onClick={() => void agreements.refetch()}>
              {tc('errors.retry')}
            </button>
          </>
        ) : null}
        {agreements.data?.length === 0 ? <p>{t('agreements.empty')}</p> : null}
        {sorted.length > 0 ? (
          <AgreementTable code={code} agreements={sorted} canEdit={canEdit} announce={setStatus} />
        ) : null}
        {canEdit ? <CreateAgreementForm code={code} announce={setStatus} /> : null}
      </Page>
    </>
  );
}

interface TableProps {
  code: string;
  agreements: Agreement[];
  canEdit: boolean;
  announce: (message: string) => void;
}

function AgreementTable({ code, agreements, canEdit, announce }: TableProps) {
  const { t } = useTranslation('collaboration');
  const format = useFormat();
  const { partnerName } = usePartners(code);
  const [open, setOpen] = useState<string | null>(null);
  const columns = canEdit ? 7 : 6;
  return (
    <div className="table-scroll">
      <table className="table table--wide">
        <caption className="visually-hidden">{t('agreements.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agreements.columns.subject')}</th>
            <th scope="col">{t('agreements.columns.partner')}</th>
            <th scope="col">{t('agreements.columns.signed')}</th>
            <th scope="col">{t('agreements.columns.lastFollowUp')}</th>
            <th scope="col">{t('agreements.columns.state')}</th>
            <th scope="col">{t('agreements.columns.followUpBy')}</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t('agreements.followUp.open')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {agreements.flatMap((a) => {
            const { state, followUpBy, daysLeft } = a.followUp;
            const rows = [
              <tr key={a.id} className={state === 'lapsed' ? 'row--overdue' : undefined}>
                <th scope="row">{a.subject}</th>
                <td>
                  <Link to={partnerPath(code, a.partnerId)}>{partnerName(a.partnerId) ?? '…'}</Link>
                </td>
                <td className="nowrap">{format.date(a.signedOn)}</td>
                <td className="nowrap">
                  {a.lastFollowUpOn ? format.date(a.lastFollowUpOn) : t('agreements.never')}
                </td>
                <td>
                  <StateBadge tone={AGREEMENT_TONE[state]}>
                    {t(`agreements.states.${state}`)}
                  </StateBadge>
                </td>
                <td className="nowrap">
                  {format.date(followUpBy)}
                  <span className="table__note">
                    {daysLeft >= 0
                      ? t('agreements.daysLeft', { count: daysLeft })
                      : t('agreements.daysAgo', { count: -daysLeft })}
                  </span>
                </td>
                {canEdit ? (
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-expanded={open === a.id}
                      aria-label={t('agreements.followUp.openFor', { subject: a.subject })}
                      onClick={() => setOpen(open === a.id ? null : a.id)}
                    >
                      {t('agreements.followUp.open')}
                    </button>
                  </td>
                ) : null}
              </tr>,
            ];
            if (open === a.id)
              rows.push(
                <tr key={`${a.id}-follow-up`}>
                  <td colSpan={columns}>
                    <FollowUpForm
                      code={code}
                      agreement={a}
                      onDone={(message) => {
                        setOpen(null);
                        announce(message);
                      }}
                      announce={announce}
                    />
                  </td>
                </tr>,
              );
            return rows;
          })}
        </tbody>
      </table>
    </div>
  );
}
