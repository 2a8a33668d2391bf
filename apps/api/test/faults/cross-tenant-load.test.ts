import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { faultRuns, reportFigures } from '../support/fault-figures.js';
import {
  exampleFor,
  idParameters,
  withRequiredQuery,
  type OpenApiDocument,
  type Operation,
} from '../support/openapi-walk.js';
import { pathWithIdsOf, tenantRoutes } from '../support/tenant-routes.js';
import { TestApp, type ApiSession } from '../support/test-app.js';

/**
 * isolation.test.ts proves one request at a time; this proves it under load. Kommun A's
 * admin hits every tenant route of kommun B, and B's ids under A's own code, many at once,
 * while B's own user works and A reads its own lists, so pooled connections keep switching
 * between the two kommuner. Not one answer may be a 2xx, and no body, A's own included, may
 * carry an id or a title of B's. FAULTS_RUNS scales the repetitions.
 */
const REPEATS = Math.max(1, Math.min(20, Math.round(faultRuns(300) / 1000)));
const CONCURRENCY = 24;
const ATTACKER = '1287'; // Trelleborg
const VICTIM = '1489'; // Alingsås

describe('cross-tenant attempts under load', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let attacker: ApiSession;
  let victimUser: ApiSession;
  let victimUserId: string;
  let victim: { id: string; code: string };
  /** Every id of a row the victim owns, and titles no other kommun uses. */
  let secrets: string[];

  beforeAll(async () => {
    t = await TestApp.start({ DEMO_DATA: 'auto' });
    doc = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
    const tenants = await t.sql<{ id: string; code: string }>(
      `SELECT id, code FROM tenants WHERE code = ANY($1)`,
      [[ATTACKER, VICTIM]],
    );
    const idOf = (code: string) => tenants.find((x) => x.code === code)?.id as string;
    victim = { id: idOf(VICTIM), code: VICTIM };
    attacker = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: idOf(ATTACKER), role: 'tenant_admin' }] }))
        .email,
    );
    const victimAccount = await t.newUser({
      memberships: [{ tenantId: victim.id, role: 'tenant_admin' }],
    });
    victimUserId = victimAccount.id;
    victimUser = await t.loginAs(victimAccount.email);
    const tables = await t.sql<{ table: string; title: boolean }>(
      `SELECT c.table_name AS table, bool_or(c2.column_name IS NOT NULL) AS title
         FROM information_schema.columns c
         LEFT JOIN information_schema.columns c2
           ON c2.table_schema = c.table_schema AND c2.table_name = c.table_name AND c2.column_name = 'title'
        WHERE c.table_schema = 'public' AND c.column_name = 'id'
          AND EXISTS (SELECT 1 FROM information_schema.columns x
                       WHERE x.table_schema = 'public' AND x.table_name = c.table_name AND x.column_name = 'tenant_id')
        GROUP BY 1`,
    );
    secrets = [];
    for (const { table, title } of tables) {
      const rows = await t.sql<{ id: string; title: string | null }>(
        `SELECT id::text, ${title ? 'title' : 'NULL'} AS title FROM ${table} x WHERE tenant_id = $1
            ${title ? `AND NOT EXISTS (SELECT 1 FROM ${table} y WHERE y.tenant_id <> x.tenant_id AND y.title = x.title)` : ''}`,
        [victim.id],
      );
      for (const row of rows)
        secrets.push(row.id, ...(row.title && row.title.length > 8 ? [row.title] : []));
    }
    secrets.push(victim.id);
  }, 120_000);
  afterAll(() => t?.stop());

  // B's own reads may be audited (a downloaded report is); what must not move is the audit
  // trail of anyone else acting in B.
  const victimSnapshot = async () =>
    t.sql(
      `SELECT (SELECT count(*) FROM audit_events
                WHERE tenant_id = $1 AND actor_user_id IS DISTINCT FROM $2) AS audit,
              (SELECT md5(string_agg(x::text, ',' ORDER BY x.id)) FROM activities x WHERE tenant_id = $1) AS activities,
              (SELECT md5(string_agg(x::text, ',' ORDER BY x.id)) FROM action_plans x WHERE tenant_id = $1) AS plans`,
      [victim.id, victimUserId],
    );

  /** Runs `tasks` with at most `limit` at a time. */
  const pool = async (tasks: Array<() => Promise<void>>, limit: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: limit }, async () => {
        while (next < tasks.length) await tasks[next++]!();
      }),
    );
  };

  it('lets no route answer kommun A with kommun B’s data, with both kommuner busy at once', async () => {
    const started = performance.now();
    const before = await victimSnapshot();
    const routes = tenantRoutes(doc);
    expect(routes.length).toBeGreaterThanOrEqual(60);
    const leaks: Array<{ route: string; status: number; found?: string }> = [];
    const tally = {
      attacks: 0,
      attackStatuses: {} as Record<number, number>,
      legitimate: 0,
      victimSawOwn: 0,
    };
    const bodyOf = (op: Operation) => exampleFor(doc, op.bodySchema) as object | undefined;
    const leakedIn = (text: string) => secrets.find((s) => text.includes(s));

    const attempts: Array<{ op: Operation; path: string }> = [];
    for (const op of routes) {
      // B's code, B's ids: a kommun A does not belong to.
      attempts.push({ op, path: await pathWithIdsOf(t, op, victim, VICTIM) });
      // A's own code with B's ids.
      if (idParameters(op.path).length)
        attempts.push({ op, path: await pathWithIdsOf(t, op, victim, ATTACKER) });
    }
    const readsOfVictim = routes.filter((op) => op.method === 'get');
    const tasks: Array<() => Promise<void>> = [];
    for (let r = 0; r < REPEATS; r++) {
      for (const { op, path } of attempts)
        tasks.push(async () => {
          const response = await attacker.call(
            op.method,
            withRequiredQuery(doc, op, path),
            bodyOf(op),
          );
          tally.attacks++;
          tally.attackStatuses[response.status] = (tally.attackStatuses[response.status] ?? 0) + 1;
          const found = leakedIn(response.text ?? '');
          if (response.status < 300 || response.status >= 500 || found)
            leaks.push({
              route: `${op.method.toUpperCase()} ${path}`,
              status: response.status,
              found,
            });
        });
      // Legitimate work interleaved: B reads its own data, A reads its own lists.
      for (const op of readsOfVictim)
        tasks.push(async () => {
          const own = await victimUser.get(
            withRequiredQuery(doc, op, await pathWithIdsOf(t, op, victim, VICTIM)),
          );
          expect(own.status).toBeLessThan(500);
          tally.legitimate++;
          if (leakedIn(own.text ?? '')) tally.victimSawOwn++;
        });
      for (const op of readsOfVictim.filter((o) => idParameters(o.path).length === 0))
        tasks.push(async () => {
          const own = await attacker.get(
            withRequiredQuery(doc, op, op.path.replace('{code}', ATTACKER)),
          );
          tally.legitimate++;
          const found = leakedIn(own.text ?? '');
          if (found) leaks.push({ route: `GET ${op.path} (own)`, status: own.status, found });
        });
    }
    // Shuffle deterministically so the attacks and the legitimate reads interleave.
    let seed = 1489;
    for (let i = tasks.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [tasks[i], tasks[j]] = [tasks[j]!, tasks[i]!];
    }
    await pool(tasks, CONCURRENCY);

    expect(leaks).toEqual([]);
    // The detector works: B's own answers do carry B's ids and titles.
    expect(tally.victimSawOwn).toBeGreaterThan(routes.length / 4);
    expect(tally.attackStatuses).toEqual({ 404: tally.attacks });
    expect(await victimSnapshot()).toEqual(before);
    reportFigures('cross-tenant', {
      routes: routes.length,
      repeats: REPEATS,
      attacks: tally.attacks,
      legitimateRequests: tally.legitimate,
      concurrency: CONCURRENCY,
      secretsWatched: secrets.length,
      leaks: leaks.length,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });
  }, 600_000);
});
