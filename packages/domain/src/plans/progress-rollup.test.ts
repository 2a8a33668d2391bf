import { describe, expect, it } from '@jest/globals';
import { rollUp, rollUpPlan, type RollupActivity } from './progress-rollup.js';

const activity = (
  id: string,
  goalId: string | null,
  progress: number,
  extra: Partial<RollupActivity> = {},
): RollupActivity => ({
  id,
  goalId,
  progress,
  status: 'ongoing',
  weight: 1,
  ...extra,
});

describe('rollUp', () => {
  it('is the plain mean when no activity is weighted', () => {
    expect(rollUp([activity('a', null, 20), activity('b', null, 60)])).toEqual({
      progress: 40,
      counted: 2,
      totalWeight: 2,
      excludedCancelled: 0,
    });
  });

  it('weighs activities: Σ(weight × progress) ÷ Σ weight', () => {
    // (3 × 20 + 1 × 60) ÷ 4 = 30
    expect(rollUp([activity('a', null, 20, { weight: 3 }), activity('b', null, 60)]).progress).toBe(
      30,
    );
  });

  it('leaves cancelled activities out and counts done ones as 100 %', () => {
    const result = rollUp([
      activity('a', null, 80, { status: 'done' }),
      activity('b', null, 0, { status: 'cancelled' }),
      activity('c', null, 50),
    ]);
    expect(result).toEqual({ progress: 75, counted: 2, totalWeight: 2, excludedCancelled: 1 });
  });

  it('has no progress when nothing counts', () => {
    expect(rollUp([]).progress).toBeNull();
    expect(rollUp([activity('a', null, 0, { status: 'cancelled' })]).progress).toBeNull();
  });
});

describe('rollUpPlan', () => {
  it("includes sub-goals' activities in a goal, and every activity in the plan", () => {
    const goals = [
      { id: 'g1', parentId: null },
      { id: 'g1a', parentId: 'g1' },
      { id: 'g2', parentId: null },
    ];
    const { plan, goals: byGoal } = rollUpPlan(goals, [
      activity('a', 'g1', 100),
      activity('b', 'g1a', 0),
      activity('c', 'g2', 50),
      activity('d', null, 50),
    ]);
    expect(byGoal.get('g1')?.progress).toBe(50);
    expect(byGoal.get('g1a')?.progress).toBe(0);
    expect(byGoal.get('g2')?.progress).toBe(50);
    expect(plan).toMatchObject({ progress: 50, counted: 4 });
  });
});
