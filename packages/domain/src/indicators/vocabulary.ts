/**
 * The words of indicators (indikatorer, nyckeltal) and measurements (utfall) as code.
 * Swedish labels are in indicator-labels.ts; these codes are what the API and database store.
 */

/** Where an indicator comes from: the Agenda 2030 catalogue, Kolada, or the kommun itself. */
export const INDICATOR_KINDS = ['agenda2030', 'kolada', 'own'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Kinds a platform admin can add to the shared catalogue (the kommun's own are tenant rows). */
export const PLATFORM_INDICATOR_KINDS = ['agenda2030', 'kolada'] as const;
export type PlatformIndicatorKind = (typeof PLATFORM_INDICATOR_KINDS)[number];

/** år, månad */
export const PERIOD_TYPES = ['year', 'month'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/**
 * antal, andel (%), per 100 000 invånare, kronor, index, annat. A count is a whole number
 * of people or cases: the unit the small-number rule (sharing/suppression.ts) applies to.
 */
export const INDICATOR_UNITS = ['count', 'percent', 'per_100000', 'sek', 'index', 'other'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** T totalt, K kvinnor, M män (Kolada's and SCB's codes). */
export const GENDERS = ['T', 'K', 'M'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * A data point is a value, missing (not reported), or suppressed (hidden to protect small
 * numbers). Never a 0 that stands for something hidden: three different states.
 */
export const MEASUREMENT_STATES = ['value', 'missing', 'suppressed'] as const;
export type MeasurementState = (typeof MEASUREMENT_STATES)[number];

/**
 * Whose figure it is: the kommun's own, or for comparison its län ("00" + länskod in
 * Kolada) or the whole country ("0000").
 */
export const MEASUREMENT_AREAS = ['municipality', 'region', 'country'] as const;
export type MeasurementArea = (typeof MEASUREMENT_AREAS)[number];

/**
 * Progress towards a target after the Open SDG method (Statistics Canada): see
 * progress-status.ts.
 */
export const PROGRESS_STATUSES = [
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Why a status is not available. */
export const STATUS_GAPS = [
  'no_baseline',
  'no_target',
  'no_baseline_value',
  'no_later_value',
  'baseline_not_positive',
  'negative_value',
  'target_not_after_baseline',
] as const;
export type StatusGap = (typeof STATUS_GAPS)[number];
