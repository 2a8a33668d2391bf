import type pg from 'pg';
import type { TenantScope } from './table-rows.js';

/**
 * PENDING: "21 regions with all their kommuner sharing" (issue 7).
 *
 * The sharing table (which kommun shares what with its län) is built on another branch
 * and does not exist on this one yet. After merging, the coordinator fills this function:
 * for each of the 21 län, every kommun of the län shares its plans' progress and its
 * indicators with the län (rows in the sharing table for every `scopes` entry, grouped by
 * `regionCode`), in bulk through `insertRows` like the other steps. It runs once, after
 * every kommun is generated, as the owner, one transaction per kommun with
 * `app.tenant_id` set (the sharing rows are tenant-owned under RLS).
 *
 * Until then it writes nothing and says so, and figure 3 (regional comparison) stays
 * pending in the benchmark report.
 */
export async function shareWithinRegions(
  _client: pg.ClientBase,
  _scopes: readonly TenantScope[],
): Promise<{ pending: true; reason: string }> {
  return {
    pending: true,
    reason: 'the sharing table is not on this branch yet (regional comparison lands separately)',
  };
}
