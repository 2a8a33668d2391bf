import { goalNumbers, orderGoalTree, type Activity, type Goal } from '@samla/domain';

export interface GoalNode extends Goal {
  number: string;
  /** Activities of the goal and its sub-goals: what its progress is computed over. */
  activityCount: number;
  children: GoalNode[];
}

/** The goals as a tree in reading order, each with its outline number ("1.2"). */
export function buildGoalTree(goals: readonly Goal[], activities: readonly Activity[]): GoalNode[] {
  const numbers = goalNumbers(goals);
  const direct = new Map<string, number>();
  for (const a of activities) if (a.goalId) direct.set(a.goalId, (direct.get(a.goalId) ?? 0) + 1);
  const nodes = new Map<string, GoalNode>();
  const roots: GoalNode[] = [];
  for (const goal of orderGoalTree(goals)) {
    const node: GoalNode = {
      ...goal,
      number: numbers.get(goal.id) ?? '',
      activityCount: direct.get(goal.id) ?? 0,
      children: [],
    };
    nodes.set(goal.id, node);
    const parent = goal.parentId ? nodes.get(goal.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const total = (node: GoalNode): number => {
    node.activityCount += node.children.reduce((sum, child) => sum + total(child), 0);
    return node.activityCount;
  };
  roots.forEach(total);
  return roots;
}

/** A goal and everything below it: where it cannot be moved to. */
export function withDescendants(goals: readonly Goal[], goalId: string): Set<string> {
  const result = new Set([goalId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals)
      if (g.parentId && result.has(g.parentId) && !result.has(g.id)) {
        result.add(g.id);
        grew = true;
      }
  }
  return result;
}

/** A goal's siblings (itself included) in their order. */
export const siblingsOf = (goals: readonly Goal[], goal: Goal): Goal[] =>
  orderGoalTree(goals).filter((g) => g.parentId === goal.parentId);
