import type { ActivityStatus } from './vocabulary.js';

/** Whether an activity is where it should be: derived, never stored. */
export type TrackingState = 'on_track' | 'at_risk' | 'late' | 'done' | 'cancelled';

/** Why: codes the UI turns into sentences ("Slutdatum 2026-06-30 har passerat …"). */
export type TrackingReason =
  | { code: 'done' }
  | { code: 'cancelled' }
  | { code: 'past_end'; endDate: string }
  | { code: 'reported_delayed' }
  | { code: 'not_started_after_start'; startDate: string; daysSinceStart: number }
  | { code: 'behind_schedule'; progress: number; expected: number }
  | { code: 'no_dates' }
  | { code: 'on_schedule'; progress: number; expected: number }
  | { code: 'not_yet_started'; startDate: string };

export interface TrackingInput {
  status: ActivityStatus;
  progress: number;
  startDate: string | null;
  endDate: string | null;
}

export interface Tracking {
  state: TrackingState;
  reasons: TrackingReason[];
}

/** The rules, with their thresholds named so the UI can state them. */
export const TRACKING_RULES = {
  /** Not started this many days after the planned start: at risk. */
  startGraceDays: 14,
  /** Progress this many percentage points behind the time elapsed: at risk. */
  behindSchedulePoints: 25,
} as const;

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * On track, at risk or late, from dates, status and progress:
 * 1. done and cancelled speak for themselves;
 * 2. past its end date and not done: late;
 * 3. reported as delayed: at risk;
 * 4. not started two weeks after its start date: at risk;
 * 5. progress more than 25 points behind the share of its time that has passed: at risk;
 * 6. otherwise on track.
 * `today` is an ISO date (YYYY-MM-DD), in the kommun's time zone.
 */
export function trackActivity(activity: TrackingInput, today: string): Tracking {
  if (activity.status === 'done') return { state: 'done', reasons: [{ code: 'done' }] };
  if (activity.status === 'cancelled')
    return { state: 'cancelled', reasons: [{ code: 'cancelled' }] };
  const now = toDay(today);
  const { startDate, endDate, progress } = activity;
  // Each date parsed once: this runs for every activity of every list and plan read.
  const start = startDate ? toDay(startDate) : null;
  const end = endDate ? toDay(endDate) : null;
  if (endDate && end !== null && now > end)
    return { state: 'late', reasons: [{ code: 'past_end', endDate }] };

  const reasons: TrackingReason[] = [];
  if (activity.status === 'delayed') reasons.push({ code: 'reported_delayed' });
  if (startDate && start !== null && activity.status === 'not_started') {
    const daysSinceStart = Math.floor((now - start) / DAY);
    if (daysSinceStart > TRACKING_RULES.startGraceDays)
      reasons.push({ code: 'not_started_after_start', startDate, daysSinceStart });
  }
  let expected: number | null = null;
  if (start !== null && end !== null && end > start) {
    const share = (now - start) / (end - start);
    expected = Math.round(Math.min(1, Math.max(0, share)) * 100);
    if (progress < expected - TRACKING_RULES.behindSchedulePoints)
      reasons.push({ code: 'behind_schedule', progress, expected });
  }
  if (reasons.length > 0) return { state: 'at_risk', reasons };
  if (startDate && start !== null && now < start)
    return { state: 'on_track', reasons: [{ code: 'not_yet_started', startDate }] };
  if (expected === null) return { state: 'on_track', reasons: [{ code: 'no_dates' }] };
  return { state: 'on_track', reasons: [{ code: 'on_schedule', progress, expected }] };
}
