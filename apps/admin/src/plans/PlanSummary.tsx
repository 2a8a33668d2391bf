import type { ActionPlanSummary } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import { PlanStatusTag } from './PlanStatusTag';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/** Status, kind, period, owner, adoption decision and revision of a plan. */
export function PlanSummary({
  plan,
  ownerName,
}: {
  plan: ActionPlanSummary;
  ownerName: string | null;
}) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  return (
    <dl className="facts facts--summary">
      <div className="facts__row">
        <dt>{t('plans.fields.status')}</dt>
        <dd>
          <PlanStatusTag status={plan.status} />
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('plans.fields.kind')}</dt>
        <dd>{labels.planKind[plan.kind]}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('plans.fields.period')}</dt>
        <dd>{format.period(plan.periodFrom, plan.periodTo)}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('plans.fields.owner')}</dt>
        <dd>{ownerName ?? t('plans.none')}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('plans.fields.adoption')}</dt>
        <dd>
          {plan.adoption
            ? t('plans.plan.adoption', {
                body: plan.adoption.decidedBy,
                date: format.longDate(plan.adoption.decidedOn),
                paragraph: withSection(plan.adoption.paragraph),
              })
            : t('plans.plan.notAdopted')}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('plans.fields.revision')}</dt>
        <dd>{plan.revision}</dd>
      </div>
    </dl>
  );
}

/** "45" and "§ 45" both read "§ 45". */
export const withSection = (paragraph: string): string =>
  paragraph.trim().startsWith('§') ? paragraph.trim() : `§ ${paragraph.trim()}`;
