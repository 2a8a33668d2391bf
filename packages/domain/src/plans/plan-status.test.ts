import { describe, expect, it } from '@jest/globals';
import { canTransition, isPlanReadOnly, PLAN_TRANSITIONS } from './plan-status.js';
import { PLAN_STATUSES } from './vocabulary.js';

describe('plan status transitions', () => {
  it('follows draft → remiss → adopted → in force → replaced', () => {
    expect(canTransition('draft', 'consultation')).toBe(true);
    expect(canTransition('consultation', 'adopted')).toBe(true);
    expect(canTransition('adopted', 'in_force')).toBe(true);
    expect(canTransition('in_force', 'replaced')).toBe(true);
  });

  it('refuses transitions that make no sense', () => {
    expect(canTransition('draft', 'in_force')).toBe(false);
    expect(canTransition('in_force', 'draft')).toBe(false);
    expect(canTransition('archived', 'draft')).toBe(false);
    expect(canTransition('replaced', 'in_force')).toBe(false);
    for (const status of PLAN_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('ends every path in archived, which has no way out', () => {
    expect(PLAN_TRANSITIONS.archived).toEqual([]);
    for (const status of PLAN_STATUSES.filter((s) => s !== 'archived'))
      expect(canTransition(status, 'archived')).toBe(true);
  });

  it('keeps replaced and archived plans read-only', () => {
    expect(PLAN_STATUSES.filter(isPlanReadOnly)).toEqual(['replaced', 'archived']);
  });
});
