import { PLAN_LABELS } from '@samla/domain';
import { useLanguage } from '../i18n/useLanguage';

/**
 * The domain's own labels of every plan code (status, level, tier, target group …) in the
 * UI language, straight from @samla/domain so the admin, exports and reports say the same.
 */
export function usePlanLabels() {
  return PLAN_LABELS[useLanguage()];
}

export type PlanLabels = ReturnType<typeof usePlanLabels>;
