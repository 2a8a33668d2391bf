import type { Prng } from '../prng.js';
import { plans } from './plans.js';
import type { TableRows, TenantScope } from './table-rows.js';

/** Every bench user's password (the bench database holds no real person). */
export const BENCH_PASSWORD = 'samla-bench';

/** The kommun the benchmarks read from: Stockholm, the largest. */
export const BENCH_TENANT_CODE = '0180';
/** The plan the admin benchmark opens (figure 4). */
export const LARGE_PLAN_TITLE = 'Benchmark: handlingsplan med 1 000 insatser';
export const LARGE_PLAN_ACTIVITIES = 1000;

/**
 * A fourth plan with 1,000 activities (one progress update each) in the bench kommun,
 * for the plan page in the browser. The benchmark finds it by its title (plans() appends
 * the period, so look it up by prefix).
 */
export function largePlan(rng: Prng, scope: TenantScope): TableRows[] {
  return plans(rng, { ...scope, planIds: [], topGoalIds: [], activityIds: [] }, [
    {
      title: LARGE_PLAN_TITLE,
      status: 'in_force',
      periodFrom: 2024,
      activities: LARGE_PLAN_ACTIVITIES,
      updatesPerActivity: 1,
    },
  ]);
}
