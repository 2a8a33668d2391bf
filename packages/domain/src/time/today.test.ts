import { describe, expect, it } from '@jest/globals';
import { isoDateIn } from './today.js';

describe('isoDateIn', () => {
  it('gives the Swedish calendar date, which differs from UTC around midnight', () => {
    expect(isoDateIn(new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-24');
    expect(isoDateIn(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(isoDateIn(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // summer time
  });

  it('keeps each time zone apart when one is asked for after another', () => {
    const now = new Date('2026-11-24T23:30:00Z');
    expect(isoDateIn(now, 'UTC')).toBe('2026-11-24');
    expect(isoDateIn(now)).toBe('2026-11-25');
    expect(isoDateIn(now, 'America/New_York')).toBe('2026-11-24');
  });
});
