import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { deriveAppUrl, DEV_APP_DB_PASSWORD } from '../src/config/app-config.js';
import {
  exampleFor,
  idParameters,
  type OpenApiDocument,
  type Operation,
  withRequiredQuery,
} from './support/openapi-walk.js';
import { pathWithIdsOf, tenantRoutes as tenantRoutesOf } from './support/tenant-routes.js';
import { TestApp, type ApiSession } from './support/test-app.js';

/**
 * Tenancy is enforced twice: by the API's access checks and by PostgreSQL's row-level
 * security. This file proves both for every tenant-scoped route in the OpenAPI document
 * (a route added later is covered without editing this file) and every tenant-owned
 * table in the catalogue.
 */
describe('tenant isolation', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let attacker: ApiSession;
  let victimId: string;
  let tenantTables: string[];
  const ATTACKER = '1287'; // Trelleborg
  const VICTIM = '1489'; // Alingsås

  /** Every tenant-owned row of the victim, to prove nothing changed. */
  const victimSnapshot = async () => {
    const snapshot: Record<string, unknown> = {};
    for (const table of tenantTables)
      snapshot[table] = await t.sql(
        `SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) AS h, count(*)::int AS n FROM ${table} x WHERE tenant_id = $1`,
        [victimId],
      );
    return snapshot;
  };

  beforeAll(async () => {
    // The demo holds every kind of tenant-owned row for the seed kommuner.
    t = await TestApp.start({ DEMO_DATA: 'auto' });
    doc = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
    const [attackerTenant] = await t.sql<{ id: string }>(`SELECT id FROM tenants WHERE code = $1`, [
      ATTACKER,
    ]);
    const [victim] = await t.sql<{ id: string }>(`SELECT id FROM tenants WHERE code = $1`, [
      VICTIM,
    ]);
    victimId = victim?.id as string;
    // Highest tenant role, so no answer is a 403 that could hide a leak.
    attacker = await t.loginAs(
      (
        await t.newUser({
          memberships: [{ tenantId: attackerTenant?.id as string, role: 'tenant_admin' }],
        })
      ).email,
    );
    tenantTables = (
      await t.sql<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c
           JOIN information_schema.tables t USING (table_schema, table_name)
          WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
          ORDER BY 1`,
      )
    ).map((r) => r.table_name);
  }, 60_000);
  afterAll(() => t.stop());

  const tenantRoutes = () => tenantRoutesOf(doc);

  it('finds the tenant-scoped routes in the OpenAPI document', () => {
    expect(tenantRoutes().length).toBeGreaterThanOrEqual(6);
    expect(tenantTables).toEqual(
      expect.arrayContaining(['org_units', 'memberships', 'audit_events']),
    );
  });

  /** The path of `op` with the victim's ids, under the kommunkod `code`. */
  const pathWithVictimIds = (op: Operation, code: string) =>
    pathWithIdsOf(t, op, { id: victimId, code: VICTIM }, code);

  const expectNotFound = async (op: Operation, path: string) => {
    const response = await attacker.call(
      op.method,
      withRequiredQuery(doc, op, path),
      exampleFor(doc, op.bodySchema) as object,
    );
    const route = `${op.method.toUpperCase()} ${op.path}`;
    expect({ route, status: response.status }).toEqual({ route, status: 404 });
  };

  it("answers 404 when a user of one kommun uses another kommun's ids, on every route", async () => {
    const before = await victimSnapshot();
    const checked: string[] = [];
    for (const op of tenantRoutes()) {
      if (idParameters(op.path).length === 0) continue;
      await expectNotFound(op, await pathWithVictimIds(op, ATTACKER));
      checked.push(op.operationId);
    }
    expect(checked).toEqual(
      expect.arrayContaining(['getOrgUnit', 'updateOrgUnit', 'deleteOrgUnit']),
    );
    expect(await victimSnapshot()).toEqual(before);
  });

  it('answers 404 on every route of a kommun the user does not belong to, and changes nothing', async () => {
    const before = await victimSnapshot();
    for (const op of tenantRoutes()) await expectNotFound(op, await pathWithVictimIds(op, VICTIM));
    expect(await victimSnapshot()).toEqual(before);
  });

  describe('in the database', () => {
    let app: pg.Client;
    beforeAll(async () => {
      app = new pg.Client({ connectionString: deriveAppUrl(t.ownerUrl, DEV_APP_DB_PASSWORD) });
      await app.connect();
    });
    afterAll(() => app.end());

    it('shows the runtime role no tenant-owned row at all when no tenant is set', async () => {
      for (const table of tenantTables) {
        const { rows } = await app.query(`SELECT count(*)::int AS n FROM ${table}`);
        const [all] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        expect({ table, visible: rows[0].n, exists: (all?.n ?? 0) > 0 }).toEqual({
          table,
          visible: 0,
          exists: true,
        });
      }
    });

    it("shows only the set tenant's rows, and refuses writes into another tenant", async () => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [victimId]);
        for (const table of tenantTables) {
          const { rows } = await app.query(
            `SELECT count(*)::int AS n, count(*) FILTER (WHERE tenant_id <> $1)::int AS foreign FROM ${table}`,
            [victimId],
          );
          expect({ table, foreign: rows[0].foreign }).toEqual({ table, foreign: 0 });
        }
        const [other] = await t.sql<{ id: string }>(
          `SELECT id FROM tenants WHERE id <> $1 LIMIT 1`,
          [victimId],
        );
        await expect(
          app.query(
            `INSERT INTO org_units (tenant_id, id, name, kind) VALUES ($1, gen_random_uuid(), 'Intrång', 'unit')`,
            [other?.id],
          ),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await app.query('ROLLBACK');
      }
    });

    it("shows an anonymous reader of a kommun's public page no other kommun's rows", async () => {
      // Trelleborg publishes in the demo; its public_read policies must not reach past it.
      const [published] = await t.sql<{ id: string }>(
        `SELECT tenant_id AS id FROM publications WHERE published LIMIT 1`,
      );
      expect(published).toBeDefined();
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.public_tenant_id', $1, true)`, [published?.id]);
        for (const table of tenantTables) {
          const { rows } = await app.query(
            `SELECT count(*) FILTER (WHERE tenant_id <> $1)::int AS foreign FROM ${table}`,
            [published?.id],
          );
          expect({ table, foreign: rows[0].foreign }).toEqual({ table, foreign: 0 });
        }
      } finally {
        await app.query('ROLLBACK');
      }
    });

    it('keeps the audit log append-only for the runtime role', async () => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [victimId]);
        await expect(app.query(`UPDATE audit_events SET action = 'tampered'`)).rejects.toThrow(
          /permission denied/,
        );
      } finally {
        await app.query('ROLLBACK');
      }
      await expect(app.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    });

    it('connects as a role that owns nothing and cannot bypass row-level security', async () => {
      const { rows } = await app.query(
        `SELECT current_user AS name, r.rolsuper, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
           FROM pg_roles r WHERE r.rolname = current_user`,
      );
      expect(rows[0]).toEqual({
        name: 'samla_app',
        rolsuper: false,
        rolbypassrls: false,
        owned: 0,
      });
    });

    it('has RLS enabled and forced, with policies, on every tenant-owned table', async () => {
      const rows = await t.sql<{
        relname: string;
        relrowsecurity: boolean;
        relforcerowsecurity: boolean;
        policies: number;
      }>(
        `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies
           FROM pg_class c WHERE c.relname = ANY($1) ORDER BY c.relname`,
        [tenantTables],
      );
      for (const row of rows)
        expect(row).toEqual({
          relname: row.relname,
          relrowsecurity: true,
          relforcerowsecurity: true,
          policies: expect.any(Number),
        });
      expect(rows.every((r) => r.policies > 0)).toBe(true);
    });

    it('puts tenant_id in the primary key of every tenant-owned table and in every foreign key between them', async () => {
      const pks = await t.sql<{ table: string; columns: string[] }>(
        `SELECT c.conrelid::regclass::text AS table, array_agg(a.attname::text) AS columns
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.contype = 'p' AND c.conrelid::regclass::text = ANY($1) GROUP BY 1`,
        [tenantTables],
      );
      expect(pks).toHaveLength(tenantTables.length);
      for (const pk of pks)
        expect({ table: pk.table, hasTenant: pk.columns.includes('tenant_id') }).toEqual({
          table: pk.table,
          hasTenant: true,
        });
      const fks = await t.sql<{ name: string; columns: string[] }>(
        `SELECT c.conname AS name, array_agg(a.attname::text) AS columns
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1) AND c.confrelid::regclass::text = ANY($1)
          GROUP BY 1`,
        [tenantTables],
      );
      for (const fk of fks)
        expect({ fk: fk.name, hasTenant: fk.columns.includes('tenant_id') }).toEqual({
          fk: fk.name,
          hasTenant: true,
        });
    });
  });
});
