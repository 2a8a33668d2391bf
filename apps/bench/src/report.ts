import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FigureResult } from './figure.js';
import type { Machine } from './machine.js';
import { REPO_ROOT } from './paths.js';

const MD = join(REPO_ROOT, 'docs/benchmarks.md');
const JSON_FILE = join(REPO_ROOT, 'bench-results.json');
/** Everything from this heading on is written by people (findings, fixes, before/after) and kept. */
const NOTES_HEADING = '## Findings and fixes';

export interface Report {
  startedAt: string;
  durationSeconds: number;
  machine: Machine;
  data: Record<string, number>;
  sameShape: Record<string, string>;
  figures: FigureResult[];
}

const STATUS = { pass: 'pass', fail: '**FAIL**', pending: 'pending' } as const;

/** Load averages with two decimals: a bare 3 before the sentence's full stop reads as "3.". */
const loads = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');

export function writeReport(report: Report): void {
  if (process.env.BENCH_RESULTS) {
    writeFileSync(process.env.BENCH_RESULTS, `${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  writeFileSync(JSON_FILE, `${JSON.stringify(report, null, 2)}\n`);
  const m = report.machine;
  const notes = existsSync(MD) ? readFileSync(MD, 'utf8') : '';
  const kept = notes.includes(NOTES_HEADING)
    ? notes.slice(notes.indexOf(NOTES_HEADING))
    : `${NOTES_HEADING}\n\n(none yet)\n`;
  const rows = report.figures.map(
    (f) =>
      `| ${f.id} | ${f.title} | ${f.goal} | ${f.measured} | ${f.value ?? '–'} | ${STATUS[f.status]} |`,
  );
  const md = `# Benchmarks

Written by \`npm run bench\` (apps/bench) on ${report.startedAt} in ${report.durationSeconds} s;
the raw numbers are in [\`bench-results.json\`](../bench-results.json). Data: \`npm run bench:data\`
(all 290 kommuner; see *Data* below).

| Figure | What | Goal | Measured | Value | Result |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

"Value" is what the goal is about: a ratio for figures 1 and 2, otherwise the unit of the goal.

## Machine

- CPU: ${m.cpuModel}, ${m.cores} cores; memory ${m.memoryGb} GB; Linux ${m.kernel}
- Node ${m.node}; ${m.postgres}
- Load average (1, 5, 15 min) at start ${loads(m.loadAverage.atStart)}, at end ${loads(m.loadAverage.atEnd ?? [])}.
  The machine is shared with other work: absolute numbers move with that load, which is why
  figures 1 and 2 are ratios measured side by side.

## Method

- **The limit** (apps/bench/src/limit-server.ts) serves the same two reads as the API, with the
  same JSON (checked before measuring: ${Object.entries(report.sameShape)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ')}),
  from a bare \`node:http\` server running hand-written SQL through \`pg\` (pool of 10, as the
  API's). It has no framework, no authentication and no per-request transaction; as the
  owner on embedded PostgreSQL (a superuser), RLS does not bind it. The API runs as
  \`npm start\` runs it (apps/api/dist/scripts/start.js, NODE_ENV=production) against the same
  database, with the strategist of Stockholm (0180) logged in by session cookie.
- **Figure 1**: one client; API and limit requests alternate one by one (20 warm-up pairs,
  then 5 rounds of 40 pairs); median of the rounds' medians; ratio API ÷ limit.
- **Figure 2**: autocannon, 32 connections, \`?planId=…&status=ongoing&page=1&pageSize=20\`;
  3 s warm-up each, then 3 alternating rounds of 8 s each; ratio of the median
  requests/s, API ÷ limit. Any non-2xx answer fails the run.
- **Figure 3**: as the bench's regional coordinator (every kommun shares every area), one
  client, 5 warm-up then 40 requests per case: the five comparisons of Västra Götaland (14,
  the largest län, 49 kommuner), the indicators comparison both as the admin first asks for
  it and for every indicator on its own (the slowest reported); then the same with 29, 49,
  145 and 290 kommuner moved into that län (its own others wait in Halland meanwhile).
  Judged on the slowest comparison: p95 at 290 ≤ 150 ms, and p95(290) ÷ p95(29) ≤ 10.
- **Figure 4a**: every script (module or classic) and modulepreload of apps/admin/dist/index.html plus
  every module they import statically, each gzipped (level 9), summed.
- **Figure 4b**: headless Chromium (playwright-core, /usr/bin/chromium), a fresh context per
  round (cold cache), session from an API login; time from \`page.goto\` to the table's first
  row visible and then the Sök filter narrowing the 1,000 rows to one; median of 5 rounds
  after one warm-up.
- **Figure 5**: the API process's VmRSS (/proc), sampled every 200 ms during figure 2's API
  rounds; the peak.
- **Figure 6**: \`node apps/api/dist/scripts/start.js\` (what \`npm start\` runs after its build) on
  an existing embedded database in .data/bench-start-postgres (made by a first start with the
  demo, not timed); from spawn until \`/api/health\` answers \`ok\`; median of 3.

## Data

${Object.entries(report.data)
  .map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`)
  .join(', ')}.

${kept}`;
  writeFileSync(MD, md);
}
