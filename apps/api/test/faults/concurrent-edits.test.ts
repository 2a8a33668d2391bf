import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { faultRuns, reportFigures } from '../support/fault-figures.js';
import { TestApp, type ApiSession } from '../support/test-app.js';

/**
 * Many clients editing the same activity at once, as optimistic concurrency promises
 * (ADR 0004): per version exactly one edit wins, every stale one gets 409 with the current
 * state, and no update is lost. FAULTS_RUNS scales the rounds (`npm run test:faults`).
 */
const CLIENTS = 50;
const ROUNDS = Math.max(3, Math.min(20, Math.round(faultRuns(300) / 500)));
/** Read-modify-write with retries costs about clients² requests: the quick run uses fewer. */
const COUNTING_CLIENTS = ROUNDS > 3 ? CLIENTS : 10;
const INCREMENTS = 2;

describe('concurrent edits of one activity', () => {
  let t: TestApp;
  let clients: ApiSession[];
  let api: string;
  let tenantId: string;

  const newActivity = async (title: string) => {
    const [client] = clients;
    const plan = await client!.post(`${api}/action-plans`, {
      title: `Plan för ${title}`,
      kind: 'action_plan',
      periodFrom: 2025,
      periodTo: 2027,
    });
    expect(plan.status).toBe(201);
    const activity = await client!.post(`${api}/activities`, {
      planId: plan.body.id,
      title,
      level: 'organisation',
      tier: 'preventive',
      budgetSek: 0,
    });
    expect(activity.status).toBe(201);
    return activity.body as { id: string; version: number };
  };

  const auditCount = async (id: string, action: string) => {
    const [row] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1 AND entity_id = $2 AND action = $3`,
      [tenantId, id, action],
    );
    return row?.n ?? 0;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    const tenant = await t.newTenant('1489');
    tenantId = tenant.id;
    api = `/api/v1/tenants/${tenant.code}`;
    // Fifty people, each logged in on their own.
    clients = [];
    for (let i = 0; i < CLIENTS; i++) {
      const user = await t.newUser({ memberships: [{ tenantId, role: 'strategist' }] });
      clients.push(await t.loginAs(user.email));
    }
  }, 180_000);
  afterAll(() => t?.stop());

  it(`lets exactly one of ${CLIENTS} edits of the same version win, ${ROUNDS} rounds, and answers the others 409`, async () => {
    const started = performance.now();
    const activity = await newActivity('Samma version');
    const winners: Array<{ round: number; client: number; version: number }> = [];
    let conflicts = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      // Everyone reads first, so all of them hold the same version…
      const read = await Promise.all(clients.map((c) => c.get(`${api}/activities/${activity.id}`)));
      const versions = new Set(read.map((r) => r.body.version as number));
      expect(versions.size).toBe(1);
      const [version] = [...versions] as [number];
      // …then everyone writes at once.
      const written = await Promise.all(
        clients.map((c, client) =>
          c.patch(`${api}/activities/${activity.id}`, {
            version,
            title: `Runda ${round}, klient ${client}`,
            progress: client,
          }),
        ),
      );
      const ok = written.flatMap((r, client) => (r.status === 200 ? [client] : []));
      const stale = written.filter((r) => r.status === 409);
      expect({
        round,
        ok: ok.length,
        stale: stale.length,
        other: written.length - ok.length - stale.length,
      }).toEqual({
        round,
        ok: 1,
        stale: CLIENTS - 1,
        other: 0,
      });
      const [client] = ok as [number];
      for (const r of stale)
        expect(r.body).toMatchObject({
          code: 'stale_version',
          current: { version: version + 1, title: `Runda ${round}, klient ${client}` },
        });
      conflicts += stale.length;
      winners.push({ round, client, version: version + 1 });
    }
    const [final] = await t.sql<{ version: number; title: string; progress: number }>(
      `SELECT version, title, progress FROM activities WHERE tenant_id = $1 AND id = $2`,
      [tenantId, activity.id],
    );
    const last = winners.at(-1)!;
    expect(final).toEqual({
      version: activity.version + ROUNDS,
      title: `Runda ${ROUNDS}, klient ${last.client}`,
      progress: last.client,
    });
    // One audit record per winning edit, in order, each with the winner's values.
    const audited = await t.sql<{ title: string; version: number }>(
      `SELECT after->>'title' AS title, (after->>'version')::int AS version FROM audit_events
        WHERE tenant_id = $1 AND entity_id = $2 AND action = 'activity.updated' ORDER BY (after->>'version')::int`,
      [tenantId, activity.id],
    );
    expect(audited).toEqual(
      winners.map((w) => ({ title: `Runda ${w.round}, klient ${w.client}`, version: w.version })),
    );
    reportFigures('concurrent-same-version', {
      clients: CLIENTS,
      rounds: ROUNDS,
      requests: ROUNDS * CLIENTS * 2,
      successes: ROUNDS,
      conflicts409: conflicts,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });
  }, 300_000);

  it(`loses no update when ${COUNTING_CLIENTS} clients each add to a value ${INCREMENTS} times, retrying on 409`, async () => {
    const started = performance.now();
    const activity = await newActivity('Räknare');
    let conflicts = 0;
    let requests = 0;
    const addOne = async (client: ApiSession) => {
      for (;;) {
        const current = await client.get(`${api}/activities/${activity.id}`);
        const written = await client.patch(`${api}/activities/${activity.id}`, {
          version: current.body.version,
          budgetSek: (current.body.budgetSek as number) + 1,
        });
        requests += 2;
        if (written.status === 200) return;
        expect(written.status).toBe(409);
        expect(written.body.code).toBe('stale_version');
        conflicts++;
      }
    };
    await Promise.all(
      clients.slice(0, COUNTING_CLIENTS).map(async (client) => {
        for (let i = 0; i < INCREMENTS; i++) await addOne(client);
      }),
    );
    const total = COUNTING_CLIENTS * INCREMENTS;
    const [final] = await t.sql<{ version: number; budget: string }>(
      `SELECT version, budget_sek::text AS budget FROM activities WHERE tenant_id = $1 AND id = $2`,
      [tenantId, activity.id],
    );
    expect(final).toEqual({ version: activity.version + total, budget: String(total) });
    expect(await auditCount(activity.id, 'activity.updated')).toBe(total);
    expect(conflicts).toBeGreaterThan(0);
    reportFigures('concurrent-increments', {
      clients: COUNTING_CLIENTS,
      increments: total,
      requests,
      conflicts409: conflicts,
      lostUpdates: total - Number(final?.budget),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });
  }, 300_000);

  it(`accepts exactly one of ${CLIENTS} progress reports made against the same version`, async () => {
    const activity = await newActivity('Uppföljning');
    const read = await clients[0]!.get(`${api}/activities/${activity.id}`);
    const written = await Promise.all(
      clients.map((c, client) =>
        c.post(`${api}/activities/${activity.id}/progress-updates`, {
          activityVersion: read.body.version,
          date: '2026-06-01',
          status: 'ongoing',
          progress: client,
        }),
      ),
    );
    const ok = written.flatMap((r, client) => (r.status === 201 ? [client] : []));
    expect(written.filter((r) => r.status === 409)).toHaveLength(CLIENTS - 1);
    expect(ok).toHaveLength(1);
    const [state] = await t.sql<{ version: number; progress: number; updates: number }>(
      `SELECT a.version, a.progress,
              (SELECT count(*)::int FROM progress_updates u WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id) AS updates
         FROM activities a WHERE a.tenant_id = $1 AND a.id = $2`,
      [tenantId, activity.id],
    );
    expect(state).toEqual({ version: read.body.version + 1, progress: ok[0], updates: 1 });
    expect(await auditCount(activity.id, 'progress_update.created')).toBe(1);
  }, 120_000);
});
