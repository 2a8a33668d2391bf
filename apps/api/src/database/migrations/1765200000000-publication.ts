import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

/**
 * Public pages (`/k/{kommunkod}`): a kommun may publish a read-only page of its adopted or
 * in-force plans. Off by default: no `publications` row, or `published` false.
 *
 * Anonymous reads are bound by row-level security like every other request; no SECURITY
 * DEFINER function lifts it. A public request leaves `app.tenant_id` unset (so the tenant
 * policies show nothing) and names the kommun in `app.public_tenant_id`. The `public_read`
 * policies below then let through only what that kommun has published, each table's
 * policy leaning on the one before it (through RLS on the subquery):
 *
 *   publications (published) → publication_plans → action_plans (adopted or in force)
 *     → goals, activities → goal/activity_indicators → indicators → measurements
 *     and org_units that are responsible for a public activity.
 *
 * Progress updates (their comments and authors), memberships, users, audit events and
 * everything else have no public policy: an anonymous request can never read them, even
 * if the application asked.
 */
export class Publication1765200000000 implements MigrationInterface {
  name = 'Publication1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION samla_public_tenant() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.public_tenant_id', true), '')::uuid $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION samla_public_tenant() TO samla_app`);

    await q.query(`
      CREATE TABLE publications (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        published boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id),
        PRIMARY KEY (tenant_id)
      )`);
    await q.query(`
      CREATE TABLE publication_plans (
        tenant_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, plan_id),
        FOREIGN KEY (tenant_id) REFERENCES publications (tenant_id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE
      )`);
    const tables = ['publications', 'publication_plans'];
    await grantToApp(q, tables, 'SELECT, INSERT, UPDATE, DELETE');
    for (const table of tables) await enableTenantIsolation(q, table);

    const publicRead = async (table: string, condition: string) =>
      q.query(
        `CREATE POLICY public_read ON ${table} FOR SELECT USING (tenant_id = samla_public_tenant() AND ${condition})`,
      );
    const exists = (from: string, where: string) => `EXISTS (SELECT 1 FROM ${from} WHERE ${where})`;

    await publicRead('publications', 'published');
    await publicRead(
      'publication_plans',
      exists('publications p', 'p.tenant_id = publication_plans.tenant_id'),
    );
    await publicRead(
      'action_plans',
      `status IN ('adopted', 'in_force') AND ${exists(
        'publication_plans pp',
        'pp.tenant_id = action_plans.tenant_id AND pp.plan_id = action_plans.id',
      )}`,
    );
    for (const table of ['goals', 'activities'])
      await publicRead(
        table,
        exists('action_plans a', `a.tenant_id = ${table}.tenant_id AND a.id = ${table}.plan_id`),
      );
    await publicRead(
      'goal_indicators',
      exists(
        'goals g',
        'g.tenant_id = goal_indicators.tenant_id AND g.id = goal_indicators.goal_id',
      ),
    );
    await publicRead(
      'activity_indicators',
      exists(
        'activities a',
        'a.tenant_id = activity_indicators.tenant_id AND a.id = activity_indicators.activity_id',
      ),
    );
    await publicRead(
      'indicators',
      `(${exists(
        'goal_indicators gi',
        'gi.tenant_id = indicators.tenant_id AND gi.indicator_id = indicators.id',
      )} OR ${exists(
        'activity_indicators ai',
        'ai.tenant_id = indicators.tenant_id AND ai.indicator_id = indicators.id',
      )})`,
    );
    await publicRead(
      'measurements',
      exists(
        'indicators i',
        'i.tenant_id = measurements.tenant_id AND i.id = measurements.indicator_id',
      ),
    );
    await publicRead(
      'org_units',
      exists(
        'activities a',
        'a.tenant_id = org_units.tenant_id AND a.responsible_unit_id = org_units.id',
      ),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'org_units',
      'measurements',
      'indicators',
      'activity_indicators',
      'goal_indicators',
      'activities',
      'goals',
      'action_plans',
    ])
      await q.query(`DROP POLICY public_read ON ${table}`);
    await q.query(`DROP TABLE publication_plans`);
    await q.query(`DROP TABLE publications`);
    await q.query(`DROP FUNCTION samla_public_tenant()`);
  }
}
