import { daysBetween, lastDayOfMonth } from '../deadlines/dates.js';
import type { AssignmentStatus } from './vocabulary.js';

/**
 * When an assignment must be reported back: a date, or a meeting of the body it reports
 * to ("återrapportera på sammanträdet i juni" → the body's meeting in June 2021).
 */
export type DueSpec =
  { kind: 'date'; date: string } | { kind: 'meeting'; month: string } | { kind: 'none' };

export interface ResolvedDue {
  /** The date the deadline falls on, or null when there is none. */
  date: string | null;
  /**
   * How it was found: given as a date; the body's known meeting in that month; or, when no
   * meeting of the body is known in that month, the month's last day (an estimate that
   * becomes exact once the meeting date is known).
   */
  source: 'date' | 'meeting' | 'end_of_month' | 'none';
}

/**
 * Resolves a due spec. `meetingDates` are the known meeting dates of the body the
 * assignment reports to; the first meeting in the month is the one meant.
 */
export function resolveDue(spec: DueSpec, meetingDates: readonly string[]): ResolvedDue {
  if (spec.kind === 'none') return { date: null, source: 'none' };
  if (spec.kind === 'date') return { date: spec.date, source: 'date' };
  const inMonth = meetingDates.filter((d) => d.slice(0, 7) === spec.month).sort();
  if (inMonth[0]) return { date: inMonth[0], source: 'meeting' };
  return { date: lastDayOfMonth(spec.month), source: 'end_of_month' };
}

/** How close a deadline is; a report-back within this many days is due soon. */
export const DUE_SOON_DAYS = 14;

export type AssignmentState =
  'reported' | 'cancelled' | 'overdue' | 'due_soon' | 'upcoming' | 'no_deadline';

/**
 * An open assignment is overdue the day after its due date; on the due date itself it is
 * still due (the report can be given at that meeting).
 */
export function assignmentState(
  status: AssignmentStatus,
  dueDate: string | null,
  today: string,
): { state: AssignmentState; daysLeft: number | null } {
  if (status === 'reported') return { state: 'reported', daysLeft: null };
  if (status === 'cancelled') return { state: 'cancelled', daysLeft: null };
  if (!dueDate) return { state: 'no_deadline', daysLeft: null };
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  if (daysLeft <= DUE_SOON_DAYS) return { state: 'due_soon', daysLeft };
  return { state: 'upcoming', daysLeft };
}

/** Parses what a form sends: either a date or a month for "the meeting in that month". */
export function dueSpecOf(dueDate: string | null, dueMeetingMonth: string | null): DueSpec {
  if (dueDate) return { kind: 'date', date: dueDate };
  if (dueMeetingMonth) return { kind: 'meeting', month: dueMeetingMonth };
  return { kind: 'none' };
}
