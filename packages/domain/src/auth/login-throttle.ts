/**
 * How repeated failed logins for one e-mail address are slowed and then refused.
 * Counted over a sliding window; a successful login clears the count.
 */
export const LOGIN_THROTTLE = {
  windowMinutes: 15,
  /** Failures allowed before answers are slowed down. */
  freeFailures: 3,
  /** Extra delay per failure beyond the free ones, capped. */
  delayStepMs: 500,
  maxDelayMs: 4000,
  /** Failures after which login is refused until the window has passed. */
  lockoutFailures: 10,
} as const;

export type LoginThrottleDecision =
  { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

/**
 * @param failureTimes recent failed attempts (since the last success), newest first
 */
export function assessLoginAttempts(
  failureTimes: readonly Date[],
  now: Date,
): LoginThrottleDecision {
  const windowStart = now.getTime() - LOGIN_THROTTLE.windowMinutes * 60_000;
  const recent = failureTimes.filter((t) => t.getTime() > windowStart);
  if (recent.length >= LOGIN_THROTTLE.lockoutFailures) {
    const oldestCounted = recent[LOGIN_THROTTLE.lockoutFailures - 1] as Date;
    const retryAt = oldestCounted.getTime() + LOGIN_THROTTLE.windowMinutes * 60_000;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)),
    };
  }
  const over = recent.length - LOGIN_THROTTLE.freeFailures;
  const delayMs =
    over > 0 ? Math.min(LOGIN_THROTTLE.maxDelayMs, over * LOGIN_THROTTLE.delayStepMs) : 0;
  return { allowed: true, delayMs };
}
