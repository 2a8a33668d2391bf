import { monthOf, samePeriodYearBefore, yearOf } from './periods.js';
import type { StatusSeriesPoint } from './progress-status.js';

export interface Trend {
  /** The newest period with a value. */
  latest: { period: string; value: number } | null;
  /** The same period a year earlier (the month a year before, or the year before). */
  yearBefore: { period: string; value: number } | null;
  change: number | null;
  direction: 'up' | 'down' | 'unchanged' | null;
  /** The change read with the indicator's direction. */
  assessment: 'better' | 'worse' | 'unchanged' | null;
  /**
   * Monthly figures only: January up to the latest month, summed, against the same months
   * of the year before — Trelleborg's "have more turned to the kommun this year?". Null
   * when a month of either year has no value.
   */
  yearToDate: { year: number; throughMonth: number; total: number; yearBefore: number } | null;
}

/**
 * This period against the same period the year before: the comparison the seeds make
 * ("in line with the year before"). Missing and suppressed points are never read as 0.
 */
export function indicatorTrend(
  points: readonly StatusSeriesPoint[],
  higherIsBetter: boolean,
): Trend {
  const values = new Map<string, number>();
  for (const p of points)
    if (p.state === 'value' && p.value !== null) values.set(p.period, p.value);
  const periods = [...values.keys()].sort();
  const latestPeriod = periods.at(-1);
  if (latestPeriod === undefined)
    return {
      latest: null,
      yearBefore: null,
      change: null,
      direction: null,
      assessment: null,
      yearToDate: null,
    };
  const latest = { period: latestPeriod, value: values.get(latestPeriod) as number };
  const beforePeriod = samePeriodYearBefore(latestPeriod);
  const beforeValue = values.get(beforePeriod);
  const yearBefore =
    beforeValue === undefined ? null : { period: beforePeriod, value: beforeValue };
  const change = yearBefore ? latest.value - yearBefore.value : null;
  const direction = change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged';
  const assessment =
    direction === null
      ? null
      : direction === 'unchanged'
        ? 'unchanged'
        : (direction === 'up') === higherIsBetter
          ? 'better'
          : 'worse';
  return {
    latest,
    yearBefore,
    change,
    direction,
    assessment,
    yearToDate: yearToDate(values, latestPeriod),
  };
}

function yearToDate(values: Map<string, number>, latestPeriod: string): Trend['yearToDate'] {
  const throughMonth = monthOf(latestPeriod);
  if (throughMonth === null) return null;
  const year = yearOf(latestPeriod);
  const sum = (y: number) => {
    let total = 0;
    for (let m = 1; m <= throughMonth; m++) {
      const value = values.get(`${y}-${String(m).padStart(2, '0')}`);
      if (value === undefined) return null;
      total += value;
    }
    return total;
  };
  const total = sum(year);
  const before = sum(year - 1);
  return total === null || before === null
    ? null
    : { year, throughMonth, total, yearBefore: before };
}
