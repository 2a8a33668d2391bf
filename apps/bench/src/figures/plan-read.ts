import { judged, planPath, type BenchContext, type FigureResult } from '../figure.js';
import { median, round } from '../stats.js';

const ROUNDS = 5;
const REQUESTS_PER_ROUND = 40;

async function timedGet(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return performance.now() - started;
}

/**
 * Figure 1: the plan read (plan, goal tree, 150 activities with roll-ups), one client.
 * API and limit requests alternate one by one, so both see the same machine load; the
 * figure is the median of the rounds' ratios of medians.
 */
export async function planReadLatency(c: BenchContext): Promise<FigureResult> {
  const path = planPath(c);
  const api = { url: c.apiUrl + path, headers: { cookie: c.cookie } };
  const limit = { url: c.limitUrl + path, headers: {} };
  for (let i = 0; i < 20; i++) {
    await timedGet(api.url, api.headers);
    await timedGet(limit.url, limit.headers);
  }
  const apiRounds: number[] = [];
  const limitRounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const a: number[] = [];
    const l: number[] = [];
    for (let i = 0; i < REQUESTS_PER_ROUND; i++) {
      a.push(await timedGet(api.url, api.headers));
      l.push(await timedGet(limit.url, limit.headers));
    }
    apiRounds.push(median(a));
    limitRounds.push(median(l));
  }
  const apiMs = median(apiRounds);
  const limitMs = median(limitRounds);
  // Each round's pairs ran under the same load: the median of the rounds' ratios is steadier
  // on a shared machine than the ratio of medians taken across rounds.
  const ratio = median(apiRounds.map((a, i) => a / (limitRounds[i] as number)));
  return judged(
    {
      id: '1',
      title: 'Plan read (goals + 150 activities), single client: API ÷ limit latency',
      goal: '≤ 1.5',
      measured: `API ${round(apiMs)} ms, limit ${round(limitMs)} ms (median)`,
      value: round(ratio),
      details: {
        apiMedianMs: round(apiMs),
        limitMedianMs: round(limitMs),
        apiRoundMediansMs: apiRounds.map((v) => round(v)),
        limitRoundMediansMs: limitRounds.map((v) => round(v)),
        roundRatios: apiRounds.map((a, i) => round(a / (limitRounds[i] as number))),
        rounds: ROUNDS,
        requestsPerRound: REQUESTS_PER_ROUND,
        path,
      },
    },
    ratio <= 1.5,
  );
}
