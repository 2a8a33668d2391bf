import type { TestApp } from './test-app.js';

/** Per table: how many rows, and the newest transaction that wrote one of them. */
export type Fingerprint = Record<string, { rows: number; newestWrite: string }>;

/**
 * A cheap fingerprint of every table in the public schema that catches any committed write,
 * partial or not: an INSERT or UPDATE leaves a row version whose xmin is the writing
 * transaction's id, newer than every earlier one (so max(xmin) moves), and a DELETE lowers
 * the count. A request that wrote one row and then failed would show here even if the rows
 * it meant to write are elsewhere. Reads do not move it: they take no transaction id.
 */
export async function fingerprintQuery(t: TestApp): Promise<string> {
  const tables = (
    await t.sql<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )
  ).map((r) => r.name);
  return tables
    .map(
      (name) =>
        `SELECT '${name}' AS name, count(*)::int AS rows, ${COUNT_ONLY.has(name) ? "'-'" : 'coalesce(max(xmin::text::bigint), 0)::text'} AS newest FROM "${name}"`,
    )
    .join(' UNION ALL ');
}

/**
 * Sessions are touched (last seen) by any authenticated request every few minutes, whatever
 * it asks: only their number counts.
 */
const COUNT_ONLY = new Set(['sessions']);

export async function fingerprint(t: TestApp, query: string): Promise<Fingerprint> {
  const rows = await t.sql<{ name: string; rows: number; newest: string }>(query);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, newestWrite: r.newest }]));
}

/** The tables whose fingerprint differs, for a message that says where the write went. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after).filter(
    (name) =>
      before[name]?.rows !== after[name]?.rows ||
      before[name]?.newestWrite !== after[name]?.newestWrite,
  );
}
