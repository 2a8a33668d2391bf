import { describe, expect, it } from '@jest/globals';
import {
  isPeriodOf,
  periodTime,
  periodTypeOf,
  rangeBound,
  samePeriodYearBefore,
  targetTime,
} from './periods.js';

describe('periods', () => {
  it('tells years from months and refuses anything else', () => {
    expect(isPeriodOf('2020', 'year')).toBe(true);
    expect(isPeriodOf('2020-03', 'month')).toBe(true);
    expect(isPeriodOf('2020-03', 'year')).toBe(false);
    expect(isPeriodOf('2020', 'month')).toBe(false);
    expect(isPeriodOf('2020-13', 'month')).toBe(false);
    expect(isPeriodOf('2020-3', 'month')).toBe(false);
    expect(isPeriodOf('0999', 'year')).toBe(false);
    expect(periodTypeOf('2020-12')).toBe('month');
    expect(periodTypeOf('mars')).toBeNull();
  });

  it('places periods on a time axis in years', () => {
    expect(periodTime('2020')).toBe(2020);
    expect(periodTime('2020-07')).toBe(2020.5);
    expect(targetTime(2030, 'year')).toBe(2030);
    expect(targetTime(2030, 'month')).toBeCloseTo(2030 + 11 / 12, 10);
    expect(samePeriodYearBefore('2020-02')).toBe('2019-02');
    expect(samePeriodYearBefore('2020')).toBe('2019');
  });

  it('widens a year bound to whole months for monthly figures', () => {
    expect(rangeBound('2020', 'month', 'from')).toBe('2020-01');
    expect(rangeBound('2020', 'month', 'to')).toBe('2020-12');
    expect(rangeBound('2020-05', 'month', 'to')).toBe('2020-05');
    expect(rangeBound('2020-05', 'year', 'from')).toBe('2020');
  });
});
