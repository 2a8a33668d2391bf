import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

/**
 * What each kommun shares with its region, who coordinates which län, and the row-level
 * security that lets a coordinator read the shared rows of their län and nothing else.
 *
 * A region request sets `app.region_code` (never together with `app.tenant_id`). Each
 * table a comparison reads gets one more permissive SELECT policy, `region_read`: its
 * rows are visible when their kommun lies in that län and shares the area they belong to.
 * Writes stay governed by `tenant_write` alone, so a coordinator can change nothing.
 */
const AREAS = ['plans', 'coverage', 'indicators', 'collaboration'];

/** Each table a comparison reads, and the areas that let a coordinator see its rows. */
const REGION_READ: Array<[table: string, areas: string[]]> = [
  ['action_plans', ['plans', 'coverage']],
  ['goals', ['plans']],
  ['activities', ['plans', 'coverage']],
  ['indicators', ['indicators']],
  ['measurements', ['indicators']],
  ['partners', ['collaboration']],
  ['agreements', ['collaboration']],
  ['forums', ['collaboration']],
];

export class RegionalSharing1765100000000 implements MigrationInterface {
  name = 'RegionalSharing1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // The län of the current transaction; NULL when unset, so region policies fail closed.
    await q.query(`
      CREATE FUNCTION samla_current_region() RETURNS text LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.region_code', true), '') $$`);

    await q.query(`
      CREATE TABLE region_sharing (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        plans boolean NOT NULL DEFAULT false,
        coverage boolean NOT NULL DEFAULT false,
        indicators boolean NOT NULL DEFAULT false,
        collaboration boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id),
        PRIMARY KEY (tenant_id)
      )`);
    await grantToApp(q, ['region_sharing'], 'SELECT, INSERT, UPDATE');
    await enableTenantIsolation(q, 'region_sharing');
    // A coordinator sees the choices of the kommuner of their län that share something;
    // one that shares nothing is not even seen to be on Samla.
    await q.query(`
      CREATE POLICY region_read ON region_sharing FOR SELECT USING (
        samla_current_region() IS NOT NULL
        AND (plans OR coverage OR indicators OR collaboration)
        AND tenant_id IN (SELECT id FROM tenants WHERE region_code = samla_current_region()))`);

    // Platform table: who coordinates which län (assigned by a platform admin).
    await q.query(`
      CREATE TABLE region_coordinators (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        lanskod char(2) NOT NULL REFERENCES regions (code),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users (id),
        PRIMARY KEY (user_id, lanskod)
      )`);
    await q.query(`CREATE INDEX region_coordinators_lanskod_idx ON region_coordinators (lanskod)`);
    await grantToApp(q, ['region_coordinators'], 'SELECT, INSERT, DELETE');

    // The kommuner of the current län that share any of these areas. Reads region_sharing
    // as the caller, through its region_read policy (which does not call back here).
    const areaTest = AREAS.map((a) => `('${a}' = ANY (areas) AND s.${a})`).join(' OR ');
    await q.query(`
      CREATE FUNCTION samla_region_tenants(VARIADIC areas text[]) RETURNS SETOF uuid
      LANGUAGE sql STABLE AS $$
        SELECT s.tenant_id FROM region_sharing s JOIN tenants t ON t.id = s.tenant_id
         WHERE samla_current_region() IS NOT NULL
           AND t.region_code = samla_current_region()
           AND (${areaTest})
      $$`);
    await q.query(`
      CREATE FUNCTION samla_region_can_read(tenant uuid, VARIADIC areas text[]) RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM samla_region_tenants(VARIADIC areas) r WHERE r = tenant)
      $$`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION samla_current_region(), samla_region_tenants(text[]),
         samla_region_can_read(uuid, text[]) TO samla_app`,
    );

    for (const [table, areas] of REGION_READ) {
      const list = areas.map((a) => `'${a}'`).join(', ');
      // IN (subquery) is evaluated once per statement (a hashed subplan), not per row.
      await q.query(`
        CREATE POLICY region_read ON ${table} FOR SELECT USING (
          samla_current_region() IS NOT NULL AND tenant_id IN (SELECT samla_region_tenants(${list})))`);
    }

    // Partners of type region_healthcare name which service they are, so agreements can be
    // compared for ungdomsmottagning, primärvård, vuxenpsykiatri and akutmottagning.
    await q.query(`
      ALTER TABLE partners ADD COLUMN care_service text
        CHECK (care_service IN ('youth_clinic', 'primary_care', 'adult_psychiatry',
          'emergency_department', 'other_care'))`);
    await q.query(
      `ALTER TABLE partners ADD CONSTRAINT partners_care_service_healthcare
         CHECK (care_service IS NULL OR type = 'region_healthcare')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partners DROP CONSTRAINT partners_care_service_healthcare`);
    await q.query(`ALTER TABLE partners DROP COLUMN care_service`);
    for (const [table] of REGION_READ) await q.query(`DROP POLICY region_read ON ${table}`);
    await q.query(`DROP FUNCTION samla_region_can_read(uuid, text[])`);
    await q.query(`DROP FUNCTION samla_region_tenants(text[])`);
    await q.query(`DROP TABLE region_coordinators`);
    await q.query(`DROP TABLE region_sharing`);
    await q.query(`DROP FUNCTION samla_current_region()`);
  }
}
