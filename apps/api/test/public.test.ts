import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SMALL_NUMBER_THRESHOLD, type PublicPage } from '@samla/domain';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { deriveAppUrl, DEV_APP_DB_PASSWORD } from '../src/config/app-config.js';
import { TestApp, type ApiSession } from './support/test-app.js';

/**
 * Public pages (/k/{kommunkod}): off by default, and when on, only the published plans of
 * the publishing kommun, without internal comments, names or small numbers — enforced by
 * the API and, underneath, by row-level security.
 */
describe('public pages', () => {
  let t: TestApp;
  let trelleborg: { id: string; code: string };
  let alingsas: { id: string; code: string };
  let admin: ApiSession;
  let alingsasAdmin: ApiSession;
  const api = '/api/v1/tenants/1287/publication';

  const page = async (code: string) =>
    (await t.http.get(`/api/v1/public/${code}`)).body as PublicPage;
  const tenant = async (code: string) =>
    (
      await t.sql<{ id: string; code: string }>(`SELECT id, code FROM tenants WHERE code = $1`, [
        code,
      ])
    )[0] as {
      id: string;
      code: string;
    };

  beforeAll(async () => {
    // The demo: Trelleborg publishes its plan in force; Alingsås and Malung-Sälen do not.
    t = await TestApp.start({ DEMO_DATA: 'auto' });
    trelleborg = await tenant('1287');
    alingsas = await tenant('1489');
    admin = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: trelleborg.id, role: 'tenant_admin' }] })).email,
    );
    alingsasAdmin = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: alingsas.id, role: 'tenant_admin' }] })).email,
    );
  }, 60_000);
  afterAll(() => t.stop());

  it('is off by default: a kommun that has not published answers the same 404 as an unknown one', async () => {
    expect((await alingsasAdmin.get('/api/v1/tenants/1489/publication')).body).toMatchObject({
      published: false,
      planIds: [],
      path: '/k/1489',
      version: 0,
    });
    const answers = [];
    for (const code of ['1489', '0114', '9999', 'abcd']) {
      const json = await t.http.get(`/api/v1/public/${code}`);
      const html = await t.http.get(`/k/${code}`);
      expect([json.status, html.status]).toEqual([404, 404]);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      answers.push({
        code: json.body.code,
        message: json.body.message,
        html: html.text,
        cache: [json.headers['cache-control'], html.headers['cache-control']],
      });
    }
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.html).toContain('Sidan finns inte');
  });

  it("shows a publishing kommun's plan: goals, activities, progress and indicators, as JSON and as HTML", async () => {
    const body = await page('1287');
    expect(body.kommun).toEqual({ code: '1287', name: 'Trelleborg' });
    expect(body.plans.map((p) => p.title)).toEqual([
      'Handlingsplan mot våld i nära relationer 2021–2026',
    ]);
    const [plan] = body.plans;
    expect(plan?.status).toBe('in_force');
    expect(plan?.goals.length).toBeGreaterThan(0);
    expect(plan?.activities.length).toBeGreaterThan(3);
    expect(plan?.progress).toEqual(expect.any(Number));
    expect(plan?.indicators.map((i) => i.nameSv)).toEqual(
      expect.arrayContaining(['Samtal med våldsutsatta', 'Skyddsplaceringar']),
    );

    const html = await t.http.get('/k/1287');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['cache-control']).toBe('public, max-age=60');
    expect(html.text).toMatch(/^<!doctype html><html lang="sv">/);
    expect(html.text).toContain('Hoppa till innehållet');
    expect(html.text).not.toContain('<script');
    for (const title of [plan?.title, plan?.goals[0]?.title, plan?.activities[0]?.title])
      expect(html.text).toContain(escapeHtml(title as string));
    // Small on a phone's connection.
    expect(Buffer.byteLength(html.text)).toBeLessThan(40_000);
    // The admin's index.html fallback does not swallow /k/.
    expect((await t.http.get('/k/1287/')).text).toBe(html.text);
    expect((await t.http.get('/k/1287/goals')).status).toBe(404);
  });

  it('leaks no internal comment, no name or e-mail, and no budget', async () => {
    const json = JSON.stringify(await page('1287'));
    const html = (await t.http.get('/k/1287')).text;
    const comments = await t.sql<{ comment: string }>(
      `SELECT comment FROM progress_updates WHERE tenant_id = $1 AND comment IS NOT NULL AND length(comment) > 12`,
      [trelleborg.id],
    );
    const people = await t.sql<{ email: string; display_name: string }>(
      `SELECT u.email, u.display_name FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.tenant_id = $1`,
      [trelleborg.id],
    );
    expect(comments.length).toBeGreaterThan(0);
    expect(people.length).toBeGreaterThan(0);
    for (const text of [json, html]) {
      for (const { comment } of comments) expect(text).not.toContain(escapeHtml(comment));
      for (const { comment } of comments) expect(text).not.toContain(comment);
      for (const person of people) {
        expect(text).not.toContain(person.email);
        expect(text).not.toContain(person.display_name);
      }
      expect(text).not.toMatch(/budget|@/i);
    }
  });

  it('suppresses small numbers, never showing them as 0, nor letting them be derived', async () => {
    const body = await page('1287');
    const placements = body.plans[0]?.indicators.find((i) => i.nameSv === 'Skyddsplaceringar');
    expect(placements?.unit).toBe('count');
    const figures = placements?.figures ?? [];
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      if (f.state === 'value') expect(f.value).toBeGreaterThanOrEqual(SMALL_NUMBER_THRESHOLD);
      else expect(f.value).toBeNull();
    }
    expect(figures.filter((f) => f.state === 'suppressed').length).toBeGreaterThan(10);
    // A year total shown beside months: never exactly one month hidden in it.
    for (const total of figures.filter((f) => f.yearTotal && f.state === 'value')) {
      const hidden = figures.filter(
        (f) => !f.yearTotal && f.period.startsWith(total.period) && f.state === 'suppressed',
      );
      expect(hidden.length === 0 || hidden.length > 1).toBe(true);
    }
    // What the database holds is really there: the page hid it.
    const [raw] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM measurements m JOIN indicators i ON i.tenant_id = m.tenant_id AND i.id = m.indicator_id
        WHERE m.tenant_id = $1 AND i.name_sv = 'Skyddsplaceringar' AND m.value < 5`,
      [trelleborg.id],
    );
    expect(raw?.n).toBeGreaterThan(10);
    const html = (await t.http.get('/k/1287')).text;
    expect(html).toContain('skyddat');
  });

  it("never shows a plan the kommun has not published, nor another kommun's data", async () => {
    const hidden = await t.sql<{ id: string }>(
      `INSERT INTO action_plans (tenant_id, id, title, kind, period_from, period_to, status)
       VALUES ($1, $2, 'Intern plan som inte publiceras', 'action_plan', 2024, 2027, 'in_force') RETURNING id`,
      [trelleborg.id, randomUUID()],
    );
    await t.sql(
      `INSERT INTO goals (tenant_id, id, plan_id, lineage_id, title) VALUES ($1, $2, $3, $2, 'Hemligt mål')`,
      [trelleborg.id, randomUUID(), hidden[0]?.id],
    );
    const json = JSON.stringify(await page('1287'));
    expect(json).not.toContain('Intern plan');
    expect(json).not.toContain('Hemligt mål');
    const others = await t.sql<{ title: string }>(
      `SELECT title FROM action_plans WHERE tenant_id <> $1
       UNION ALL SELECT title FROM goals WHERE tenant_id <> $1
       UNION ALL SELECT title FROM activities WHERE tenant_id <> $1`,
      [trelleborg.id],
    );
    expect(others.length).toBeGreaterThan(10);
    for (const { title } of others)
      expect({ title, shown: json.includes(`"${title}"`) }).toEqual({ title, shown: false });
  });

  describe('in the database', () => {
    let app: pg.Client;
    beforeAll(async () => {
      app = new pg.Client({ connectionString: deriveAppUrl(t.ownerUrl, DEV_APP_DB_PASSWORD) });
      await app.connect();
    });
    afterAll(() => app.end());

    const asPublic = async <T>(tenantId: string, work: () => Promise<T>): Promise<T> => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.public_tenant_id', $1, true)`, [tenantId]);
        return await work();
      } finally {
        await app.query('ROLLBACK');
      }
    };
    const count = async (table: string) =>
      Number((await app.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);

    it('lets an anonymous request see nothing of a kommun that does not publish', async () => {
      const tables = (
        await t.sql<{ table_name: string }>(
          `SELECT DISTINCT c.table_name FROM information_schema.columns c
             JOIN information_schema.tables x USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND x.table_type = 'BASE TABLE'`,
        )
      ).map((r) => r.table_name);
      expect(tables.length).toBeGreaterThan(20);
      await asPublic(alingsas.id, async () => {
        for (const table of tables)
          expect({ table, n: await count(table) }).toEqual({ table, n: 0 });
      });
    });

    it("lets it see only the published plan's rows, never comments, members or the audit log, and write nothing", async () => {
      await asPublic(trelleborg.id, async () => {
        const plans = await app.query(`SELECT tenant_id, title, status FROM action_plans`);
        expect(plans.rows.map((r) => r.title)).toEqual([
          'Handlingsplan mot våld i nära relationer 2021–2026',
        ]);
        for (const table of ['goals', 'activities', 'indicators', 'measurements', 'org_units']) {
          const { rows } = await app.query(
            `SELECT count(*)::int AS n, count(*) FILTER (WHERE tenant_id <> $1)::int AS foreign FROM ${table}`,
            [trelleborg.id],
          );
          expect({ table, some: rows[0].n > 0, foreign: rows[0].foreign }).toEqual({
            table,
            some: true,
            foreign: 0,
          });
        }
        for (const table of [
          'progress_updates',
          'memberships',
          'audit_events',
          'imports',
          'programmes',
          'partners',
          'cases',
          'calendar_feeds',
        ])
          expect({ table, n: await count(table) }).toEqual({ table, n: 0 });
        await expect(
          app.query(
            `INSERT INTO org_units (tenant_id, id, name, kind) VALUES ($1, gen_random_uuid(), 'Intrång', 'unit')`,
            [trelleborg.id],
          ),
        ).rejects.toThrow(/row-level security/);
      });
    });

    it('hides everything at once when the kommun withdraws its page, whatever the application asks', async () => {
      await t.sql(`UPDATE publications SET published = false WHERE tenant_id = $1`, [
        trelleborg.id,
      ]);
      try {
        await asPublic(trelleborg.id, async () => {
          for (const table of ['action_plans', 'goals', 'activities', 'indicators', 'measurements'])
            expect({ table, n: await count(table) }).toEqual({ table, n: 0 });
        });
        expect((await t.http.get('/api/v1/public/1287')).status).toBe(404);
      } finally {
        await t.sql(`UPDATE publications SET published = true WHERE tenant_id = $1`, [
          trelleborg.id,
        ]);
      }
    });
  });

  describe('choosing what to publish (tenant admin)', () => {
    it('is for tenant admins only', async () => {
      const strategist = await t.loginAs(
        (await t.newUser({ memberships: [{ tenantId: trelleborg.id, role: 'strategist' }] })).email,
      );
      expect((await strategist.get(api)).status).toBe(403);
      expect(
        (await strategist.put(api, { version: 1, published: false, planIds: [] })).status,
      ).toBe(403);
      expect((await t.http.get(api)).status).toBe(401);
    });

    it('refuses bad input naming the field, plans that are not adopted or in force, and stale versions', async () => {
      const current = (await admin.get(api)).body;
      const bad = await admin.put(api, {
        version: current.version,
        published: 'ja',
        planIds: ['x'],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual([
        'planIds.0',
        'published',
      ]);

      const [draft] = await t.sql<{ id: string }>(
        `INSERT INTO action_plans (tenant_id, id, title, kind, period_from, period_to, status)
         VALUES ($1, $2, 'Utkast', 'action_plan', 2026, 2030, 'draft') RETURNING id`,
        [trelleborg.id, randomUUID()],
      );
      const [foreign] = await t.sql<{ id: string }>(
        `SELECT id FROM action_plans WHERE tenant_id = $1 LIMIT 1`,
        [alingsas.id],
      );
      const refused = await admin.put(api, {
        version: current.version,
        published: true,
        planIds: [...current.planIds, draft?.id, foreign?.id],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.issues).toEqual([
        expect.objectContaining({
          field: `planIds.${current.planIds.length}`,
          code: 'plan_not_publishable',
        }),
        expect.objectContaining({
          field: `planIds.${current.planIds.length + 1}`,
          code: 'unknown_reference',
        }),
      ]);
      expect(refused.body.issues[0].message).toContain('Planer');

      const empty = await admin.put(api, {
        version: current.version,
        published: true,
        planIds: [],
      });
      expect(empty.status).toBe(400);
      expect(empty.body.issues[0]).toMatchObject({ field: 'planIds', code: 'too_few_items' });

      const stale = await admin.put(api, {
        version: current.version - 1,
        published: false,
        planIds: [],
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ version: current.version, published: true });
      expect(current.plans.find((p: { id: string }) => p.id === draft?.id)).toBeUndefined();
      expect(
        (await admin.get(api)).body.plans.find((p: { id: string }) => p.id === draft?.id),
      ).toMatchObject({
        publishable: false,
      });
    });

    it('withdraws and republishes the page at once, and audits both', async () => {
      const current = (await admin.get(api)).body;
      const off = await admin.put(api, {
        version: current.version,
        published: false,
        planIds: current.planIds,
      });
      expect(off.status).toBe(200);
      expect(off.body).toMatchObject({ published: false, version: current.version + 1 });
      expect((await t.http.get('/api/v1/public/1287')).status).toBe(404);
      expect((await t.http.get('/k/1287')).status).toBe(404);

      // While withdrawn, the admin previews the chosen plans; nobody else sees them.
      const preview = await admin.get(`${api}/preview`);
      expect(preview.status).toBe(200);
      expect(preview.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(preview.headers['cache-control']).toBe('private, no-store');
      expect(preview.text).toContain('Förhandsgranskning');
      expect(preview.text).toContain('Handlingsplan mot våld i nära relationer 2021–2026');
      expect(preview.text).not.toContain('Intern plan som inte publiceras');
      expect((await t.http.get(`${api}/preview`)).status).toBe(401);

      const on = await admin.put(api, {
        version: off.body.version,
        published: true,
        planIds: current.planIds,
      });
      expect(on.status).toBe(200);
      expect((await t.http.get('/api/v1/public/1287')).status).toBe(200);

      const audit = await t.sql<{ action: string; before: unknown; after: unknown }>(
        `SELECT action, before, after FROM audit_events WHERE tenant_id = $1 AND entity_type = 'publication' ORDER BY occurred_at DESC LIMIT 2`,
        [trelleborg.id],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'publication.published',
        'publication.unpublished',
      ]);
      expect(audit[1]).toMatchObject({
        before: { published: true, planIds: current.planIds },
        after: { published: false },
      });
    });

    it('lets Alingsås publish its own plan without showing anything of Trelleborg', async () => {
      // Alingsås's demo plan is a draft: adopt one in the database for this test.
      await t.sql(
        `UPDATE action_plans SET status = 'adopted' WHERE tenant_id = $1 AND id = (SELECT id FROM action_plans WHERE tenant_id = $1 ORDER BY title LIMIT 1)`,
        [alingsas.id],
      );
      const current = (await alingsasAdmin.get('/api/v1/tenants/1489/publication')).body;
      const publishable = current.plans.filter((p: { publishable: boolean }) => p.publishable);
      expect(publishable.length).toBeGreaterThan(0);
      const saved = await alingsasAdmin.put('/api/v1/tenants/1489/publication', {
        version: 0,
        published: true,
        planIds: publishable.map((p: { id: string }) => p.id),
      });
      expect(saved.status).toBe(200);
      const body = await page('1489');
      expect(body.kommun.code).toBe('1489');
      expect(JSON.stringify(body)).not.toContain('Trelleborg');
      expect(JSON.stringify(await page('1287'))).not.toContain('Alingsås');
    });
  });
});

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
