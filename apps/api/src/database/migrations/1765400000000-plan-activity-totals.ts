import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

/**
 * Each plan's activities summed by status, level and tier, kept current by a trigger on
 * `activities`. The regional comparisons need only these sums (the weighted roll-up is
 * Σ(vikt × genomfört) ÷ Σ vikt, so sums per group give the same answer as the rows); a län of
 * 290 kommuner has 131,500 activities, which took 200–230 ms to group under row-level
 * security on every comparison (docs/benchmarks.md, figure 3). The table holds about a
 * quarter as many rows, and a comparison reads them as they are.
 *
 * The trigger runs as the caller, under the same policies as the activity it follows: a
 * kommun can only ever change its own sums. A plan's deletion cascades to both tables.
 */
export class PlanActivityTotals1765400000000 implements MigrationInterface {
  name = 'PlanActivityTotals1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_activity_totals (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        plan_id uuid NOT NULL,
        status text NOT NULL,
        level text NOT NULL,
        tier text NOT NULL,
        activities integer NOT NULL CHECK (activities >= 0),
        weight bigint NOT NULL,
        weighted_progress bigint NOT NULL,
        budget_sek bigint NOT NULL,
        PRIMARY KEY (tenant_id, plan_id, status, level, tier),
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE FUNCTION samla_keep_plan_activity_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE plan_activity_totals
             SET activities = activities - 1,
                 weight = weight - OLD.weight,
                 weighted_progress = weighted_progress - OLD.weight * OLD.progress,
                 budget_sek = budget_sek - coalesce(OLD.budget_sek, 0)
           WHERE tenant_id = OLD.tenant_id AND plan_id = OLD.plan_id AND status = OLD.status
             AND level = OLD.level AND tier = OLD.tier;
          DELETE FROM plan_activity_totals
           WHERE tenant_id = OLD.tenant_id AND plan_id = OLD.plan_id AND status = OLD.status
             AND level = OLD.level AND tier = OLD.tier AND activities = 0;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO plan_activity_totals AS t
                 (tenant_id, plan_id, status, level, tier, activities, weight, weighted_progress, budget_sek)
          VALUES (NEW.tenant_id, NEW.plan_id, NEW.status, NEW.level, NEW.tier, 1, NEW.weight,
                  NEW.weight * NEW.progress, coalesce(NEW.budget_sek, 0))
          ON CONFLICT (tenant_id, plan_id, status, level, tier) DO UPDATE
             SET activities = t.activities + 1,
                 weight = t.weight + EXCLUDED.weight,
                 weighted_progress = t.weighted_progress + EXCLUDED.weighted_progress,
                 budget_sek = t.budget_sek + EXCLUDED.budget_sek;
        END IF;
        RETURN NULL;
      END $$`);

    // The sums of what is there now: read and written before RLS binds the new table, and
    // with RLS lifted from activities for this transaction only (FORCE would otherwise hide
    // every row from an owner that is not a superuser).
    await q.query(`ALTER TABLE activities NO FORCE ROW LEVEL SECURITY`);
    await q.query(`
      INSERT INTO plan_activity_totals
             (tenant_id, plan_id, status, level, tier, activities, weight, weighted_progress, budget_sek)
      SELECT tenant_id, plan_id, status, level, tier, count(*), sum(weight),
             sum(weight * progress), sum(coalesce(budget_sek, 0))
        FROM activities GROUP BY tenant_id, plan_id, status, level, tier`);
    await q.query(`ALTER TABLE activities FORCE ROW LEVEL SECURITY`);

    await q.query(`
      CREATE TRIGGER activities_keep_plan_totals
        AFTER INSERT OR DELETE OR UPDATE OF tenant_id, plan_id, status, level, tier, weight, progress, budget_sek
        ON activities FOR EACH ROW EXECUTE FUNCTION samla_keep_plan_activity_totals()`);

    await grantToApp(q, ['plan_activity_totals'], 'SELECT, INSERT, UPDATE, DELETE');
    await enableTenantIsolation(q, 'plan_activity_totals');
    // Shared with the län exactly as the activities they sum (migration 1765100000000).
    await q.query(`
      CREATE POLICY region_read ON plan_activity_totals FOR SELECT USING (
        samla_current_region() IS NOT NULL
        AND tenant_id IN (SELECT samla_region_tenants('plans', 'coverage')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER activities_keep_plan_totals ON activities`);
    await q.query(`DROP FUNCTION samla_keep_plan_activity_totals()`);
    await q.query(`DROP TABLE plan_activity_totals`);
  }
}
