export interface TreeGoal {
  id: string;
  parentId: string | null;
  position: number;
}

/**
 * Goals in reading order: each goal followed by its sub-goals, siblings by position —
 * how a plan document lists mål and delmål (1, 1.1, 1.2, 2 …). Orphans (a parent that is
 * missing) are kept at the top level rather than lost.
 */
export function orderGoalTree<G extends TreeGoal>(goals: readonly G[]): G[] {
  const ids = new Set(goals.map((g) => g.id));
  const children = new Map<string | null, G[]>();
  for (const goal of goals) {
    const parent = goal.parentId && ids.has(goal.parentId) ? goal.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), goal]);
  }
  const ordered: G[] = [];
  const visit = (parent: string | null, seen: Set<string>) => {
    for (const goal of [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position)) {
      if (seen.has(goal.id)) continue;
      seen.add(goal.id);
      ordered.push(goal);
      visit(goal.id, seen);
    }
  };
  visit(null, new Set());
  return ordered;
}

/** Outline numbers for goals in tree order: "1", "1.1", "1.2", "2" … */
export function goalNumbers(goals: readonly TreeGoal[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const counters = new Map<string | null, number>();
  for (const goal of orderGoalTree(goals)) {
    const n = (counters.get(goal.parentId) ?? 0) + 1;
    counters.set(goal.parentId, n);
    const prefix = goal.parentId ? numbers.get(goal.parentId) : undefined;
    numbers.set(goal.id, prefix ? `${prefix}.${n}` : String(n));
  }
  return numbers;
}
