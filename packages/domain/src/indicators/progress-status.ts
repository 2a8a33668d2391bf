import { periodTime, targetTime } from './periods.js';
import type { MeasurementState, PeriodType, ProgressStatus, StatusGap } from './vocabulary.js';

/**
 * Progress towards a target, after the method Open SDG uses for its automatic progress
 * status (developed by Statistics Canada for its SDG data hub):
 *
 *   observed growth   CAGRₐ = (xₜ / x₀)^(1 / (t − t₀)) − 1
 *   required growth   CAGRᵣ = (x* / x₀)^(1 / (t* − t₀)) − 1
 *   ratio             CAGRₐ / CAGRᵣ
 *
 * where x₀ is the baseline value at t₀, xₜ the latest value at t and x* the target value
 * for the target year t*. The target is achieved when the latest value meets it (at or
 * above it when higher is better, at or below otherwise). Otherwise the ratio says how
 * much of the needed pace the figures keep: ≥ 0.95 substantial progress, 0.6–0.95
 * moderate, 0–0.6 limited, below 0 deterioration (moving away from the target). As in
 * Open SDG a target of 0 is taken as 0.001, so the growth rates exist.
 *
 * Samla's additions, where Open SDG has no answer: a status needs a baseline, a target
 * and a value later than the baseline (else "not available", with the reason); the
 * growth rates need a positive baseline; time is counted in years, a month as 1/12, so
 * monthly indicators use the same formula, with December of the target year as t*. A
 * target that the baseline already met (required growth 0 or against the indicator's
 * direction) and that the latest value misses is deterioration.
 */
export const PROGRESS_THRESHOLDS = { substantial: 0.95, moderate: 0.6, limited: 0 } as const;

export interface StatusSeriesPoint {
  period: string;
  state: MeasurementState;
  value: number | null;
}

export interface ProgressInput {
  periodType: PeriodType;
  higherIsBetter: boolean;
  baselinePeriod: string | null;
  /** When null, the measured value of the baseline period is used. */
  baselineValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
  /** The kommun's totals (gender T): only points with a value count. */
  points: readonly StatusSeriesPoint[];
}

export interface ProgressExplanation {
  status: ProgressStatus;
  /** Why the status is not available; null otherwise. */
  gap: StatusGap | null;
  higherIsBetter: boolean;
  baseline: { period: string; value: number | null; fromMeasurement: boolean } | null;
  latest: { period: string; value: number } | null;
  target: { year: number; value: number } | null;
  /** t − t₀ and t* − t₀, in years. */
  yearsElapsed: number | null;
  yearsToTarget: number | null;
  cagrActual: number | null;
  cagrRequired: number | null;
  ratio: number | null;
  thresholds: typeof PROGRESS_THRESHOLDS;
}

const growth = (to: number, from: number, years: number) => (to / from) ** (1 / years) - 1;

export function statusFromRatio(ratio: number): ProgressStatus {
  if (ratio >= PROGRESS_THRESHOLDS.substantial) return 'substantial_progress';
  if (ratio >= PROGRESS_THRESHOLDS.moderate) return 'moderate_progress';
  if (ratio >= PROGRESS_THRESHOLDS.limited) return 'limited_progress';
  return 'deterioration';
}

export function progressStatus(input: ProgressInput): ProgressExplanation {
  const result: ProgressExplanation = {
    status: 'not_available',
    gap: null,
    higherIsBetter: input.higherIsBetter,
    baseline: null,
    latest: null,
    target: null,
    yearsElapsed: null,
    yearsToTarget: null,
    cagrActual: null,
    cagrRequired: null,
    ratio: null,
    thresholds: PROGRESS_THRESHOLDS,
  };
  const unavailable = (gap: StatusGap): ProgressExplanation => ({ ...result, gap });

  if (input.targetValue !== null && input.targetYear !== null)
    result.target = { year: input.targetYear, value: input.targetValue };
  const values = input.points
    .filter(
      (p): p is StatusSeriesPoint & { value: number } => p.state === 'value' && p.value !== null,
    )
    .sort((a, b) => a.period.localeCompare(b.period));

  if (input.baselinePeriod === null) return unavailable('no_baseline');
  const measured = values.find((p) => p.period === input.baselinePeriod)?.value ?? null;
  const baselineValue = input.baselineValue ?? measured;
  result.baseline = {
    period: input.baselinePeriod,
    value: baselineValue,
    fromMeasurement: input.baselineValue === null && measured !== null,
  };
  if (!result.target) return unavailable('no_target');
  if (baselineValue === null) return unavailable('no_baseline_value');

  const baselinePeriod = input.baselinePeriod;
  const latest = values.filter((p) => p.period > baselinePeriod).at(-1);
  if (!latest) return unavailable('no_later_value');
  result.latest = { period: latest.period, value: latest.value };

  // Open SDG replaces a zero target, so that the required growth rate exists.
  const target = result.target.value === 0 ? 0.001 : result.target.value;
  const achieved = input.higherIsBetter ? latest.value >= target : latest.value <= target;
  if (achieved) return { ...result, status: 'target_achieved' };

  if (baselineValue <= 0) return unavailable('baseline_not_positive');
  if (latest.value < 0 || target < 0) return unavailable('negative_value');
  const t0 = periodTime(baselinePeriod);
  const yearsElapsed = periodTime(latest.period) - t0;
  const yearsToTarget = targetTime(result.target.year, input.periodType) - t0;
  if (yearsToTarget <= 0) return unavailable('target_not_after_baseline');

  const cagrActual = growth(latest.value, baselineValue, yearsElapsed);
  const cagrRequired = growth(target, baselineValue, yearsToTarget);
  const explained = { ...result, yearsElapsed, yearsToTarget, cagrActual, cagrRequired };
  // The baseline met the target already (no growth needed, or growth against the
  // indicator's direction); the latest value misses it, so things got worse.
  const neededUp = cagrRequired > 0;
  if (cagrRequired === 0 || neededUp !== input.higherIsBetter)
    return { ...explained, status: 'deterioration' };
  const ratio = cagrActual / cagrRequired;
  return { ...explained, ratio, status: statusFromRatio(ratio) };
}
