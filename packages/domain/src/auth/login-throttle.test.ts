import { describe, expect, it } from '@jest/globals';
import { LOGIN_THROTTLE, assessLoginAttempts } from './login-throttle.js';

const now = new Date('2026-11-24T10:00:00Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000);
const failures = (count: number, spacingMinutes = 0.5) =>
  Array.from({ length: count }, (_, i) => minutesAgo(i * spacingMinutes));

describe('assessLoginAttempts', () => {
  it('lets the first few failures through at full speed', () => {
    expect(assessLoginAttempts([], now)).toEqual({ allowed: true, delayMs: 0 });
    expect(assessLoginAttempts(failures(LOGIN_THROTTLE.freeFailures), now)).toEqual({
      allowed: true,
      delayMs: 0,
    });
  });

  it('slows answers down as failures pile up, up to a cap', () => {
    expect(assessLoginAttempts(failures(4), now)).toEqual({ allowed: true, delayMs: 500 });
    expect(assessLoginAttempts(failures(6), now)).toEqual({ allowed: true, delayMs: 1500 });
    expect(assessLoginAttempts(failures(9), now)).toEqual({ allowed: true, delayMs: 3000 });
  });

  it('refuses after the lockout threshold until the window has passed', () => {
    const decision = assessLoginAttempts(failures(10, 1), now);
    // The tenth-newest failure was 9 minutes ago: the window reopens in 6 minutes.
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 6 * 60 });
  });

  it('forgets failures older than the window', () => {
    const old = Array.from({ length: 20 }, (_, i) => minutesAgo(16 + i));
    expect(assessLoginAttempts(old, now)).toEqual({ allowed: true, delayMs: 0 });
  });
});
