import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { reportFigures } from '../support/fault-figures.js';
import { TestApp, type ApiSession } from '../support/test-app.js';

/**
 * The API killed with SIGKILL while it writes a large confirmed import (one transaction in
 * the background): PostgreSQL rolls the transaction back, so afterwards not one row of the
 * import is in the database, and the next start marks the import failed. The kill is aimed
 * mid-write: after the progress shows rows written and while pg_stat_activity shows the
 * import's transaction open.
 */
/** The largest import a user can make (MAX_IMPORT_ROWS in transfer.service.ts). */
const ROWS = 10_000;
const COLUMNS = [
  'Mål',
  'Titel',
  'Beskrivning',
  'Ansvarig enhet',
  'Medverkande enheter',
  'Nivå',
  'Insatstyp',
  'Målgrupper',
  'Våldsformer',
  'Metod',
  'Startdatum',
  'Slutdatum',
  'Budget (kr)',
  'Finansiering',
  'Status',
  'Genomfört (%)',
  'Vikt',
];

const csv = (rows: string[][]) =>
  Buffer.from('\ufeff' + rows.map((r) => r.join(';')).join('\r\n'), 'utf8');

describe('the API killed during a large import', () => {
  let first: TestApp;
  let second: TestApp | undefined;
  let session: ApiSession;
  let tenantId: string;
  let api: string;

  beforeAll(async () => {
    first = await TestApp.start();
    const tenant = await first.newTenant('1489');
    tenantId = tenant.id;
    api = `/api/v1/tenants/${tenant.code}`;
    session = await first.loginAs(
      (await first.newUser({ memberships: [{ tenantId, role: 'strategist' }] })).email,
    );
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  const counts = async (planId: string) =>
    (
      await first.sql<{ activities: number; units: number; audit: number; newest: string | null }>(
        `SELECT (SELECT count(*)::int FROM activities WHERE tenant_id = $1 AND plan_id = $2) AS activities,
                (SELECT count(*)::int FROM activity_units u JOIN activities a ON a.tenant_id = u.tenant_id AND a.id = u.activity_id
                  WHERE a.tenant_id = $1 AND a.plan_id = $2) AS units,
                (SELECT count(*)::int FROM audit_events WHERE tenant_id = $1 AND action = 'activities.imported') AS audit,
                (SELECT max(title) FROM activities WHERE tenant_id = $1 AND plan_id = $2 AND title LIKE 'Import %') AS newest`,
        [tenantId, planId],
      )
    )[0];

  it(`leaves nothing of a ${ROWS.toLocaleString('en')}-row import in the database`, async () => {
    const started = performance.now();
    const plan = await session.post(`${api}/action-plans`, {
      title: 'Stor import',
      kind: 'action_plan',
      periodFrom: 2025,
      periodTo: 2028,
    });
    expect(plan.status).toBe(201);
    const planId = plan.body.id as string;
    expect(
      (await session.post(`${api}/action-plans/${planId}/goals`, { title: 'Mål A' })).status,
    ).toBe(201);
    for (const [name, shortName] of [
      ['Socialnämnden', 'SN'],
      ['Kultur- och fritidsnämnden', 'KFN'],
    ])
      expect(
        (await session.post(`${api}/org-units`, { name, shortName, kind: 'committee' })).status,
      ).toBe(201);
    // What the plan held before: it must hold exactly that afterwards.
    const existing = await session.post(`${api}/activities`, {
      planId,
      title: 'Fanns före importen',
      level: 'society',
      tier: 'promotive',
    });
    expect(existing.status).toBe(201);
    const before = await counts(planId);

    const rows = [COLUMNS];
    for (let i = 1; i <= ROWS; i++)
      rows.push([
        'Mål A',
        `Import ${String(i).padStart(6, '0')}`,
        `Beskrivning av rad ${i}`,
        'SN',
        i % 2 ? 'KFN' : '',
        'Organisation',
        'Förebyggande',
        'Invånare',
        'Mäns våld mot kvinnor (MVK)',
        'Egen metod',
        '2025-01-01',
        '2026-06-30',
        String(i),
        'Kommunal budget',
        'Pågår',
        String(i % 101),
        '1',
      ]);
    const previewStarted = performance.now();
    const previewed = await first.http
      .post(`${api}/action-plans/${planId}/import`)
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .attach('file', csv(rows), 'stor.csv')
      .timeout(120_000);
    const previewMs = Math.round(performance.now() - previewStarted);
    expect(previewed.status).toBe(201);
    expect(previewed.body.summary).toMatchObject({ created: ROWS, rejected: [] });
    const importId = previewed.body.id as string;

    const confirmed = await session.post(
      `${api}/action-plans/${planId}/imports/${importId}/confirm`,
    );
    expect(confirmed.status).toBe(202);
    // Wait until many rows are written, and the import's transaction is open in PostgreSQL.
    let processedAtKill = 0;
    let openTransactions = 0;
    for (let i = 0; i < 6000 && !processedAtKill; i++) {
      const view = await session.get(`${api}/action-plans/${planId}/imports/${importId}`);
      expect(view.body.status).toBe('running');
      // A quarter in, so thousands of rows sit in the open transaction when it dies.
      if (view.body.processedRows >= ROWS / 4) {
        const [open] = await first.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND usename = 'samla_app' AND xact_start IS NOT NULL
              AND now() - xact_start > interval '50 milliseconds'`,
        );
        openTransactions = open?.n ?? 0;
        if (openTransactions > 0) {
          await first.kill('SIGKILL');
          processedAtKill = view.body.processedRows as number;
        }
      } else await new Promise((r) => setTimeout(r, 10));
    }
    expect(processedAtKill).toBeGreaterThan(0);
    expect(processedAtKill).toBeLessThan(ROWS);
    expect(openTransactions).toBeGreaterThan(0);

    // PostgreSQL notices the dead client and rolls its transaction back.
    for (let i = 0; i < 300; i++) {
      const [left] = await first.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename = 'samla_app'`,
      );
      if (!left?.n) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const afterKill = await counts(planId);
    expect(afterKill).toEqual(before);
    const [job] = await first.sql<{ status: string }>(
      `SELECT status FROM imports WHERE tenant_id = $1 AND id = $2`,
      [tenantId, importId],
    );
    expect(job?.status).toBe('running'); // as the dead process left it

    // The next start marks it failed; the user is told to upload again, and can.
    second = await TestApp.start({}, { database: first.databaseName });
    const again = await second.loginAs(
      (await second.newUser({ memberships: [{ tenantId, role: 'strategist' }] })).email,
    );
    const view = await again.get(`${api}/action-plans/${planId}/imports/${importId}`);
    expect(view.body).toMatchObject({ status: 'failed', error: { code: 'import_interrupted' } });
    expect(await counts(planId)).toEqual(before);
    const small = await second.http
      .post(`${api}/action-plans/${planId}/import`)
      .set('Cookie', again.cookie)
      .set('X-CSRF-Token', again.csrfToken)
      .attach('file', csv(rows.slice(0, 3)), 'liten.csv');
    expect(small.status).toBe(201);
    expect(
      (await again.post(`${api}/action-plans/${planId}/imports/${small.body.id}/confirm`)).status,
    ).toBe(202);
    for (let i = 0; i < 200; i++) {
      const done = await again.get(`${api}/action-plans/${planId}/imports/${small.body.id}`);
      if (done.body.status !== 'running') {
        expect(done.body.status).toBe('done');
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await counts(planId))?.activities).toBe((before?.activities ?? 0) + 2);

    reportFigures('import-kill', {
      rows: ROWS,
      previewMs,
      processedAtKill,
      openTransactionsAtKill: openTransactions,
      rowsLeftAfterKill: (afterKill?.activities ?? 0) - (before?.activities ?? 0),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });
  }, 600_000);
});
