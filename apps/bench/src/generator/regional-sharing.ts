import type pg from 'pg';
import type { TenantScope } from './table-rows.js';

/** The bench's regional coordinator: coordinates every län (figure 3 picks one at a time). */
export const BENCH_COORDINATOR_EMAIL = 'samordnare@bench.samla.test';
const COORDINATOR_ID = '00000000-0000-4000-8000-00000000c00d';

/**
 * "21 regions with all their kommuner sharing" (issue 7): every generated kommun shares all
 * four areas with its län, and one coordinator coordinates all 21 län. Runs once, after
 * every kommun is generated, as the owner. region_sharing is tenant-owned under FORCEd RLS,
 * so each kommun's row is written with that kommun as `app.tenant_id`, all in one
 * transaction.
 */
export async function shareWithinRegions(
  client: pg.ClientBase,
  scopes: readonly TenantScope[],
  passwordHash: string,
): Promise<{ kommuner: number; regions: number }> {
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`,
      [COORDINATOR_ID, BENCH_COORDINATOR_EMAIL, 'Regional samordnare (bench)', passwordHash],
    );
    for (const scope of scopes) {
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [scope.tenantId]);
      await client.query(
        `INSERT INTO region_sharing (tenant_id, plans, coverage, indicators, collaboration)
         VALUES ($1, true, true, true, true)`,
        [scope.tenantId],
      );
    }
    await client.query(`SELECT set_config('app.tenant_id', '', true)`);
    const regions = await client.query(
      `INSERT INTO region_coordinators (user_id, lanskod) SELECT $1, code FROM regions`,
      [COORDINATOR_ID],
    );
    await client.query('COMMIT');
    return { kommuner: scopes.length, regions: regions.rowCount ?? 0 };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
