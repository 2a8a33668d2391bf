import { describe, expect, it } from '@jest/globals';
import { isValidDiarienummerPattern, matchesDiarienummerPattern } from './diarienummer.js';

describe('diarienummer patterns', () => {
  it("matches the seeds' diarienummer", () => {
    expect(matchesDiarienummerPattern('2022.247 KS', '{yyyy}.{n} KS')).toBe(true);
    expect(matchesDiarienummerPattern('SN/2021:312', 'SN/{yyyy}:{n}')).toBe(true);
  });

  it('refuses what does not follow the pattern, treating the rest literally', () => {
    expect(matchesDiarienummerPattern('2022-247 KS', '{yyyy}.{n} KS')).toBe(false);
    expect(matchesDiarienummerPattern('22.247 KS', '{yyyy}.{n} KS')).toBe(false);
    expect(matchesDiarienummerPattern('KS 2022.247', '{yyyy}.{n} KS')).toBe(false);
  });

  it('accepts only patterns with a known token', () => {
    expect(isValidDiarienummerPattern('{yyyy}.{n} KS')).toBe(true);
    expect(isValidDiarienummerPattern('KS')).toBe(false);
    expect(isValidDiarienummerPattern('{year}.{n}')).toBe(false);
  });
});
