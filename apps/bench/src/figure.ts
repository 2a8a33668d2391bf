/** What each figure reports: one row of docs/benchmarks.md and one entry of bench-results.json. */
export interface FigureResult {
  id: string;
  title: string;
  /** The goal in words, e.g. "≤ 1.5". */
  goal: string;
  /** The measured value in words, e.g. "API 12.1 ms, limit 9.3 ms". */
  measured: string;
  /** The number the goal is about (a ratio, MB, kB, s); null when pending. */
  value: number | null;
  status: 'pass' | 'fail' | 'pending';
  /** Raw numbers and how they were taken, for bench-results.json. */
  details: Record<string, unknown>;
}

export function judged(base: Omit<FigureResult, 'status'>, passes: boolean): FigureResult {
  return { ...base, status: passes ? 'pass' : 'fail' };
}

/** What the figures need: the two servers under test and the ids to read. */
export interface BenchContext {
  apiUrl: string;
  apiPid: number;
  limitUrl: string;
  /** Session cookie of the bench strategist ("samla_session=…"). */
  cookie: string;
  tenantCode: string;
  /** The in-force plan with 150 activities (figures 1 and 2). */
  planId: string;
  /** The plan with 1,000 activities (figure 4). */
  largePlanId: string;
  strategistEmail: string;
  password: string;
  /** The bench database's owner URL (figure 3 regroups kommuner into one län to scale it). */
  ownerUrl?: string;
}

/** The route of the plan read, the same on the API and the limit. */
export const planPath = (c: BenchContext) =>
  `/api/v1/tenants/${c.tenantCode}/action-plans/${c.planId}`;

/** One filtered page of the activity list, the same on the API and the limit. */
export const activityPagePath = (c: BenchContext) =>
  `/api/v1/tenants/${c.tenantCode}/activities?planId=${c.planId}&status=ongoing&page=1&pageSize=20`;
