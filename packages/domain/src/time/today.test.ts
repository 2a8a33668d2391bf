import { describe, expect, it } from '@jest/globals';
import { isoDateIn } from './today.js';

describe('isoDateIn', () => {
  it('gives the Swedish calendar date, which differs from UTC around midnight', () => {
    expect(isoDateIn(new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-24');
    expect(isoDateIn(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(isoDateIn(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // summer time
  });
});
