import type { PlanStatus } from '@samla/domain';
import { usePlanLabels } from './usePlanLabels';

/** Utkast, På remiss, Antagen … as a tag; the words come from PLAN_LABELS. */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const labels = usePlanLabels();
  return <span className={`status-tag status-tag--${status}`}>{labels.planStatus[status]}</span>;
}
