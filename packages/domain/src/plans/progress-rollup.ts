import type { ActivityStatus } from './vocabulary.js';

export interface RollupActivity {
  id: string;
  goalId: string | null;
  status: ActivityStatus;
  progress: number;
  /** Relative weight; 1 when the plan does not weigh its activities. */
  weight: number;
}

export interface RollupGoal {
  id: string;
  parentId: string | null;
}

export interface Rollup {
  /** Weighted mean progress in percent, rounded; null when nothing counts. */
  progress: number | null;
  /** Activities that counted. */
  counted: number;
  /** Sum of their weights. */
  totalWeight: number;
  /** Cancelled activities, left out of the mean. */
  excludedCancelled: number;
}

/**
 * Progress rolls up as a weighted mean: Σ(weight × progress) ÷ Σ weight over the
 * activities that count. Cancelled activities are left out (they will never progress),
 * and a done activity counts as 100 % whatever its last figure said. A goal includes
 * the activities of its sub-goals.
 */
export function rollUp(
  activities: readonly Pick<RollupActivity, 'status' | 'progress' | 'weight'>[],
): Rollup {
  let weighted = 0;
  let totalWeight = 0;
  let counted = 0;
  let excludedCancelled = 0;
  for (const a of activities) {
    if (a.status === 'cancelled') {
      excludedCancelled++;
      continue;
    }
    const progress = a.status === 'done' ? 100 : a.progress;
    weighted += a.weight * progress;
    totalWeight += a.weight;
    counted++;
  }
  return {
    progress: totalWeight > 0 ? Math.round(weighted / totalWeight) : null,
    counted,
    totalWeight,
    excludedCancelled,
  };
}

/** The roll-up of every goal, including its sub-goals' activities, and of the whole plan. */
export function rollUpPlan(
  goals: readonly RollupGoal[],
  activities: readonly RollupActivity[],
): { plan: Rollup; goals: Map<string, Rollup> } {
  const children = new Map<string | null, string[]>();
  for (const g of goals) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g.id]);
  const byGoal = new Map<string, RollupActivity[]>();
  for (const a of activities)
    if (a.goalId) byGoal.set(a.goalId, [...(byGoal.get(a.goalId) ?? []), a]);

  const collect = (goalId: string, seen = new Set<string>()): RollupActivity[] => {
    if (seen.has(goalId)) return [];
    seen.add(goalId);
    return [
      ...(byGoal.get(goalId) ?? []),
      ...(children.get(goalId) ?? []).flatMap((c) => collect(c, seen)),
    ];
  };
  const result = new Map<string, Rollup>();
  for (const g of goals) result.set(g.id, rollUp(collect(g.id)));
  return { plan: rollUp(activities), goals: result };
}
