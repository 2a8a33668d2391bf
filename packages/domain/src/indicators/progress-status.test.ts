import { describe, expect, it } from '@jest/globals';
import { progressStatus, statusFromRatio, type ProgressInput } from './progress-status.js';

const yearly = (values: Record<string, number>) =>
  Object.entries(values).map(([period, value]) => ({ period, state: 'value' as const, value }));

/** Lower is better: a count that should halve from 100 in 2015 to 50 in 2030. */
const halve = (latest: number, extra: Partial<ProgressInput> = {}): ProgressInput => ({
  periodType: 'year',
  higherIsBetter: false,
  baselinePeriod: '2015',
  baselineValue: 100,
  targetValue: 50,
  targetYear: 2030,
  points: yearly({ '2015': 100, '2020': latest }),
  ...extra,
});

describe('progressStatus (Open SDG / Statistics Canada)', () => {
  it('worked example: 100 → 80 in five years, needing 100 → 50 in fifteen, is substantial progress', () => {
    const result = progressStatus(halve(80));
    // CAGRₐ = 0.8^(1/5) − 1 = −0.04365; CAGRᵣ = 0.5^(1/15) − 1 = −0.04516; ratio 0.9666
    expect(result.cagrActual).toBeCloseTo(-0.043648, 5);
    expect(result.cagrRequired).toBeCloseTo(-0.045158, 5);
    expect(result.ratio).toBeCloseTo(0.96657, 4);
    expect(result).toMatchObject({
      status: 'substantial_progress',
      gap: null,
      baseline: { period: '2015', value: 100, fromMeasurement: false },
      latest: { period: '2020', value: 80 },
      target: { year: 2030, value: 50 },
      yearsElapsed: 5,
      yearsToTarget: 15,
      thresholds: { substantial: 0.95, moderate: 0.6, limited: 0 },
    });
  });

  it('worked examples: moderate (85), limited (90), deterioration (110), achieved (45)', () => {
    // 0.85^(1/5) − 1 = −0.03198 → ratio 0.7082
    expect(progressStatus(halve(85))).toMatchObject({ status: 'moderate_progress' });
    expect(progressStatus(halve(85)).ratio).toBeCloseTo(0.7082, 3);
    // 0.9^(1/5) − 1 = −0.02085 → ratio 0.4618
    expect(progressStatus(halve(90)).ratio).toBeCloseTo(0.4618, 3);
    expect(progressStatus(halve(90)).status).toBe('limited_progress');
    // 1.1^(1/5) − 1 = +0.01924 → ratio −0.4262: moving away from the target
    expect(progressStatus(halve(110)).ratio).toBeCloseTo(-0.4262, 3);
    expect(progressStatus(halve(110)).status).toBe('deterioration');
    expect(progressStatus(halve(45))).toMatchObject({ status: 'target_achieved', ratio: null });
    expect(progressStatus(halve(50)).status).toBe('target_achieved');
  });

  it('honours higher-is-better: a share of staff trained, 12 % in 2022 towards 80 % in 2026', () => {
    const input: ProgressInput = {
      periodType: 'year',
      higherIsBetter: true,
      baselinePeriod: '2022',
      baselineValue: null,
      targetValue: 80,
      targetYear: 2026,
      points: yearly({ '2022': 12, '2023': 31, '2024': 48 }),
    };
    const result = progressStatus(input);
    // CAGRₐ = (48/12)^(1/2) − 1 = 1; CAGRᵣ = (80/12)^(1/4) − 1 = 0.6069; ratio 1.648
    expect(result.baseline).toEqual({ period: '2022', value: 12, fromMeasurement: true });
    expect(result.cagrActual).toBeCloseTo(1, 6);
    expect(result.cagrRequired).toBeCloseTo(0.60686, 4);
    expect(result.ratio).toBeCloseTo(1.6478, 3);
    expect(result.status).toBe('substantial_progress');
    // Falling from the baseline is deterioration when higher is better.
    const falling = progressStatus({ ...input, points: yearly({ '2022': 12, '2024': 10 }) });
    expect(falling.status).toBe('deterioration');
    expect(progressStatus({ ...input, points: yearly({ '2022': 12, '2025': 80 }) }).status).toBe(
      'target_achieved',
    );
  });

  it('has the thresholds of the method: 0.95, 0.6 and 0', () => {
    expect(statusFromRatio(0.95)).toBe('substantial_progress');
    expect(statusFromRatio(0.9499)).toBe('moderate_progress');
    expect(statusFromRatio(0.6)).toBe('moderate_progress');
    expect(statusFromRatio(0.5999)).toBe('limited_progress');
    expect(statusFromRatio(0)).toBe('limited_progress');
    expect(statusFromRatio(-0.0001)).toBe('deterioration');
  });

  it('takes a target of 0 as 0.001, as Open SDG does', () => {
    const result = progressStatus(
      halve(60, { targetValue: 0, points: yearly({ '2015': 100, '2020': 60 }) }),
    );
    // CAGRᵣ = (0.001/100)^(1/15) − 1 = −0.5358
    expect(result.cagrRequired).toBeCloseTo(-0.53584, 4);
    expect(result.status).toBe('limited_progress');
    expect(progressStatus(halve(0, { targetValue: 0 })).status).toBe('target_achieved');
  });

  it('uses the latest value after the baseline, and never a missing or suppressed point', () => {
    const result = progressStatus(
      halve(80, {
        points: [
          ...yearly({ '2015': 100, '2019': 80 }),
          { period: '2020', state: 'missing', value: null },
          { period: '2021', state: 'suppressed', value: null },
        ],
      }),
    );
    expect(result.latest).toEqual({ period: '2019', value: 80 });
    expect(result.yearsElapsed).toBe(4);
  });

  it('counts months as twelfths of a year, with December of the target year as the end', () => {
    const result = progressStatus({
      periodType: 'month',
      higherIsBetter: false,
      baselinePeriod: '2019-01',
      baselineValue: 10,
      targetValue: 5,
      targetYear: 2021,
      points: [{ period: '2020-01', state: 'value', value: 8 }],
    });
    expect(result.yearsElapsed).toBeCloseTo(1, 10);
    expect(result.yearsToTarget).toBeCloseTo(2 + 11 / 12, 10);
    expect(result.cagrActual).toBeCloseTo(-0.2, 10);
  });

  it('is not available without a baseline, a target, a baseline value or a later value', () => {
    expect(progressStatus(halve(80, { baselinePeriod: null })).gap).toBe('no_baseline');
    expect(progressStatus(halve(80, { targetValue: null })).gap).toBe('no_target');
    expect(progressStatus(halve(80, { targetYear: null })).gap).toBe('no_target');
    expect(
      progressStatus(halve(80, { baselineValue: null, points: yearly({ '2020': 80 }) })).gap,
    ).toBe('no_baseline_value');
    expect(progressStatus(halve(80, { points: yearly({ '2015': 100 }) }))).toMatchObject({
      status: 'not_available',
      gap: 'no_later_value',
      baseline: { period: '2015', value: 100 },
      target: { year: 2030, value: 50 },
    });
  });

  it('cannot compute a growth rate from a baseline of 0', () => {
    const result = progressStatus({
      ...halve(3, { baselineValue: 0, targetValue: 10 }),
      higherIsBetter: true,
    });
    expect(result).toMatchObject({ status: 'not_available', gap: 'baseline_not_positive' });
  });

  it('calls it deterioration when the baseline met the target and the latest value misses it', () => {
    const holdLevel = halve(120, { targetValue: 100 });
    expect(progressStatus(holdLevel)).toMatchObject({ status: 'deterioration', ratio: null });
    const wrongWay = halve(160, { targetValue: 150 });
    expect(progressStatus(wrongWay).status).toBe('deterioration');
  });
});
