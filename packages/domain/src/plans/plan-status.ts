import type { PlanStatus } from './vocabulary.js';

/**
 * Which status changes make sense for a plan. A draft goes on remiss or is adopted
 * directly; remiss can return to draft; an adopted plan comes into force; a plan in force
 * is replaced (by a new revision) or archived. Nothing comes back from replaced or archived.
 */
export const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['consultation', 'adopted', 'archived'],
  consultation: ['draft', 'adopted', 'archived'],
  adopted: ['in_force', 'archived'],
  in_force: ['replaced', 'archived'],
  replaced: ['archived'],
  archived: [],
};

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return PLAN_TRANSITIONS[from].includes(to);
}

/** Adopting a plan names the decision: which body, when, and the paragraph (§). */
export function requiresAdoptionDecision(to: PlanStatus): boolean {
  return to === 'adopted';
}

/**
 * A replaced or archived plan is history: it is read, compared and reported on, never
 * changed. Every other plan can be edited and followed up (a plan in force still gets
 * progress updates and the odd corrected date).
 */
export function isPlanReadOnly(status: PlanStatus): boolean {
  return status === 'replaced' || status === 'archived';
}
