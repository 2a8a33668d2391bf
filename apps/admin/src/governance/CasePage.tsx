import type { Assignment, Case, CaseTimeline, Decision } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CollaborationStyles } from '../collaboration/CollaborationStyles';
import { LinkedItems } from '../collaboration/LinkedItems';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import { useOrgUnits } from '../plans/references';
import { casesPath, useGovernanceAccess } from './access';
import { AssignmentForm } from './AssignmentForm';
import { AssignmentsTable } from './AssignmentsTable';
import { CaseStatusForm } from './CaseStatusForm';
import { DecisionForm } from './DecisionForm';
import { DecisionList } from './DecisionList';
import {
  caseKey,
  fetchAssignments,
  fetchCase,
  fetchDecisions,
  fetchTimeline,
} from './governance.api';
import { CASE_STATUS_TONE } from './labels';
import { Timeline } from './Timeline';
import '../i18n/governance';

/** One case: its facts, the whole timeline, the decisions with their appeal windows, the assignments. */
export function CasePage() {
  const { t } = useTranslation('governance');
  const { t: tc } = useTranslation();
  const { code } = useGovernanceAccess();
  const { id = '' } = useParams();
  const enabled = code !== '' && id !== '';
  const found = useQuery({
    queryKey: caseKey(code, id),
    queryFn: () => fetchCase(code, id),
    enabled,
  });
  const timeline = useQuery({
    queryKey: [...caseKey(code, id), 'timeline'],
    queryFn: () => fetchTimeline(code, id),
    enabled,
  });
  const decisions = useQuery({
    queryKey: [...caseKey(code, id), 'decisions'],
    queryFn: () => fetchDecisions(code, id),
    enabled,
  });
  const assignments = useQuery({
    queryKey: [...caseKey(code, id), 'assignments'],
    queryFn: () => fetchAssignments(code, id),
    enabled,
  });
  const error = found.error ?? timeline.error ?? decisions.error ?? assignments.error;

  if (found.data && timeline.data && decisions.data && assignments.data)
    return (
      <CaseView
        code={code}
        found={found.data}
        timeline={timeline.data}
        decisions={decisions.data}
        assignments={assignments.data}
      />
    );
  return (
    <Page title={t('case.loadingTitle')}>
      <p className="breadcrumb">
        <Link to={casesPath(code)}>{t('case.back')}</Link>
      </p>
      {error ? (
        <>
          <ErrorAlert error={error} />
          <button
            type="button"
            className="button"
            onClick={() =>
              void Promise.all([
                found.refetch(),
                timeline.refetch(),
                decisions.refetch(),
                assignments.refetch(),
              ])
            }
          >
            {tc('errors.retry')}
          </button>
        </>
      ) : (
        <Loading />
      )}
    </Page>
  );
}

interface ViewProps {
  code: string;
  found: Case;
  timeline: CaseTimeline;
  decisions: Decision[];
  assignments: Assignment[];
}

function CaseView({ code, found, timeline, decisions, assignments }: ViewProps) {
  const { t } = useTranslation('governance');
  const { canEdit } = useGovernanceAccess();
  const format = useFormat();
  const { units } = useOrgUnits(code);
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u] as const)), [units]);
  const [status, setStatus] = useState('');
  const ids = { timeline: useId(), decisions: useId(), assignments: useId() };
  const submittedBy = [found.submittedBy, found.submittedByGroup].filter(Boolean).join(', ');
  return (
    <Page title={found.title}>
      <CollaborationStyles />
      <p className="breadcrumb">
        <Link to={casesPath(code)}>{t('case.back')}</Link>
      </p>
      <dl className="facts facts--wide">
        <dt>{t('case.diarienummer')}</dt>
        <dd>{found.diarienummer ?? t('none')}</dd>
        <dt>{t('case.kind')}</dt>
        <dd>{t(`kinds.${found.kind}`)}</dd>
        <dt>{t('case.status')}</dt>
        <dd>
          <StateBadge tone={CASE_STATUS_TONE[found.status]}>
            {t(`statuses.${found.status}`)}
          </StateBadge>
          {found.closedOn ? ` ${format.date(found.closedOn)}` : ''}
        </dd>
        <dt>{t('case.submitted')}</dt>
        <dd>{format.date(found.submittedOn)}</dd>
        {submittedBy ? (
          <>
            <dt>{t('case.submittedBy')}</dt>
            <dd>{submittedBy}</dd>
          </>
        ) : null}
        <LinkedItems code={code} planIds={found.planIds} forumIds={found.forumIds} />
      </dl>
      {found.description ? <p className="lead">{found.description}</p> : null}
      {canEdit ? null : <p className="alert alert--info">{t('readOnly')}</p>}
      <p className="status-message" role="status">
        {status}
      </p>
      <section aria-labelledby={ids.timeline} className="collab-section">
        <h2 id={ids.timeline}>{t('case.timelineHeading')}</h2>
        <Timeline timeline={timeline} />
      </section>
      <section aria-labelledby={ids.assignments} className="collab-section">
        <h2 id={ids.assignments}>{t('case.assignmentsHeading')}</h2>
        <AssignmentsTable
          code={code}
          caseId={found.id}
          assignments={assignments}
          unitsById={unitsById}
          canEdit={canEdit}
          announce={setStatus}
        />
      </section>
      <section aria-labelledby={ids.decisions} className="collab-section">
        <h2 id={ids.decisions}>{t('case.decisionsHeading')}</h2>
        <DecisionList decisions={decisions} unitsById={unitsById} />
      </section>
      {canEdit ? (
        <div className="collab-forms">
          <DecisionForm code={code} caseId={found.id} units={units} announce={setStatus} />
          <div>
            <AssignmentForm
              code={code}
              caseId={found.id}
              decisions={decisions}
              units={units}
              unitsById={unitsById}
              announce={setStatus}
            />
            <CaseStatusForm key={found.version} code={code} found={found} announce={setStatus} />
          </div>
        </div>
      ) : null}
    </Page>
  );
}
