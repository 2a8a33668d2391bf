import { describe, expect, it } from '@jest/globals';
import { median, percentile, round } from './stats.js';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no samples', () => {
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
  it('uses the nearest rank', () => {
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([10, 20, 30], 50)).toBe(20);
  });
  it('refuses a percentile outside 0–100', () => {
    expect(() => percentile(samples, 101)).toThrow(RangeError);
  });
});

describe('round', () => {
  it('keeps three significant digits', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(123456)).toBe(123000);
    expect(round(0.0012345)).toBe(0.00123);
  });
});
