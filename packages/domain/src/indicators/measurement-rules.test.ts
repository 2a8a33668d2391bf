import { describe, expect, it } from '@jest/globals';
import { validateInput } from '../validation/validate.js';
import { validateMeasurementRows, validateTarget } from './measurement-rules.js';
import { setIndicatorTargetSchema, upsertMeasurementsSchema } from './schemas.js';

const monthlyCount = { periodType: 'month', genderSplit: false, unit: 'count' } as const;

const parse = (measurements: object[]) => {
  const result = validateInput(upsertMeasurementsSchema, { measurements }, 'sv');
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data.measurements;
};

describe('validateMeasurementRows', () => {
  it('accepts the three states: a value, missing and suppressed (without a value)', () => {
    const rows = parse([
      { period: '2020-01', state: 'value', value: 14 },
      { period: '2020-02', state: 'value', value: 0 },
      { period: '2020-03', state: 'missing' },
      { period: '2020-04', state: 'suppressed', value: null },
    ]);
    expect(rows[0]).toMatchObject({ gender: 'T', area: 'municipality' });
    expect(validateMeasurementRows(rows, monthlyCount, 'sv')).toEqual([]);
  });

  it('checks every row and names each field, in Swedish and English', () => {
    const rows = parse([
      { period: '2020', state: 'value', value: 3 },
      { period: '2020-02', gender: 'K', state: 'value', value: 2.5 },
      { period: '2020-03', state: 'suppressed', value: 0 },
      { period: '2020-04', state: 'value' },
      { period: '2020-02', gender: 'K', state: 'missing' },
    ]);
    const sv = validateMeasurementRows(rows, monthlyCount, 'sv');
    expect(sv.map((i) => [i.field, i.code])).toEqual([
      ['measurements.0.period', 'period_month'],
      ['measurements.1.gender', 'gender_not_split'],
      ['measurements.1.value', 'count_value'],
      ['measurements.2.value', 'value_not_allowed'],
      ['measurements.3.value', 'required'],
      ['measurements.4.gender', 'gender_not_split'],
      ['measurements.4.period', 'duplicate_measurement'],
    ]);
    expect(sv[0]?.message).toBe('Period måste vara en månad, ÅÅÅÅ-MM (till exempel 2024-03).');
    expect(sv[2]?.message).toBe('Värde är ett antal och måste vara ett heltal, 0 eller större.');
    expect(sv[6]?.message).toBe('Period 2020-02 K finns redan på rad 2.');
    const en = validateMeasurementRows(rows, monthlyCount, 'en');
    expect(en[3]?.message).toBe(
      'Value must be empty when the figure is missing or suppressed. A 0 must never stand for something hidden.',
    );
  });

  it('fits values to the unit: shares 0–100, rates not negative', () => {
    const yearlyShare = { periodType: 'year', genderSplit: true, unit: 'percent' } as const;
    const rows = parse([
      { period: '2023', gender: 'K', state: 'value', value: 101 },
      { period: '2023', gender: 'M', state: 'value', value: 48.5 },
    ]);
    expect(validateMeasurementRows(rows, yearlyShare, 'en').map((i) => i.code)).toEqual([
      'percent_value',
    ]);
    const rate = { periodType: 'year', genderSplit: false, unit: 'per_100000' } as const;
    expect(
      validateMeasurementRows(parse([{ period: '2023', state: 'value', value: -1 }]), rate, 'sv'),
    ).toMatchObject([{ field: 'measurements.0.value', code: 'negative_value' }]);
  });
});

describe('validateTarget', () => {
  const yearlyCount = { periodType: 'year', genderSplit: false, unit: 'count' } as const;

  it('wants a target value and year together', () => {
    const result = validateInput(
      setIndicatorTargetSchema,
      { version: 1, baselinePeriod: '2019', targetValue: 5, targetYear: null },
      'sv',
    );
    expect(result.success === false && result.issues[0]).toEqual({
      field: 'targetYear',
      code: 'required',
      message: 'Målår måste anges.',
    });
  });

  it('checks the baseline period against the indicator and the target year after it', () => {
    const input = {
      version: 1,
      baselinePeriod: '2019-01',
      baselineValue: 4.5,
      targetValue: 10,
      targetYear: 2019,
    };
    expect(validateTarget(input, yearlyCount, 'sv').map((i) => [i.field, i.code])).toEqual([
      ['baselinePeriod', 'period_year'],
      ['baselineValue', 'count_value'],
    ]);
    expect(
      validateTarget({ ...input, baselinePeriod: '2019', baselineValue: 4 }, yearlyCount, 'en'),
    ).toEqual([
      {
        field: 'targetYear',
        code: 'target_year_order',
        message: 'Target year must be later than the year of the baseline period.',
      },
    ]);
  });
});
