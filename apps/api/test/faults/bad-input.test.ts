import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { badRequests, type BadRequest } from '../support/bad-inputs.js';
import { changedTables, fingerprint, fingerprintQuery } from '../support/db-fingerprint.js';
import { faultRuns, faultSeed, reportFigures } from '../support/fault-figures.js';
import {
  operations,
  tableForSegment,
  type OpenApiDocument,
  type Operation,
} from '../support/openapi-walk.js';
import { pathWithIdsOf } from '../support/tenant-routes.js';
import { TestApp, type ApiSession } from '../support/test-app.js';

/**
 * Generated bad input (fast-check, from the OpenAPI document) on every write route: each
 * request has exactly one thing wrong. Every answer must be a 4xx with an error code and a
 * message (naming the field, for a field), and the database must be unchanged after each.
 * FAULTS_RUNS sets the number of requests (a few hundred in `npm test`, 10,000 in
 * `npm run test:faults`); FAULTS_SEED replays a run.
 */
const RUNS = faultRuns(300);
const SEED = faultSeed();
const CODE = '1489'; // Alingsås: the demo has a row of every tenant-owned table

/** Ids for the routes outside a kommun, by path segment (their tables are not named after it). */
const PLATFORM_TABLES: Record<string, string> = {
  templates: 'plan_templates',
  methods: 'methods',
  indicators: 'platform_indicators',
  tokens: 'api_tokens',
};

/** Path parameters that are no table's `id`: how to find a real value (a län, a coordinator). */
const PLATFORM_VALUES: Record<string, string> = {
  regions: `SELECT lanskod AS id FROM region_coordinators ORDER BY lanskod, user_id LIMIT 1`,
  coordinators: `SELECT user_id::text AS id FROM region_coordinators ORDER BY lanskod, user_id LIMIT 1`,
};

/** Logging out has no input to get wrong: any request to it is a good one. */
const NOT_INPUT_ROUTES = new Set(['post /api/v1/auth/logout']);

interface Failure {
  route: string;
  kind: string;
  field?: string;
  status: number;
  body: unknown;
  changed?: string[];
}

describe('bad input on every write route', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let session: ApiSession;
  let tenant: { id: string; code: string };

  beforeAll(async () => {
    t = await TestApp.start({ DEMO_DATA: 'auto' });
    doc = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
    const [row] = await t.sql<{ id: string }>(`SELECT id FROM tenants WHERE code = $1`, [CODE]);
    tenant = { id: row?.id as string, code: CODE };
    // The widest rights, so an answer is about the input, not a 403.
    const user = await t.newUser({
      platformAdmin: true,
      memberships: [{ tenantId: tenant.id, role: 'tenant_admin' }],
    });
    session = await t.loginAs(user.email);
    // A token of the user's own, for the route that revokes one.
    expect((await session.post('/api/v1/auth/tokens', { label: 'Fel-test' })).status).toBe(201);
  }, 120_000);
  afterAll(() => t?.stop());

  const writeRoutes = () =>
    operations(doc).filter(
      (op) => op.method !== 'get' && !NOT_INPUT_ROUTES.has(`${op.method} ${op.path}`),
    );

  /** The route's path with real ids, so only the generated mutation is wrong. */
  const validPath = async (op: Operation): Promise<string> => {
    if (op.path.includes('{code}')) return pathWithIdsOf(t, op, tenant, CODE);
    let path = op.path;
    for (const match of op.path.matchAll(/([\w-]+)\/\{(\w+)\}/g)) {
      const [, segment = '', name = ''] = match;
      const table = PLATFORM_TABLES[segment] ?? tableForSegment(segment);
      const [first] = await t.sql<{ id: string }>(
        PLATFORM_VALUES[segment] ?? `SELECT id::text FROM ${table} LIMIT 1`,
      );
      if (!first) throw new Error(`${op.operationId}: no ${table} row to aim at`);
      path = path.replace(`{${name}}`, first.id);
    }
    return path;
  };

  const send = (op: Operation, bad: BadRequest, language: 'sv' | 'en') => {
    session.language = language;
    if (!bad.raw) return session.call(op.method, bad.path, bad.body as object | undefined);
    const m = op.method as 'post' | 'put' | 'patch' | 'delete';
    return t.http[m](bad.path)
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .set('Accept-Language', language)
      .set('Content-Type', bad.raw.contentType)
      .send(bad.raw.text);
  };

  /** What is wrong with an answer to a bad request; undefined when it is a clear refusal. */
  const problemWith = (bad: BadRequest, status: number, body: Record<string, unknown>) => {
    if (status < 400 || status >= 500) return `status ${status}`;
    if (typeof body.code !== 'string' || typeof body.message !== 'string' || !body.message)
      return 'no error code and message';
    if (bad.kind === 'wrong-content-type' && status !== 415) return `status ${status}, not 415`;
    if (body.code !== 'validation_failed') return bad.field ? `code ${body.code}` : undefined;
    const issues = body.issues as Array<{ field: string; message: string }> | undefined;
    if (!issues?.length || issues.some((i) => typeof i.field !== 'string' || !i.message))
      return 'validation_failed without issues naming fields';
    if (
      bad.field &&
      !issues.some((i) => i.field === bad.field || i.field.startsWith(`${bad.field}.`))
    )
      return `no issue names ${bad.field}`;
    return undefined;
  };

  it(`answers ${RUNS} generated bad requests with a clear 4xx and leaves the database unchanged`, async () => {
    const started = performance.now();
    const routes = writeRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(60);
    const perRoute = Math.ceil(RUNS / routes.length);
    const query = await fingerprintQuery(t);
    const failures: Failure[] = [];
    const byKind: Record<string, number> = {};
    const byStatus: Record<number, number> = {};
    let sent = 0;
    let index = 0;
    for (const op of routes) {
      const path = await validPath(op);
      const cases = fc.sample(badRequests(doc, op, path), {
        numRuns: perRoute,
        seed: SEED + index++,
      });
      let before = await fingerprint(t, query);
      for (const bad of cases) {
        const response = await send(op, bad, sent % 2 ? 'en' : 'sv');
        sent++;
        byKind[bad.kind] = (byKind[bad.kind] ?? 0) + 1;
        byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
        const after = await fingerprint(t, query);
        const changed = changedTables(before, after);
        const problem = problemWith(bad, response.status, response.body as Record<string, unknown>);
        if (problem || changed.length)
          failures.push({
            route: `${op.method.toUpperCase()} ${op.path}: ${problem ?? 'database changed'}`,
            kind: bad.kind,
            field: bad.field,
            status: response.status,
            body: response.body,
            changed,
          });
        before = after;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    reportFigures('bad-input', {
      routes: routes.length,
      requests: sent,
      seed: SEED,
      byKind,
      byStatus,
      failures: failures.length,
      seconds: Math.round(seconds),
    });
    // One line per distinct problem, with one example, so a run names every bug at once.
    const distinct = new Map<string, Failure>();
    for (const f of failures)
      if (!distinct.has(`${f.route} ${f.kind}`)) distinct.set(`${f.route} ${f.kind}`, f);
    expect([...distinct.values()].slice(0, 30)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(RUNS);
  }, 3_600_000);
});
