import type { Forum } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import { useOrgUnits } from '../plans/references';
import { forumPath, useCollaborationAccess } from './access';
import { CollaborationNav } from './CollaborationNav';
import { CreateForumForm } from './CreateForumForm';
import { fetchForums, forumsKey } from './collaboration.api';
import { useCadenceText } from './labels';
import '../i18n/collaboration';

/** Samverkan: the kommun's forums, whether each keeps its cadence, and a form for a new one. */
export function ForumsPage() {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const { code, canEdit } = useCollaborationAccess();
  const forums = useQuery({
    queryKey: forumsKey(code),
    queryFn: () => fetchForums(code),
    enabled: code !== '',
  });

  return (
    <>
      <CollaborationNav code={code} />
      <Page title={t('forums.title')}>
        <p className="lead">{t('forums.intro')}</p>
        {canEdit ? null : <p className="alert alert--info">{t('readOnly')}</p>}
        <h2>{t('forums.heading')}</h2>
        {forums.isPending ? <Loading /> : null}
        {forums.isError ? (
          <>
            <ErrorAlert error={forums.error} />
            <button type="button" className="button" onClick={() => void forums.refetch()}>
              {tc('errors.retry')}
            </button>
          </>
        ) : null}
        {forums.data?.length === 0 ? <p>{t('forums.empty')}</p> : null}
        {forums.data && forums.data.length > 0 ? (
          <ForumTable code={code} forums={forums.data} />
        ) : null}
        {canEdit ? <CreateForumForm code={code} /> : null}
      </Page>
    </>
  );
}

function ForumTable({ code, forums }: { code: string; forums: Forum[] }) {
  const { t } = useTranslation('collaboration');
  const format = useFormat();
  const text = useCadenceText();
  const { unitName } = useOrgUnits(code);
  return (
    <div className="table-scroll">
      <table className="table table--wide">
        <caption className="visually-hidden">{t('forums.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('forums.columns.name')}</th>
            <th scope="col">{t('forums.columns.kind')}</th>
            <th scope="col" className="table__number">
              {t('forums.columns.members')}
            </th>
            <th scope="col">{t('forums.columns.cadence')}</th>
            <th scope="col">{t('forums.columns.status')}</th>
            <th scope="col">{t('forums.columns.assessment')}</th>
          </tr>
        </thead>
        <tbody>
          {forums.map((forum) => (
            <tr key={forum.id}>
              <th scope="row">
                <Link to={forumPath(code, forum.id)}>{forum.name}</Link>
                {forum.conveningUnitId ? (
                  <span className="table__note">{unitName(forum.conveningUnitId)}</span>
                ) : null}
              </th>
              <td>{t(`kinds.${forum.kind}`)}</td>
              <td className="table__number">{format.number(forum.members.length)}</td>
              <td>{text.cadence(forum.cadence)}</td>
              <td>
                <CadenceSummaryBadge forum={forum} />
              </td>
              <td>
                {forum.latestAssessment ? (
                  <>
                    {t(`ratings.${String(forum.latestAssessment.rating) as '1' | '2' | '3' | '4'}`)}
                    <span className="table__note">{format.date(forum.latestAssessment.date)}</span>
                  </>
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

/** Short periods stand out first; then a current period that is behind; else met. */
export function CadenceSummaryBadge({ forum }: { forum: Forum }) {
  const { t } = useTranslation('collaboration');
  const report = forum.cadenceReport;
  if (!report || report.periods.length === 0) return <>{t('none')}</>;
  if (report.shortPeriods.length > 0)
    return (
      <StateBadge tone="bad">
        {t('forums.statusShort', { count: report.shortPeriods.length })}
      </StateBadge>
    );
  if (report.behind) return <StateBadge tone="warn">{t('forums.statusBehind')}</StateBadge>;
  return <StateBadge tone="good">{t('forums.statusOk')}</StateBadge>;
}
