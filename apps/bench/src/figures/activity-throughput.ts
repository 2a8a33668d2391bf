import autocannon, { type Result } from 'autocannon';
import { activityPagePath, judged, type BenchContext, type FigureResult } from '../figure.js';
import { sampleResident } from '../memory-sampler.js';
import { median, percentile, round } from '../stats.js';

const CONNECTIONS = 32;
const ROUNDS = 3;
const SECONDS = 8;

function load(url: string, headers: Record<string, string>, duration = SECONDS): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration, headers, timeout: 30 });
}

function checked(result: Result, who: string): number {
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(
      `${who}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return result.requests.average;
}

/**
 * Figure 2: one filtered page of the activity list under 32 concurrent connections
 * (autocannon), API and limit in alternating rounds; the figure is the ratio of the
 * median throughputs. Figure 5 rides on it: the API's resident memory, sampled while the
 * API is under this load.
 */
export async function activityThroughputAndMemory(c: BenchContext): Promise<FigureResult[]> {
  const path = activityPagePath(c);
  const api = { url: c.apiUrl + path, headers: { cookie: c.cookie } };
  const limit = { url: c.limitUrl + path, headers: {} };
  // Warm both (JIT, pools, PostgreSQL's cache) before anything counts.
  await load(api.url, api.headers, 3);
  await load(limit.url, limit.headers, 3);

  const apiRps: number[] = [];
  const limitRps: number[] = [];
  const apiLatencyP50: number[] = [];
  const limitLatencyP50: number[] = [];
  const rss: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const sampler = sampleResident(c.apiPid);
    const a = await load(api.url, api.headers);
    rss.push(...sampler.stop());
    apiRps.push(checked(a, 'API'));
    apiLatencyP50.push(a.latency.p50);
    const l = await load(limit.url, limit.headers);
    limitRps.push(checked(l, 'limit'));
    limitLatencyP50.push(l.latency.p50);
  }
  const apiMedian = median(apiRps);
  const limitMedian = median(limitRps);
  // Each API round is followed at once by a limit round: the median of those pairs' ratios
  // is steadier on a shared machine than the ratio of the medians.
  const ratio = median(apiRps.map((a, i) => a / (limitRps[i] as number)));
  const peak = Math.max(...rss);
  return [
    judged(
      {
        id: '2',
        title: `Activity list (one filtered page of 20), ${CONNECTIONS} connections: API ÷ limit throughput`,
        goal: '≥ 0.6',
        measured: `API ${round(apiMedian)} req/s, limit ${round(limitMedian)} req/s (medians of ${ROUNDS} × ${SECONDS} s)`,
        value: round(ratio),
        details: {
          apiRequestsPerSecond: apiRps.map((v) => round(v)),
          limitRequestsPerSecond: limitRps.map((v) => round(v)),
          roundRatios: apiRps.map((a, i) => round(a / (limitRps[i] as number))),
          apiLatencyP50Ms: apiLatencyP50,
          limitLatencyP50Ms: limitLatencyP50,
          connections: CONNECTIONS,
          rounds: ROUNDS,
          secondsPerRound: SECONDS,
          path,
        },
      },
      ratio >= 0.6,
    ),
    judged(
      {
        id: '5',
        title: 'API memory (resident) under the load of figure 2',
        goal: '≤ 300 MB',
        measured: `peak ${round(peak)} MB, median ${round(median(rss))} MB, p95 ${round(percentile(rss, 95))} MB`,
        value: round(peak),
        details: {
          peakMb: round(peak),
          medianMb: round(median(rss)),
          samples: rss.length,
          everyMs: 200,
        },
      },
      peak <= 300,
    ),
  ];
}
