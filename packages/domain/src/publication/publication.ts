import type { PlanStatus } from '../plans/vocabulary.js';
import type { IndicatorUnit, MeasurementState, PeriodType } from '../indicators/vocabulary.js';
import {
  shareSeries,
  SMALL_NUMBER_THRESHOLD,
  type SeriesFigure,
  type SharedFigure,
} from '../sharing/suppression.js';

/**
 * A kommun may publish a read-only page of its plans for its residents (`/k/{kommunkod}`).
 * Only a plan the kommun has decided on is public: adopted or in force. A draft or a plan on
 * remiss is internal work; a replaced or archived plan is history, and the page shows what
 * applies now. The database applies the same rule to every anonymous read.
 */
export const PUBLISHABLE_PLAN_STATUSES = [
  'adopted',
  'in_force',
] as const satisfies readonly PlanStatus[];

export function isPublishable(status: PlanStatus): boolean {
  return (PUBLISHABLE_PLAN_STATUSES as readonly PlanStatus[]).includes(status);
}

/** The path of a kommun's public page. */
export const publicPagePath = (code: string): string => `/k/${code}`;

export interface PublicBaseline {
  period: string | null;
  state: MeasurementState;
  value: number | null;
}

/**
 * An indicator's figures and baseline as they may appear on the public page: the figures
 * through the sharing rule (small numbers and what would give them away are suppressed),
 * and the baseline hidden as well when it is a small count, or when it is the total of a
 * period whose total the rule hid (showing it would undo the suppression).
 */
export function publicIndicatorFigures(
  indicator: {
    unit: IndicatorUnit;
    periodType: PeriodType;
    genderSplit: boolean;
    baselinePeriod: string | null;
    baselineValue: number | null;
  },
  figures: readonly SeriesFigure[],
  threshold = SMALL_NUMBER_THRESHOLD,
): { figures: SharedFigure[]; baseline: PublicBaseline | null } {
  const shared = shareSeries(figures, indicator, threshold);
  if (indicator.baselineValue === null) return { figures: shared, baseline: null };
  const hiddenTotal = shared.some(
    (f) => f.period === indicator.baselinePeriod && f.gender === 'T' && f.state === 'suppressed',
  );
  const small = indicator.unit === 'count' && indicator.baselineValue < threshold;
  return {
    figures: shared,
    baseline:
      hiddenTotal || small
        ? { period: indicator.baselinePeriod, state: 'suppressed', value: null }
        : { period: indicator.baselinePeriod, state: 'value', value: indicator.baselineValue },
  };
}
