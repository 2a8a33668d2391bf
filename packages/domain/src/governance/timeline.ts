/**
 * A case read as one timeline: submission, every decision (and proposal), every
 * assignment given, due and reported back, other steps (a tjänsteskrivelse, a
 * presentation), assessments of the forums it concerns, and its end.
 */
export type TimelineEntryKind =
  | 'submitted'
  | 'decision'
  | 'proposal'
  | 'assignment_given'
  | 'assignment_due'
  | 'assignment_reported'
  | 'milestone'
  | 'assessment'
  | 'closed';

export interface TimelineEntry {
  date: string;
  kind: TimelineEntryKind;
  title: string;
  /** The decision, assignment or assessment the entry is about. */
  refId: string | null;
  /** For due dates: whether the date is an estimate (end of the month of the meeting). */
  estimated?: boolean;
  /** For due dates of open assignments: overdue on `today`. */
  overdue?: boolean;
}

/** Order within one day: what starts a step comes before what it leads to. */
const ORDER: Record<TimelineEntryKind, number> = {
  submitted: 0,
  assignment_reported: 1,
  milestone: 2,
  assessment: 3,
  decision: 4,
  proposal: 5,
  assignment_given: 6,
  assignment_due: 7,
  closed: 8,
};

/** Sorts entries by date, then by the order of steps on the same day; stable otherwise. */
export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        a.entry.date.localeCompare(b.entry.date) ||
        ORDER[a.entry.kind] - ORDER[b.entry.kind] ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}
