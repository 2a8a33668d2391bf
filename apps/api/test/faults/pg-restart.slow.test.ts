import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../../src/database/embedded-postgres.js';
import { reportFigures } from '../support/fault-figures.js';
import { TestApp, type ApiSession } from '../support/test-app.js';

/**
 * PostgreSQL stopped and started again while clients write: `/api/health` says so (503,
 * database down), the API answers 503 rather than 500 meanwhile and recovers by itself (same
 * process), and no write is left half-done: each multi-row write (a plan revision copying
 * goals and activities, an activity with its units, a progress report moving its activity)
 * is afterwards either all there or not at all. The test runs its own PostgreSQL so it can
 * stop it.
 */
const WORKERS = 8;
const GOALS = 3;
const ACTIVITIES = 20;

interface Outcome {
  kind: 'revision' | 'activity' | 'progress';
  status: number | 'network';
  marker?: string;
}

describe('PostgreSQL restarted under load', () => {
  let dir: string;
  let port: number;
  let database: EmbeddedDatabase;
  let t: TestApp;
  let session: ApiSession;
  let api: string;
  let tenantId: string;
  let units: string[];

  const startDatabase = () => startEmbeddedPostgres({ dataDir: dir, port, database: 'postgres' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samla-faults-pg-'));
    // Below Linux's ephemeral range (32768–60999), so no outgoing connection holds it.
    port = 20000 + Math.floor(Math.random() * 12000);
    database = await startDatabase();
    t = await TestApp.start({}, { serverUrl: database.url });
    const tenant = await t.newTenant('1489');
    tenantId = tenant.id;
    api = `/api/v1/tenants/${tenant.code}`;
    session = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId, role: 'strategist' }] })).email,
    );
    units = [];
    for (const name of ['Socialnämnden', 'Barn- och utbildningsnämnden']) {
      const unit = await session.post(`${api}/org-units`, { name, kind: 'committee' });
      expect(unit.status).toBe(201);
      units.push(unit.body.id as string);
    }
  }, 180_000);

  afterAll(async () => {
    await t?.stop().catch(() => undefined);
    await database?.stop().catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  /** A plan with GOALS goals and ACTIVITIES activities, to copy as revisions. */
  const sourcePlan = async (worker: number) => {
    const plan = await session.post(`${api}/action-plans`, {
      title: `Källplan ${worker}`,
      kind: 'action_plan',
      periodFrom: 2025,
      periodTo: 2028,
    });
    expect(plan.status).toBe(201);
    for (let g = 0; g < GOALS; g++)
      expect(
        (await session.post(`${api}/action-plans/${plan.body.id}/goals`, { title: `Mål ${g}` }))
          .status,
      ).toBe(201);
    for (let a = 0; a < ACTIVITIES; a++)
      expect(
        (
          await session.post(`${api}/activities`, {
            planId: plan.body.id,
            title: `Aktivitet ${a}`,
            level: 'organisation',
            tier: 'preventive',
            participatingUnitIds: units,
          })
        ).status,
      ).toBe(201);
    return plan.body.id as string;
  };

  const health = async () => {
    const response = await t.http.get('/api/health').timeout(5000);
    return { status: response.status, database: response.body?.database?.status as string };
  };

  const waitForHealth = async (status: number, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    const started = Date.now();
    for (;;) {
      const now = await health().catch(() => ({ status: 0, database: 'unknown' }));
      if (now.status === status) return { ...now, ms: Date.now() - started };
      if (Date.now() > deadline)
        throw new Error(`/api/health stayed ${JSON.stringify(now)}, not ${status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('reports the outage, answers 503 not 500, recovers without a restart, and leaves no write half-done', async () => {
    const started = performance.now();
    expect(await health()).toEqual({ status: 200, database: 'up' });
    const sources = await Promise.all(Array.from({ length: WORKERS }, (_, w) => sourcePlan(w)));
    const target = await session.post(`${api}/action-plans`, {
      title: 'Nya aktiviteter',
      kind: 'action_plan',
      periodFrom: 2025,
      periodTo: 2028,
    });
    const counters = await Promise.all(
      sources.map(async (_, w) => {
        const created = await session.post(`${api}/activities`, {
          planId: target.body.id,
          title: `Räknare ${w}`,
          level: 'organisation',
          tier: 'preventive',
        });
        expect(created.status).toBe(201);
        return created.body.id as string;
      }),
    );

    const outcomes: Outcome[] = [];
    let running = true;
    const worker = async (w: number) => {
      for (let n = 0; running; n++) {
        const step = n % 3;
        try {
          if (step === 0) {
            const r = await session
              .post(`${api}/action-plans/${sources[w]}/revisions`)
              .timeout(15_000);
            outcomes.push({ kind: 'revision', status: r.status });
          } else if (step === 1) {
            const marker = `Skrivning ${w}-${n}`;
            const r = await session
              .post(`${api}/activities`, {
                planId: target.body.id,
                title: marker,
                level: 'society',
                tier: 'promotive',
                participatingUnitIds: units,
              })
              .timeout(15_000);
            outcomes.push({ kind: 'activity', status: r.status, marker });
          } else {
            const current = await session.get(`${api}/activities/${counters[w]}`).timeout(15_000);
            if (current.status !== 200) {
              outcomes.push({ kind: 'progress', status: current.status });
            } else {
              // Each report dated later than the last, so each one moves the activity.
              const day = new Date(Date.UTC(2026, 0, 1) + n * 86_400_000)
                .toISOString()
                .slice(0, 10);
              const r = await session
                .post(`${api}/activities/${counters[w]}/progress-updates`, {
                  activityVersion: current.body.version,
                  date: day,
                  status: 'ongoing',
                  progress: n % 101,
                })
                .timeout(15_000);
              outcomes.push({ kind: 'progress', status: r.status });
            }
          }
        } catch {
          outcomes.push({
            kind: step === 0 ? 'revision' : step === 1 ? 'activity' : 'progress',
            status: 'network',
          });
        }
      }
    };
    const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));

    // Let the load settle, then stop PostgreSQL under it.
    await new Promise((r) => setTimeout(r, 2000));
    const beforeOutage = outcomes.length;
    const apiPid = t.pid;
    await database.stop();
    const down = await waitForHealth(503, 15_000);
    expect(down.database).toBe('down');
    await new Promise((r) => setTimeout(r, 2000));
    const duringOutage = outcomes.length;
    database = await startDatabase();
    const up = await waitForHealth(200, 60_000);
    expect(up.database).toBe('up');
    const recoveredAfterMs = up.ms;
    // Keep writing a while after recovery: the API must serve writes again.
    const atRecovery = outcomes.length;
    await new Promise((r) => setTimeout(r, 3000));
    running = false;
    await Promise.all(workers);
    const afterRecovery = outcomes.slice(atRecovery);
    // The same API process served before, during and after: it was not restarted.
    expect({ pid: t.pid, running: t.running }).toEqual({ pid: apiPid, running: true });

    // No 500 at any time; during the outage refusals are 503s (or the connection dropped).
    const statuses: Record<string, number> = {};
    for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
    expect(outcomes.filter((o) => o.status === 500)).toEqual([]);
    expect(
      outcomes.filter(
        (o) =>
          typeof o.status === 'number' && o.status >= 400 && o.status !== 503 && o.status !== 409,
      ),
    ).toEqual([]);
    expect(statuses['503'] ?? 0).toBeGreaterThan(0);
    expect(afterRecovery.filter((o) => o.status === 201).length).toBeGreaterThan(0);

    // Every revision complete: a plan copied from a source has all its goals and activities,
    // each activity its units, and one audit record.
    const revisions = await t.sql<{
      id: string;
      goals: number;
      activities: number;
      units: number;
      audit: number;
    }>(
      `SELECT p.id,
              (SELECT count(*)::int FROM goals g WHERE g.tenant_id = p.tenant_id AND g.plan_id = p.id) AS goals,
              (SELECT count(*)::int FROM activities a WHERE a.tenant_id = p.tenant_id AND a.plan_id = p.id) AS activities,
              (SELECT count(*)::int FROM activity_units u JOIN activities a ON a.tenant_id = u.tenant_id AND a.id = u.activity_id
                WHERE a.tenant_id = p.tenant_id AND a.plan_id = p.id) AS units,
              (SELECT count(*)::int FROM audit_events e WHERE e.tenant_id = p.tenant_id AND e.action = 'action_plan.revision_created'
                AND e.entity_id = p.id::text) AS audit
         FROM action_plans p WHERE p.tenant_id = $1 AND p.revision_of_id = ANY($2)`,
      [tenantId, sources],
    );
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions)
      expect(r).toEqual({
        id: r.id,
        goals: GOALS,
        activities: ACTIVITIES,
        units: ACTIVITIES * units.length,
        audit: 1,
      });
    const revisionsAnswered = outcomes.filter(
      (o) => o.kind === 'revision' && o.status === 201,
    ).length;
    expect(revisions.length).toBeGreaterThanOrEqual(revisionsAnswered);

    // Every new activity with both its units and its audit record; every 201 is in the database.
    const activities = await t.sql<{ title: string; units: number; audit: number }>(
      `SELECT a.title,
              (SELECT count(*)::int FROM activity_units u WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id) AS units,
              (SELECT count(*)::int FROM audit_events e WHERE e.tenant_id = a.tenant_id AND e.entity_id = a.id::text AND e.action = 'activity.created') AS audit
         FROM activities a WHERE a.tenant_id = $1 AND a.title LIKE 'Skrivning %'`,
      [tenantId],
    );
    for (const a of activities)
      expect(a).toEqual({ title: a.title, units: units.length, audit: 1 });
    const stored = new Set(activities.map((a) => a.title));
    const acknowledged = outcomes.filter((o) => o.kind === 'activity' && o.status === 201);
    expect(acknowledged.filter((o) => !stored.has(o.marker as string))).toEqual([]);

    // Every progress report moved its activity by one version, with one audit record each.
    const counted = await t.sql<{
      version: number;
      reports: number;
      audit: number;
      latest: boolean;
    }>(
      `SELECT a.version,
              (SELECT count(*)::int FROM progress_updates u WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id) AS reports,
              (SELECT count(*)::int FROM audit_events e WHERE e.tenant_id = a.tenant_id AND e.entity_id = a.id::text AND e.action = 'progress_update.created') AS audit,
              a.progress IS NOT DISTINCT FROM (SELECT u.progress FROM progress_updates u WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id ORDER BY u.date DESC LIMIT 1)
                OR NOT EXISTS (SELECT 1 FROM progress_updates u WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id) AS latest
         FROM activities a WHERE a.tenant_id = $1 AND a.id = ANY($2)`,
      [tenantId, counters],
    );
    for (const c of counted)
      expect(c).toEqual({
        version: 1 + c.reports,
        reports: c.reports,
        audit: c.reports,
        latest: true,
      });

    reportFigures('pg-restart', {
      workers: WORKERS,
      requests: outcomes.length,
      beforeOutage,
      duringOutage: duringOutage - beforeOutage,
      statuses,
      healthDownAfterMs: down.ms,
      recoveredAfterMs,
      revisionsChecked: revisions.length,
      activitiesChecked: activities.length,
      progressReports: counted.reduce((n, c) => n + c.reports, 0),
      halfDone: 0,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });
  }, 300_000);
});
