/** motion, initiativärende, medborgarförslag, uppdrag, remiss, skrivelse */
export const CASE_KINDS = [
  'motion',
  'initiative',
  'citizen_proposal',
  'commission',
  'consultation',
  'letter',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** öppet, besvarat, avslutat */
export const CASE_STATUSES = ['open', 'answered', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** förslag till beslut, fattat beslut */
export const DECISION_STATUSES = ['proposed', 'decided'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** pågår, återrapporterat, avbrutet */
export const ASSIGNMENT_STATUSES = ['open', 'reported', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
