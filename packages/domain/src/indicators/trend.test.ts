import { describe, expect, it } from '@jest/globals';
import { monthsOf } from './periods.js';
import { indicatorTrend } from './trend.js';

const months = (year: number, values: number[]) =>
  monthsOf(year)
    .slice(0, values.length)
    .map((period, i) => ({ period, state: 'value' as const, value: values[i] as number }));

describe('indicatorTrend', () => {
  it('compares the latest month with the same month a year before, and the year so far', () => {
    const trend = indicatorTrend(
      [
        ...months(2019, [9, 8, 10, 9, 11, 10, 8, 7, 9, 10, 11, 12]),
        ...months(2020, [14, 13, 10, 9]),
      ],
      false,
    );
    expect(trend).toEqual({
      latest: { period: '2020-04', value: 9 },
      yearBefore: { period: '2019-04', value: 9 },
      change: 0,
      direction: 'unchanged',
      assessment: 'unchanged',
      yearToDate: { year: 2020, throughMonth: 4, total: 46, yearBefore: 36 },
    });
  });

  it('reads the change with the indicator direction', () => {
    const points = [
      { period: '2022', state: 'value' as const, value: 12 },
      { period: '2023', state: 'value' as const, value: 31 },
    ];
    expect(indicatorTrend(points, true)).toMatchObject({ direction: 'up', assessment: 'better' });
    expect(indicatorTrend(points, false)).toMatchObject({ direction: 'up', assessment: 'worse' });
    expect(indicatorTrend(points, true).yearToDate).toBeNull();
  });

  it('never reads a missing or suppressed figure as 0', () => {
    const trend = indicatorTrend(
      [
        { period: '2022', state: 'suppressed', value: null },
        { period: '2023', state: 'value', value: 7 },
        { period: '2024', state: 'missing', value: null },
      ],
      false,
    );
    expect(trend).toMatchObject({
      latest: { period: '2023', value: 7 },
      yearBefore: null,
      change: null,
      direction: null,
    });
    expect(indicatorTrend([], true).latest).toBeNull();
  });
});
