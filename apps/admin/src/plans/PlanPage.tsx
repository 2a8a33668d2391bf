import { isPlanReadOnly, type ActionPlanDetail } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { PREFETCHED_PLAN_FRESH_MS } from '../app/prefetch';
import { ErrorAlert } from '../components/ErrorAlert';
import { ReportSection as ReportSectionComponent } from '../reports/ReportSection';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { usePlanLabels } from './usePlanLabels';
import { ActivitiesSection as ActivitiesSectionComponent } from './ActivitiesSection';
import { EditPlanForm } from './EditPlanForm';
import { GoalTree as GoalTreeComponent } from './GoalTree';
import { PlanActions } from './PlanActions';
import { fetchPlan, planKey } from './plans.api';
import { PlanStatusForm } from './PlanStatusForm';
import { PlanSummary as PlanSummaryComponent } from './PlanSummary';
import { ProgressBar } from './ProgressBar';
import { useOrgUnits, usePlanAccess } from './references';
import { RollupExplanation as RollupExplanationComponent } from './RollupExplanation';
import '../i18n/plans';

/** The plan page: loads the plan (goals and every activity) and shows it. */
export function PlanPage() {
  const { t } = useTranslation('plans');
  const { code } = usePlanAccess();
  const { planId = '' } = useParams();
  const plan = useQuery({
    queryKey: planKey(code, planId),
    queryFn: () => fetchPlan(code, planId),
    enabled: code !== '' && planId !== '',
    // The app may have fetched it already, as it started (app/prefetch.ts): use that.
    staleTime: PREFETCHED_PLAN_FRESH_MS,
  });
  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    return (
      <Page title={t('plans.plan.notFound')}>
        <ErrorAlert error={plan.error} />
        <p>
          <Link to={`/t/${encodeURIComponent(code)}/plans`}>{t('plans.backToList')}</Link>
        </p>
      </Page>
    );
  }
  return <PlanView key={plan.data.id} code={code} plan={plan.data} />;
}

type Panel = 'status' | 'details' | null;

/** Where a plan page was opened from: a new plan, or a new revision. */
interface PlanLocationState {
  created?: string;
  revisionOf?: string;
}

function PlanView({ code, plan }: { code: string; plan: ActionPlanDetail }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const location = useLocation();
  const { canEdit } = usePlanAccess();
  const { units, unitName } = useOrgUnits(code);
  const state = (location.state ?? {}) as PlanLocationState;
  const [status, setStatus] = useState(() =>
    state.created
      ? t('plans.plan.created', { title: state.created })
      : state.revisionOf
        ? t('plans.plan.revisionCreated', { revision: plan.revision })
        : '',
  );
  const [panel, setPanel] = useState<Panel>(null);
  const returnFocus = useRef<Panel>(null);
  const editable = !isPlanReadOnly(plan.status);
  const afterFirstPaint = useAfterFirstPaint();

  useEffect(() => {
    if (panel === null && returnFocus.current) {
      document.getElementById(`plan-${returnFocus.current}-button`)?.focus();
      returnFocus.current = null;
    }
  }, [panel]);

  const close = (which: Panel, message = '') => {
    returnFocus.current = which;
    setPanel(null);
    setStatus(message);
  };
  const toggle = (which: Panel) => {
    setStatus('');
    setPanel((open) => (open === which ? null : which));
  };

  return (
    <Page title={plan.title}>
      <p className="breadcrumb">
        <Link to={`/t/${encodeURIComponent(code)}/plans`}>{t('plans.backToList')}</Link>
      </p>
      <p className="status-message" role="status">
        {status}
      </p>
      {!editable ? (
        <p className="alert alert--info">
          {t('plans.plan.readOnly', { status: labels.planStatus[plan.status].toLowerCase() })}
        </p>
      ) : null}
      <div className="plan-header">
        <div className="plan-header__facts">
          <PlanSummary plan={plan} ownerName={unitName(plan.ownerUnitId)} />
          {plan.description ? <p className="plan-header__description">{plan.description}</p> : null}
          {canEdit ? (
            <div className="form__actions">
              <button
                id="plan-status-button"
                type="button"
                className="button button--small"
                aria-expanded={panel === 'status'}
                onClick={() => toggle('status')}
              >
                {t('plans.status.open')}
              </button>
              {editable ? (
                <button
                  id="plan-details-button"
                  type="button"
                  className="button button--small"
                  aria-expanded={panel === 'details'}
                  onClick={() => toggle('details')}
                >
                  {t('plans.plan.edit')}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
        <section className="plan-header__progress" aria-labelledby="plan-progress-heading">
          <h2 id="plan-progress-heading">{t('plans.plan.progressHeading')}</h2>
          <p className="plan-progress">
            <ProgressBar value={plan.progress} />
          </p>
          <RollupExplanation activities={plan.activities} />
        </section>
      </div>
      {panel === 'status' ? (
        <PlanStatusForm
          code={code}
          plan={plan}
          announce={setStatus}
          onCancel={() => close('status')}
          onChanged={(saved) =>
            close('status', t('plans.status.changed', { status: labels.planStatus[saved.status] }))
          }
        />
      ) : null}
      {panel === 'details' ? (
        <EditPlanForm
          code={code}
          plan={plan}
          units={units}
          announce={setStatus}
          onCancel={() => close('details')}
          onSaved={() => close('details', t('plans.plan.saved'))}
        />
      ) : null}
      <PlanActions code={code} plan={plan} canEdit={canEdit} editable={editable} />
      <GoalTree code={code} plan={plan} editable={canEdit && editable} announce={setStatus} />
      <ActivitiesSection
        code={code}
        plan={plan}
        editable={canEdit && editable}
        announce={setStatus}
      />
      {afterFirstPaint ? <ReportSection code={code} plan={plan} /> : null}
    </Page>
  );
}

/**
 * True from the first task after the page's first paint. The report form, at the foot of the
 * page and below the fold, renders then, so that it does not hold back the activity table
 * (docs/benchmarks.md, figure 4b).
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return painted;
}

// Typing in the activity filter changes the address, which re-renders the page: the parts
// whose props did not change are not rendered again (the activities section still is).
const PlanSummary = memo(PlanSummaryComponent);
const RollupExplanation = memo(RollupExplanationComponent);
const GoalTree = memo(GoalTreeComponent);
const ActivitiesSection = memo(ActivitiesSectionComponent);
const ReportSection = memo(ReportSectionComponent);
