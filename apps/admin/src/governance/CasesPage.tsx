import {
  CASE_KINDS,
  CASE_STATUSES,
  type Case,
  type CaseKind,
  type CaseStatus,
} from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import { casePath, newCasePath, useGovernanceAccess } from './access';
import { caseListKey, fetchCases } from './governance.api';
import { CASE_STATUS_TONE } from './labels';
import '../i18n/governance';

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** Beslut och ärenden: every case, filtered by status and kind (kept in the URL). */
export function CasesPage() {
  const { t } = useTranslation('governance');
  const { t: tc } = useTranslation();
  const { code, canEdit } = useGovernanceAccess();
  const [params, setParams] = useSearchParams();
  const filter = {
    status: pick<CaseStatus>(CASE_STATUSES, params.get('status')),
    kind: pick<CaseKind>(CASE_KINDS, params.get('kind')),
  };
  const cases = useQuery({
    queryKey: caseListKey(code, filter),
    queryFn: () => fetchCases(code, filter),
    enabled: code !== '',
  });
  const setFilter = (key: 'status' | 'kind', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Page title={t('cases.title')}>
      <p className="lead">{t('cases.intro')}</p>
      {canEdit ? (
        <p>
          <Link className="button button--primary" to={newCasePath(code)}>
            {t('cases.new')}
          </Link>
        </p>
      ) : (
        <p className="alert alert--info">{t('readOnly')}</p>
      )}
      <form
        className="filters"
        aria-label={t('cases.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="filters__field">
          <label htmlFor="case-filter-status">{t('cases.status')}</label>
          <select
            id="case-filter-status"
            className="field__control"
            value={filter.status ?? ''}
            onChange={(e) => setFilter('status', e.target.value)}
          >
            <option value="">{t('cases.all')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="case-filter-kind">{t('cases.kind')}</label>
          <select
            id="case-filter-kind"
            className="field__control"
            value={filter.kind ?? ''}
            onChange={(e) => setFilter('kind', e.target.value)}
          >
            <option value="">{t('cases.all')}</option>
            {CASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {cases.isPending ? <Loading /> : null}
      {cases.isError ? (
        <>
          <ErrorAlert error={cases.error} />
          <button type="button" className="button" onClick={() => void cases.refetch()}>
            {tc('errors.retry')}
          </button>
        </>
      ) : null}
      {cases.data ? (
        <p className="table-count" role="status">
          {t('cases.count', { count: cases.data.length })}
        </p>
      ) : null}
      {cases.data?.length === 0 ? <p>{t('cases.empty')}</p> : null}
      {cases.data && cases.data.length > 0 ? <CaseTable code={code} cases={cases.data} /> : null}
    </Page>
  );
}

function CaseTable({ code, cases }: { code: string; cases: Case[] }) {
  const { t } = useTranslation('governance');
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="table table--wide">
        <caption className="visually-hidden">{t('cases.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.columns.title')}</th>
            <th scope="col">{t('cases.columns.diarienummer')}</th>
            <th scope="col">{t('cases.columns.kind')}</th>
            <th scope="col">{t('cases.columns.submittedOn')}</th>
            <th scope="col">{t('cases.columns.status')}</th>
            <th scope="col">{t('cases.columns.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} className={c.overdueAssignments > 0 ? 'row--overdue' : undefined}>
              <th scope="row">
                <Link to={casePath(code, c.id)}>{c.title}</Link>
              </th>
              <td className="nowrap">{c.diarienummer ?? t('none')}</td>
              <td>{t(`kinds.${c.kind}`)}</td>
              <td className="nowrap">{format.date(c.submittedOn)}</td>
              <td>
                <StateBadge tone={CASE_STATUS_TONE[c.status]}>
                  {t(`statuses.${c.status}`)}
                </StateBadge>
              </td>
              <td>
                {c.overdueAssignments > 0 ? (
                  <StateBadge tone="bad">
                    {t('cases.overdue', { count: c.overdueAssignments })}
                  </StateBadge>
                ) : (
                  t('none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
