import type { TestApp } from './test-app.js';

const GROUP = 'tenant_id, plan_id, status, level, tier';
const SUMS = `count(*)::int AS activities, sum(weight)::bigint AS weight,
  sum(weight * progress)::bigint AS weighted_progress, sum(coalesce(budget_sek, 0))::bigint AS budget_sek`;
const KEPT = `${GROUP}, activities, weight, weighted_progress, budget_sek`;

/**
 * Where `plan_activity_totals` (kept by a trigger) and the sums of `activities` differ, in
 * either direction; empty when they agree. Read as the owner, across every kommun.
 */
export async function planTotalsMismatches(t: TestApp): Promise<Array<Record<string, unknown>>> {
  return t.sql(`
    WITH actual AS (SELECT ${GROUP}, ${SUMS} FROM activities GROUP BY ${GROUP})
    (SELECT 'missing or wrong in plan_activity_totals' AS problem, * FROM
       (SELECT ${KEPT} FROM actual EXCEPT SELECT ${KEPT} FROM plan_activity_totals) a)
    UNION ALL
    (SELECT 'not in the activities' AS problem, * FROM
       (SELECT ${KEPT} FROM plan_activity_totals EXCEPT SELECT ${KEPT} FROM actual) k)`);
}
