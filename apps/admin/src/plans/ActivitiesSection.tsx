import { goalNumbers, type ActionPlanDetail } from '@samla/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterActivities, groupRows, type SortKey, sortActivities } from './activity-rows';
import { ActivityFilters } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import { useFormat } from './format';
import { NewActivityForm } from './NewActivityForm';
import { useOrgUnits } from './references';
import { useActivityView } from './useActivityView';
import '../i18n/plans';

interface ActivitiesSectionProps {
  code: string;
  plan: ActionPlanDetail;
  editable: boolean;
  announce: (message: string) => void;
}

const HEADING_ID = 'activities-heading';

/** Aktiviteter: "Ny aktivitet", the filters, how many are shown, and the table. */
export function ActivitiesSection({ code, plan, editable, announce }: ActivitiesSectionProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const { units, unitName } = useOrgUnits(code);
  const [view, updateView] = useActivityView();
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!creating && returnFocus.current) {
      returnFocus.current = false;
      newButton.current?.focus();
    }
  }, [creating]);

  const closeForm = (message = '') => {
    returnFocus.current = true;
    setCreating(false);
    if (message) announce(message);
  };

  const viewKey = JSON.stringify(view);
  const shown = useMemo(
    () => sortActivities(filterActivities(plan.activities, view), view.sort, view.direction),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `view` is compared by value
    [plan.activities, viewKey],
  );
  const rows = useMemo(
    () => groupRows(shown, view.groupBy, { goals: plan.goals, unitName }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- unit names change with `units`
    [shown, view.groupBy, plan.goals, units],
  );
  const numbers = useMemo(() => goalNumbers(plan.goals), [plan.goals]);
  const goalLabel = (goalId: string | null) => {
    const goal = plan.goals.find((g) => g.id === goalId);
    return goal
      ? t('plans.activities.goalNote', { number: numbers.get(goal.id) ?? '', title: goal.title })
      : null;
  };

  const onSort = (sort: SortKey) =>
    updateView({
      sort,
      direction: view.sort === sort && view.direction === 'asc' ? 'desc' : 'asc',
    });

  return (
    <section aria-labelledby={HEADING_ID} className="activities">
      <div className="section-head">
        <h2 id={HEADING_ID}>{t('plans.activities.heading')}</h2>
        {editable ? (
          <button
            ref={newButton}
            type="button"
            className="button button--small"
            aria-expanded={creating}
            onClick={() => {
              announce('');
              setCreating((open) => !open);
            }}
          >
            {t('plans.activities.new')}
          </button>
        ) : null}
      </div>
      {creating ? (
        <NewActivityForm
          code={code}
          plan={plan}
          onCancel={() => closeForm()}
          onCreated={(activity) =>
            closeForm(t('plans.activities.created', { title: activity.title }))
          }
        />
      ) : null}
      <ActivityFilters view={view} onChange={updateView} units={units} />
      <p className="table-count" role="status">
        {t('plans.activities.count', {
          count: plan.activities.length,
          shown: format.number(shown.length),
          total: format.number(plan.activities.length),
        })}
      </p>
      {plan.activities.length === 0 ? (
        <p>{t('plans.activities.empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('plans.activities.noMatch')}</p>
      ) : (
        <ActivityTable
          code={code}
          rows={rows}
          view={view}
          onSort={onSort}
          goalLabel={view.groupBy === 'goal' ? null : goalLabel}
          unitName={unitName}
          labelledBy={HEADING_ID}
        />
      )}
    </section>
  );
}
