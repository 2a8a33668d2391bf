import type { BenchContext, FigureResult } from '../figure.js';

/**
 * Figure 3 (PENDING): the regional comparison for the largest län (Västra Götaland, 49
 * kommuner) and for all 290: p50 and p95, and how the time grows from 29 to 290 kommuner
 * (goal: p95 ≤ 150 ms, growth no worse than linear).
 *
 * The comparison API and the sharing table land on another branch. After merging, fill
 * this in: make the bench data share (generator/regional-sharing.ts), then time the
 * comparison route for 29, 49, 145 and 290 kommuner with `fetch` as figure 1 does (one
 * client, median and p95 of ~50 requests each; `percentile` in stats.ts), and judge
 * p95(290) ≤ 150 ms and p95(290)/p95(29) ≤ 290/29. `run.ts` already lists it as a case.
 */
export async function regionalComparison(_c: BenchContext): Promise<FigureResult> {
  return {
    id: '3',
    title: 'Regional comparison: p50/p95 for the largest län and all 290; growth 29 → 290',
    goal: 'p95 ≤ 150 ms; growth ≤ linear',
    measured: 'pending: the comparison API and the sharing table are on another branch',
    value: null,
    status: 'pending',
    details: {},
  };
}
