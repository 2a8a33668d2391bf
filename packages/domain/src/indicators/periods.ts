import type { PeriodType } from './vocabulary.js';

/**
 * Periods are strings that sort in time order: a year `YYYY` or a month `YYYY-MM`. Every
 * indicator has one period type, and its measurements, baseline and comparisons use it.
 */
const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export function isPeriodOf(period: string, type: PeriodType): boolean {
  const match = (type === 'year' ? YEAR : MONTH).exec(period);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function periodTypeOf(period: string): PeriodType | null {
  if (isPeriodOf(period, 'year')) return 'year';
  if (isPeriodOf(period, 'month')) return 'month';
  return null;
}

export function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

/** The month, 1–12, of a `YYYY-MM` period; null for a year. */
export function monthOf(period: string): number | null {
  return period.length === 7 ? Number(period.slice(5, 7)) : null;
}

/**
 * The period on a time axis counted in years: 2020 → 2020, 2020-03 → 2020 + 2/12. Growth
 * rates are per year whatever the period type.
 */
export function periodTime(period: string): number {
  const month = monthOf(period);
  return yearOf(period) + (month === null ? 0 : (month - 1) / 12);
}

/** When a target year is reached: the year itself, or December of it for monthly figures. */
export function targetTime(targetYear: number, type: PeriodType): number {
  return type === 'year' ? targetYear : targetYear + 11 / 12;
}

/** The same period one year earlier: 2020 → 2019, 2020-03 → 2019-03. */
export function samePeriodYearBefore(period: string): string {
  return `${String(yearOf(period) - 1).padStart(4, '0')}${period.slice(4)}`;
}

/**
 * A range bound written as a year or a month, turned into the indicator's period type so
 * that string comparison selects the range: for monthly figures `to=2020` means up to and
 * including 2020-12.
 */
export function rangeBound(bound: string, type: PeriodType, side: 'from' | 'to'): string {
  if (type === 'year') return bound.slice(0, 4);
  if (bound.length === 7) return bound;
  return `${bound}-${side === 'from' ? '01' : '12'}`;
}

/** The twelve months of a year, `YYYY-01` … `YYYY-12`. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
