import { describe, expect, it } from '@jest/globals';
import { firstDifference } from './first-difference.js';

describe('firstDifference', () => {
  it('finds nothing between equal values, whatever the key order', () => {
    expect(
      firstDifference({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }),
    ).toBeNull();
  });
  it('names the path of the first difference', () => {
    expect(firstDifference({ a: [1, 2] }, { a: [1, 3] })).toBe('$.a[1]');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('$.a.length');
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe('$.b');
    expect(firstDifference({ a: null }, { a: {} })).toBe('$.a');
    expect(firstDifference({ a: '1' }, { a: 1 })).toBe('$.a');
  });
});
