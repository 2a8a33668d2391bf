import { isPlanReadOnly, type ActionPlanDetail, type Activity } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { ActivityFacts, useActivityFacts } from './ActivityFacts';
import { EditActivityForm } from './EditActivityForm';
import { useFormat } from './format';
import {
  activityKey,
  fetchActivity,
  fetchPlan,
  fetchProgressUpdates,
  planKey,
  progressUpdatesKey,
} from './plans.api';
import { IndicatorLinksPanel } from '../indicators/IndicatorLinksPanel';
import { ProgressHistory } from './ProgressHistory';
import { ProgressUpdateForm } from './ProgressUpdateForm';
import { usePlanAccess } from './references';
import { TrackingExplanation } from './TrackingExplanation';
import '../i18n/plans';

/**
 * One activity: every field, where it stands and why, its follow-up history, and the forms
 * the user's role allows (edit for editors, follow-up for editors and contributors).
 */
export function ActivityPage() {
  const { t } = useTranslation('plans');
  const { code } = usePlanAccess();
  const { activityId = '' } = useParams();
  const activity = useQuery({
    queryKey: activityKey(code, activityId),
    queryFn: () => fetchActivity(code, activityId),
    enabled: code !== '' && activityId !== '',
  });
  const planId = activity.data?.planId ?? '';
  const plan = useQuery({
    queryKey: planKey(code, planId),
    queryFn: () => fetchPlan(code, planId),
    enabled: planId !== '',
  });

  if (activity.isPending || (activity.data && plan.isPending)) return <Loading />;
  if (activity.isError || plan.isError) {
    return (
      <Page title={t('plans.activity.notFound')}>
        <ErrorAlert error={activity.error ?? plan.error} />
        <p>
          <Link to={`/t/${encodeURIComponent(code)}/plans`}>{t('plans.backToList')}</Link>
        </p>
      </Page>
    );
  }
  return <ActivityView code={code} activity={activity.data} plan={plan.data as ActionPlanDetail} />;
}

interface ActivityViewProps {
  code: string;
  activity: Activity;
  plan: ActionPlanDetail;
}

function ActivityView({ code, activity, plan }: ActivityViewProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const { canEdit, canFollowUp } = usePlanAccess();
  const facts = useActivityFacts(code, plan.goals);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const updates = useQuery({
    queryKey: progressUpdatesKey(code, activity.id),
    queryFn: () => fetchProgressUpdates(code, activity.id),
  });
  const readOnly = isPlanReadOnly(plan.status);
  const showFollowUp = canFollowUp && !readOnly;

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const closeEdit = (message = '') => {
    returnFocus.current = true;
    setEditing(false);
    setStatus(message);
  };

  return (
    <Page title={activity.title}>
      <p className="breadcrumb">
        <Link to={`/t/${encodeURIComponent(code)}/plans/${plan.id}`}>
          {t('plans.activity.backToPlan', { title: plan.title })}
        </Link>
      </p>
      <p className="status-message" role="status">
        {status}
      </p>
      {readOnly ? (
        <p className="alert alert--info">{t('plans.activity.planReadOnly')}</p>
      ) : !canFollowUp ? (
        <p className="alert alert--info">{t('plans.activity.readOnly')}</p>
      ) : null}
      <div className={showFollowUp ? 'columns' : undefined}>
        <div className="columns__main">
          <TrackingExplanation tracking={activity.tracking} />
          <section aria-labelledby="activity-facts-heading">
            <div className="section-head">
              <h2 id="activity-facts-heading">{t('plans.activity.factsHeading')}</h2>
              {canEdit && !readOnly ? (
                <button
                  ref={editButton}
                  type="button"
                  className="button button--small"
                  aria-expanded={editing}
                  onClick={() => {
                    setStatus('');
                    setEditing((open) => !open);
                  }}
                >
                  {t('plans.activity.edit')}
                </button>
              ) : null}
            </div>
            {editing ? (
              <EditActivityForm
                code={code}
                activity={activity}
                plan={plan}
                announce={setStatus}
                onCancel={() => closeEdit()}
                onSaved={() => closeEdit(t('plans.activity.saved'))}
              />
            ) : (
              <ActivityFacts facts={facts(activity)} />
            )}
            <p className="muted">
              {t('plans.activity.updatedAt', { when: format.dateTime(activity.updatedAt) })}
            </p>
          </section>
        </div>
        {showFollowUp ? (
          <div className="columns__side columns__side--plain">
            <ProgressUpdateForm
              key={activity.version}
              code={code}
              activity={activity}
              announce={setStatus}
            />
          </div>
        ) : null}
      </div>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('plans.history.heading')}</h2>
        {updates.isPending ? <Loading /> : null}
        <ErrorAlert error={updates.error} />
        {updates.data ? <ProgressHistory updates={updates.data} /> : null}
      </section>
      <IndicatorLinksPanel code={code} kind="activity" id={activity.id} canEdit={canEdit} />
    </Page>
  );
}
