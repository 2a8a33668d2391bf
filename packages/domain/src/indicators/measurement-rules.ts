import type { Language } from '../i18n/language.js';
import type { ValidationCode } from '../validation/messages.js';
import { fieldIssue, type FieldIssue } from '../validation/validate.js';
import { isPeriodOf, yearOf } from './periods.js';
import type { MeasurementInput, SetIndicatorTargetInput } from './schemas.js';
import type { IndicatorUnit, PeriodType } from './vocabulary.js';

/** What the rules need to know about the indicator a figure belongs to. */
export interface IndicatorShape {
  periodType: PeriodType;
  genderSplit: boolean;
  unit: IndicatorUnit;
}

/** The code for a number that does not fit the unit, or null when it fits. */
export function valueProblem(value: number, unit: IndicatorUnit): ValidationCode | null {
  if (!Number.isFinite(value)) return 'invalid_type';
  switch (unit) {
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : 'count_value';
    case 'percent':
      return value >= 0 && value <= 100 ? null : 'percent_value';
    case 'per_100000':
    case 'sek':
      return value >= 0 ? null : 'negative_value';
    default:
      return null;
  }
}

const periodCode = (type: PeriodType): ValidationCode =>
  type === 'year' ? 'period_year' : 'period_month';

/**
 * The rules a schema alone cannot check, because they depend on the indicator: the
 * period's form (year or month), whether K/M are allowed, a value exactly when the state
 * is "value", a number that fits the unit, and each period, gender and area only once.
 * Every row is checked and every problem reported, named `measurements.<row>.<field>`.
 */
export function validateMeasurementRows(
  rows: readonly MeasurementInput[],
  indicator: IndicatorShape,
  language: Language,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const at = (field: string) => `measurements.${i}.${field}`;
    if (!isPeriodOf(row.period, indicator.periodType))
      issues.push(fieldIssue(at('period'), periodCode(indicator.periodType), language));
    if (!indicator.genderSplit && row.gender !== 'T')
      issues.push(fieldIssue(at('gender'), 'gender_not_split', language));
    const value = row.value ?? null;
    if (row.state === 'value' && value === null)
      issues.push(fieldIssue(at('value'), 'required', language));
    if (row.state !== 'value' && value !== null)
      issues.push(fieldIssue(at('value'), 'value_not_allowed', language));
    if (row.state === 'value' && value !== null) {
      const problem = valueProblem(value, indicator.unit);
      if (problem) issues.push(fieldIssue(at('value'), problem, language));
    }
    const key = `${row.period}|${row.gender}|${row.area}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push(
        fieldIssue(at('period'), 'duplicate_measurement', language, {
          value: `${row.period} ${row.gender}`,
          line: first + 1,
        }),
      );
    else seen.set(key, i);
  });
  return issues;
}

/** A baseline and target must fit the indicator: its period form and its unit. */
export function validateTarget(
  input: SetIndicatorTargetInput,
  indicator: IndicatorShape,
  language: Language,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { baselinePeriod, baselineValue, targetValue, targetYear } = input;
  if (baselinePeriod !== null && !isPeriodOf(baselinePeriod, indicator.periodType))
    issues.push(fieldIssue('baselinePeriod', periodCode(indicator.periodType), language));
  for (const [field, value] of [
    ['baselineValue', baselineValue],
    ['targetValue', targetValue],
  ] as const) {
    const problem = value === null ? null : valueProblem(value, indicator.unit);
    if (problem) issues.push(fieldIssue(field, problem, language));
  }
  if (
    baselinePeriod !== null &&
    targetYear !== null &&
    isPeriodOf(baselinePeriod, indicator.periodType) &&
    targetYear <= yearOf(baselinePeriod)
  )
    issues.push(fieldIssue('targetYear', 'target_year_order', language));
  return issues;
}
