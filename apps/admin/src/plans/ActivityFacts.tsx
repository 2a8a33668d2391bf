import { goalNumbers, type Activity, type Goal } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import { useMethods, useOrgUnits } from './references';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/** Every field of an activity as label → text, in the UI language. */
export function useActivityFacts(code: string, goals: readonly Goal[]) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const { unitName } = useOrgUnits(code);
  const { methodName } = useMethods();
  const none = t('plans.none');
  const numbers = goalNumbers(goals);
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : none);

  return (a: Activity): Array<readonly [string, string]> => {
    const goal = goals.find((g) => g.id === a.goalId);
    const method = [methodName(a.methodId), a.methodText].filter(Boolean).join(' – ');
    return [
      [t('plans.fields.title'), a.title],
      [t('plans.fields.description'), a.description ?? none],
      [t('plans.fields.goal'), goal ? `${numbers.get(goal.id) ?? ''} ${goal.title}`.trim() : none],
      [t('plans.fields.responsibleUnit'), unitName(a.responsibleUnitId) ?? none],
      [
        t('plans.fields.participatingUnits'),
        list(a.participatingUnitIds.map((id) => unitName(id) ?? id)),
      ],
      [t('plans.fields.level'), labels.level[a.level]],
      [t('plans.fields.tier'), labels.tier[a.tier]],
      [t('plans.fields.targetGroups'), list(a.targetGroups.map((g) => labels.targetGroup[g]))],
      [t('plans.fields.violenceTypes'), list(a.violenceTypes.map((v) => labels.violenceType[v]))],
      [t('plans.fields.method'), method || none],
      [t('plans.fields.startDate'), a.startDate ? format.date(a.startDate) : none],
      [t('plans.fields.endDate'), a.endDate ? format.date(a.endDate) : none],
      [t('plans.fields.budgetSek'), a.budgetSek === null ? none : format.sek(a.budgetSek)],
      [t('plans.fields.fundingSource'), labels.fundingSource[a.fundingSource]],
      [t('plans.fields.status'), labels.activityStatus[a.status]],
      [t('plans.fields.progressPercent'), format.percent(a.progress)],
      [t('plans.fields.weight'), format.number(a.weight)],
    ];
  };
}

/** The activity's fields as a description list. */
export function ActivityFacts({ facts }: { facts: ReadonlyArray<readonly [string, string]> }) {
  return (
    <dl className="facts facts--wide">
      {facts.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
