import type { Deadline } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import { deadlinesKey, fetchDeadlines } from './deadlines.api';
import '../i18n/deadlines';

const TONE = { overdue: 'bad', due_soon: 'warn', upcoming: 'good' } as const;

/** Where a deadline is dealt with: the case, the agreements, the forum or the plan. */
function linkOf(code: string, d: Deadline): string {
  const base = `/t/${encodeURIComponent(code)}`;
  switch (d.kind) {
    case 'assignment_report':
      return d.caseId ? `${base}/decisions/${d.caseId}` : `${base}/decisions`;
    case 'agreement_follow_up':
      return `${base}/collaboration/agreements`;
    case 'forum_cadence':
      return `${base}/collaboration/forums/${d.entityId}`;
    case 'plan_period_end':
      return `${base}/plans/${d.entityId}`;
  }
}

/**
 * Att göra: the kommun's deadlines nearest first (overdue ones always), or with "Bara mina"
 * only those of the user's units or assigned to them.
 */
export function DeadlineOverview({ code }: { code: string }) {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [mine, setMine] = useState(false);
  const deadlines = useQuery({
    queryKey: deadlinesKey(code, mine),
    queryFn: () => fetchDeadlines(code, mine),
    enabled: code !== '',
  });
  const list = deadlines.data ?? [];
  return (
    <section aria-labelledby={headingId} className="collab-section">
      <h2 id={headingId}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className="deadline-tools">
        <label className="choice">
          <input
            type="checkbox"
            checked={mine}
            onChange={(event) => setMine(event.target.checked)}
            aria-describedby={`${headingId}-mine-hint`}
          />
          <span>{t('mine')}</span>
        </label>
        <span className="field__hint" id={`${headingId}-mine-hint`}>
          {t('mineHint')}
        </span>
      </div>
      {deadlines.isPending ? <Loading /> : null}
      {deadlines.isError ? (
        <>
          <ErrorAlert error={deadlines.error} />
          <button type="button" className="button" onClick={() => void deadlines.refetch()}>
            {tc('errors.retry')}
          </button>
        </>
      ) : null}
      {deadlines.data ? (
        <p className="table-count" role="status">
          {list.length === 0
            ? mine
              ? t('emptyMine')
              : t('empty')
            : t('count', { count: list.length })}
        </p>
      ) : null}
      {list.length > 0 ? (
        <div
          className="table-scroll collab-scroll deadline-scroll"
          role="region"
          aria-label={t('caption')}
          tabIndex={0}
        >
          <table className="table table--wide">
            <caption className="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.due')}</th>
                <th scope="col">{t('columns.what')}</th>
                <th scope="col">{t('columns.kind')}</th>
                <th scope="col">{t('columns.state')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr
                  key={`${d.kind}-${d.entityId}-${d.dueDate}`}
                  className={d.state === 'overdue' ? 'row--overdue' : undefined}
                >
                  <td className="nowrap">
                    {format.date(d.dueDate)}
                    {d.estimated ? <span className="table__note">{t('estimated')}</span> : null}
                  </td>
                  <th scope="row">
                    <Link to={linkOf(code, d)}>{d.title}</Link>
                    {d.detail ? <span className="table__note">{d.detail}</span> : null}
                  </th>
                  <td>{t(`kinds.${d.kind}`)}</td>
                  <td>
                    <StateBadge tone={TONE[d.state]}>{t(`states.${d.state}`)}</StateBadge>
                    <span className="table__note">
                      {d.daysLeft >= 0
                        ? t('daysLeft', { count: d.daysLeft })
                        : t('daysAgo', { count: -d.daysLeft })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
