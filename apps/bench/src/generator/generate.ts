/**
 * `npm run bench:data`: national-scale data in the bench database. All 290 kommuner,
 * deterministic from BENCH_SEED, in bulk (one statement per table per kommun), as the
 * owner with migrations applied first and each kommun written in its own transaction with
 * `app.tenant_id` set, so the rows pass the same row-level security policies and
 * constraints as the API's writes.
 */
import { hashPassword } from '@samla/api/dist/auth/password-hasher.js';
import { runMigrations } from '@samla/api/dist/database/migrate.js';
import { AGENDA2030_TARGETS, MUNICIPALITIES } from '@samla/reference-data';
import pg from 'pg';
import { BENCH_DATABASE, openBenchServer, recreateBenchDatabase } from '../bench-database.js';
import { Prng, seedFor } from '../prng.js';
import { BENCH_PASSWORD, BENCH_TENANT_CODE, largePlan } from './bench-fixtures.js';
import { insertRows } from './bulk-insert.js';
import { collaboration } from './collaboration.js';
import { governance } from './governance.js';
import { indicators, type CatalogueIndicator } from './indicators.js';
import { organisation } from './organisation.js';
import { plans, standardPlans } from './plans.js';
import { shareWithinRegions } from './regional-sharing.js';
import type { TableRows, TenantScope } from './table-rows.js';

const say = (msg: string) => process.stdout.write(`[bench:data] ${msg}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  const seed = Number(process.env.BENCH_SEED ?? 20261124);
  // BENCH_KOMMUNER=n makes a smaller set for trying the generator out; the figures use all.
  const limit = Number(process.env.BENCH_KOMMUNER ?? MUNICIPALITIES.length);
  const kommuner = [...MUNICIPALITIES].sort((a, b) => a.code.localeCompare(b.code));
  const chosen = kommuner.filter((m, i) => i < limit || m.code === BENCH_TENANT_CODE);

  const server = await openBenchServer(say);
  try {
    say(`PostgreSQL: ${server.description}; database ${BENCH_DATABASE} (recreated)`);
    await recreateBenchDatabase(server);
    const ran = await runMigrations(server.ownerUrl);
    say(`Migrations applied: ${ran.length}`);
    const passwordHash = await hashPassword(BENCH_PASSWORD);

    const client = new pg.Client({ connectionString: server.ownerUrl });
    await client.connect();
    try {
      const catalogue = await readCatalogue(client);
      const targetIds = AGENDA2030_TARGETS.map((t) => t.id);
      const counts = new Map<string, number>();
      const scopes: TenantScope[] = [];
      for (const [index, m] of chosen.entries()) {
        const rng = new Prng(seedFor(seed, m.code));
        const { scope, rows } = organisation(rng, m, passwordHash);
        rows.push(...plans(rng, scope, standardPlans(150, 10)));
        rows.push(...indicators(rng, scope, catalogue, targetIds));
        rows.push(...collaboration(rng, scope));
        rows.push(...governance(rng, scope));
        if (m.code === BENCH_TENANT_CODE) rows.push(...largePlan(rng, scope));
        await writeTenant(client, scope.tenantId, rows, counts);
        scopes.push(scope);
        if ((index + 1) % 29 === 0 || index === chosen.length - 1)
          say(`${index + 1}/${chosen.length} kommuner (${seconds(started)} s)`);
      }
      const sharing = await shareWithinRegions(client, scopes, passwordHash);
      say(
        `Regional sharing: ${sharing.kommuner} kommuner share everything; coordinator of ${sharing.regions} län`,
      );
      say('ANALYZE');
      await client.query('ANALYZE');
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      say(`Rows per table:`);
      for (const [table, n] of [...counts].sort((a, b) => b[1] - a[1]))
        say(`  ${table.padEnd(28)} ${n.toLocaleString('sv-SE').padStart(12)}`);
      say(
        `${total.toLocaleString('sv-SE')} rows for ${chosen.length} kommuner in ${seconds(started)} s (seed ${seed})`,
      );
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
}

/** The catalogue entries every kommun follows, in a stable order. */
async function readCatalogue(client: pg.Client): Promise<CatalogueIndicator[]> {
  const { rows } = await client.query<{
    id: string;
    gender_split: boolean;
    higher_is_better: boolean;
  }>(
    `SELECT id, gender_split, higher_is_better FROM platform_indicators
      ORDER BY agenda2030_indicator_id NULLS LAST, kolada_id`,
  );
  return rows.map((r) => ({
    id: r.id,
    genderSplit: r.gender_split,
    higherIsBetter: r.higher_is_better,
  }));
}

/** One kommun, in one transaction, inside the kommun as far as RLS is concerned. */
async function writeTenant(
  client: pg.Client,
  tenantId: string,
  tables: TableRows[],
  counts: Map<string, number>,
): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    for (const t of tables) {
      const n = await insertRows(client, t.table, t.columns, t.rows);
      counts.set(t.table, (counts.get(t.table) ?? 0) + n);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench:data] failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
