/**
 * `npm run bench`: the figures of issue 7, side by side with the raw-SQL limit, written to
 * docs/benchmarks.md and bench-results.json. Needs `npm run bench:data` first.
 * BENCH_ONLY=1,2 runs only those figures (for working on one; the report is then partial).
 * BENCH_RESULTS=path writes only the JSON, there (for before/after runs that must not
 * overwrite the report).
 */
import { API_NODE_FLAGS } from '@samla/api/dist/config/node-flags.js';
import {
  BENCH_DATABASE,
  benchDatabaseExists,
  openBenchServer,
  withClient,
} from './bench-database.js';
import { startNode, type RunningProcess } from './child-process.js';
import { activityPagePath, planPath, type BenchContext, type FigureResult } from './figure.js';
import { activityThroughputAndMemory } from './figures/activity-throughput.js';
import { adminInitialJs } from './figures/admin-bundle.js';
import { adminPlanPage } from './figures/admin-plan-page.js';
import { planReadLatency } from './figures/plan-read.js';
import { regionalComparison } from './figures/regional-comparison.js';
import { startTime } from './figures/start-time.js';
import { firstDifference } from './first-difference.js';
import { BENCH_PASSWORD, BENCH_TENANT_CODE, LARGE_PLAN_TITLE } from './generator/bench-fixtures.js';
import { benchEmail } from './generator/organisation.js';
import { currentLoad, describeMachine } from './machine.js';
import { ADMIN_DIST, API_START_SCRIPT } from './paths.js';
import { writeReport } from './report.js';

const say = (msg: string) => process.stdout.write(`[bench] ${msg}\n`);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (id: string) => !only || only.some((o) => id.startsWith(o));

/** The cases that need the API and the limit running, in the order they run. */
const SERVER_CASES: Array<{
  ids: string[];
  run: (c: BenchContext) => Promise<FigureResult | FigureResult[]>;
}> = [
  { ids: ['1'], run: planReadLatency },
  { ids: ['2', '5'], run: activityThroughputAndMemory },
  { ids: ['3'], run: regionalComparison },
  { ids: ['4b'], run: adminPlanPage },
];

/** A figure that could not be measured is a failure with the reason, not the end of the run. */
function failed(ids: string[], error: unknown): FigureResult[] {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  say(`ERROR in figure ${ids.join(' + ')}: ${reason}`);
  return ids.map((id) => ({
    id,
    title: `Figure ${id}`,
    goal: '',
    measured: `not measured: ${reason}`,
    value: null,
    status: 'fail',
    details: { error: String(error) },
  }));
}

async function login(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login as ${email} answered ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('samla_session='));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie.split(';')[0] as string;
}

/** Both servers must answer with the same JSON, or the comparison means nothing. */
async function sameShape(c: BenchContext): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const [name, path] of [
    ['plan read', planPath(c)],
    ['activity page', activityPagePath(c)],
  ] as const) {
    const [api, limit] = await Promise.all([
      fetch(c.apiUrl + path, { headers: { cookie: c.cookie } }).then((r) => r.json()),
      fetch(c.limitUrl + path).then((r) => r.json()),
    ]);
    const diff = firstDifference(api, limit);
    result[name] = diff ? `differs at ${diff}` : 'identical';
    if (diff) say(`WARNING: ${name} differs between API and limit at ${diff}`);
  }
  return result;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const figures: FigureResult[] = [];
  const server = await openBenchServer(say);
  let api: RunningProcess | undefined;
  let limit: RunningProcess | undefined;
  let machine;
  let data: Record<string, number> | undefined;
  let shape: Record<string, string> = {};
  try {
    if (!(await benchDatabaseExists(server)))
      throw new Error(`No ${BENCH_DATABASE} database: run \`npm run bench:data\` first.`);
    const ids = await withClient(server.ownerUrl, async (db) => {
      const version =
        (await db.query<{ v: string }>(`SELECT split_part(version(), ' on ', 1) AS v`)).rows[0]
          ?.v ?? '';
      // Exact counts (the statistics' estimates drift): a second or so for 1.8 million rows.
      const tables = await db.query<{ t: string }>(
        `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      const counts: Array<{ t: string; n: number }> = [];
      for (const { t } of tables.rows) {
        const n = Number(
          (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]?.n,
        );
        if (n > 0) counts.push({ t, n });
      }
      counts.sort((a, b) => b.n - a.n);
      const plan = await db.query<{ id: string; title: string }>(
        `SELECT p.id, p.title FROM action_plans p JOIN tenants t ON t.id = p.tenant_id
          WHERE t.code = $1 AND p.status = 'in_force' ORDER BY p.title`,
        [BENCH_TENANT_CODE],
      );
      const large = plan.rows.find((p) => p.title.startsWith(LARGE_PLAN_TITLE));
      const standard = plan.rows.find((p) => !p.title.startsWith(LARGE_PLAN_TITLE));
      if (!large || !standard)
        throw new Error('The bench plans are missing: run `npm run bench:data`.');
      return { version, counts, planId: standard.id, largePlanId: large.id };
    });
    machine = describeMachine(ids.version);
    data = Object.fromEntries(ids.counts.map((r) => [r.t, Number(r.n)]));
    say(
      `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.postgres}; load ${machine.loadAverage.atStart.join(' ')}`,
    );

    if (wanted('4a')) figures.push(await adminInitialJs());
    if (SERVER_CASES.some((s) => s.ids.some(wanted))) {
      [api, limit] = await Promise.all([
        startNode(
          // BENCH_API_SCRIPT: another build of the API (an earlier commit's), for before/after.
          process.env.BENCH_API_SCRIPT ?? API_START_SCRIPT,
          {
            ...(process.env.BENCH_API_SCRIPT ? { ADMIN_DIST_DIR: ADMIN_DIST } : {}),
            NODE_ENV: 'production',
            DATABASE_URL: server.ownerUrl,
            DATABASE_APP_PASSWORD: 'samla-bench-app-role',
            PORT: '0',
            DEMO_DATA: 'never',
            LOG_LEVEL: 'warn',
          },
          /running on (http:\/\/localhost:\d+)/,
          120_000,
          // With the flags `npm start` gives it (the heap budget).
          [...API_NODE_FLAGS],
        ),
        startNode(
          new URL('./limit-server.js', import.meta.url).pathname,
          { LIMIT_DATABASE_URL: server.ownerUrl },
          /limit listening on (\S+)/,
        ),
      ]);
      const apiUrl = api.ready.replace('localhost', '127.0.0.1');
      const strategistEmail = benchEmail('strateg', BENCH_TENANT_CODE);
      const context: BenchContext = {
        apiUrl,
        apiPid: api.pid,
        limitUrl: limit.ready,
        cookie: await login(apiUrl, strategistEmail),
        tenantCode: BENCH_TENANT_CODE,
        planId: ids.planId,
        largePlanId: ids.largePlanId,
        strategistEmail,
        password: BENCH_PASSWORD,
        ownerUrl: server.ownerUrl,
      };
      shape = await sameShape(context);
      for (const c of SERVER_CASES) {
        if (!c.ids.some(wanted)) continue;
        say(`figure ${c.ids.join(' + ')} …`);
        const result = await c.run(context).catch((error: unknown) => failed(c.ids, error));
        for (const f of [result].flat()) {
          figures.push(f);
          say(
            `  ${f.id}: ${f.measured} → ${f.value ?? '–'} (${f.status}); load ${currentLoad().join(' ')}`,
          );
        }
      }
    }
  } finally {
    await Promise.all([api?.stop(), limit?.stop()]);
    await server.stop();
  }
  // Alone on the machine's PostgreSQL side: the bench server is stopped by now.
  if (wanted('6')) {
    say('figure 6 …');
    const [f] = await startTime().then(
      (r) => [r],
      (error: unknown) => failed(['6'], error),
    );
    if (f) {
      figures.push(f);
      say(`  ${f.id}: ${f.measured} (${f.status})`);
    }
  }
  if (!machine) return;
  machine.loadAverage.atEnd = currentLoad();
  figures.sort((a, b) => a.id.localeCompare(b.id));
  writeReport({
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine,
    data: data ?? {},
    sameShape: shape,
    figures,
  });
  say(
    process.env.BENCH_RESULTS
      ? `wrote ${process.env.BENCH_RESULTS} (docs/benchmarks.md left as it was)`
      : 'wrote docs/benchmarks.md and bench-results.json',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
