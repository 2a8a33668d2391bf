import { daysBetween } from './dates.js';

/**
 * What the kommun must do by a date: report back on an assignment, follow up an agreement
 * before it lapses, hold the meetings a forum's cadence promises, or renew a plan whose
 * period ends.
 */
export const DEADLINE_KINDS = [
  'assignment_report',
  'agreement_follow_up',
  'forum_cadence',
  'plan_period_end',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type DeadlineState = 'overdue' | 'due_soon' | 'upcoming';

/** Within this many days a deadline is due soon, and a reminder goes out. */
export const DEADLINE_RULES = { dueSoonDays: 14, reminderLeadDays: 14 } as const;

export function deadlineState(dueDate: string, today: string): DeadlineState {
  const days = daysBetween(today, dueDate);
  if (days < 0) return 'overdue';
  return days <= DEADLINE_RULES.dueSoonDays ? 'due_soon' : 'upcoming';
}

/**
 * The key of one reminder: one deadline, one recipient, one due date. A deadline moved to
 * another date is a new reminder; the same one is never sent twice (the key is unique in
 * the database).
 */
export function reminderKey(
  deadline: { kind: DeadlineKind; entityId: string; dueDate: string },
  recipientUserId: string,
): string {
  return `${deadline.kind}:${deadline.entityId}:${deadline.dueDate}:${recipientUserId}`;
}

/**
 * A reminder is sent from `leadDays` before the due date through the due date itself;
 * deadlines already past are in the overview, not in anyone's inbox again.
 */
export function reminderDue(
  dueDate: string,
  today: string,
  leadDays: number = DEADLINE_RULES.reminderLeadDays,
): boolean {
  const days = daysBetween(today, dueDate);
  return days >= 0 && days <= leadDays;
}

/** Nearest first; on the same day by kind, then title. */
export function sortDeadlines<T extends { dueDate: string; kind: DeadlineKind; title: string }>(
  deadlines: readonly T[],
): T[] {
  return [...deadlines].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind) ||
      a.title.localeCompare(b.title, 'sv'),
  );
}
