import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { TestApp } from './support/test-app.js';

/**
 * The schema is ready to be distributed by tenant_id (Citus, docs/scale-out.md), proven
 * from the live catalog of a fully migrated database:
 *  - every tenant-owned table (one with a tenant_id column) has tenant_id in its primary
 *    key and in every unique constraint (a distributed table can only enforce uniqueness
 *    within a shard);
 *  - every foreign key between two tenant-owned tables carries tenant_id to tenant_id, so
 *    both rows always live on the same node;
 *  - no table outside the tenant-owned ones points into them (a reference table cannot
 *    refer to a distributed one);
 * and docs/scale-out.md places every table in exactly one of its three lists, the
 * distributed list being exactly the tenant-owned tables.
 */
const DOC = new URL('../../../docs/scale-out.md', import.meta.url);

interface Offender {
  table: string;
  problem: string;
}

/** The checks as one query per rule; run against any database (and a broken one below). */
async function offenders(client: pg.Pool | pg.PoolClient): Promise<Offender[]> {
  const { rows } = await client.query<Offender>(`
    WITH tables AS (
      SELECT c.oid, c.relname,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                       AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS tenant_owned,
             (SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = c.oid
                AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS tenant_col
        FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
    )
    SELECT t.relname AS table, 'has no primary key' AS problem
      FROM tables t
     WHERE t.tenant_owned
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = t.oid AND k.contype = 'p')
    UNION ALL
    SELECT t.relname, format('%s %s lacks tenant_id', CASE k.contype WHEN 'p' THEN 'primary key' ELSE 'unique constraint' END, k.conname)
      FROM tables t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype IN ('p', 'u')
     WHERE t.tenant_owned AND NOT t.tenant_col = ANY (k.conkey)
    UNION ALL
    SELECT t.relname, format('unique index %s lacks tenant_id', i.indexrelid::regclass)
      FROM tables t JOIN pg_index i ON i.indrelid = t.oid AND i.indisunique
     WHERE t.tenant_owned AND NOT t.tenant_col = ANY (i.indkey::int2[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
    UNION ALL
    SELECT t.relname, format('foreign key %s to %s does not join tenant_id to tenant_id', k.conname, r.relname)
      FROM tables t
      JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f'
      JOIN tables r ON r.oid = k.confrelid
     WHERE t.tenant_owned AND r.tenant_owned
       AND NOT EXISTS (
         SELECT 1 FROM unnest(k.conkey, k.confkey) AS pair(local, remote)
          WHERE pair.local = t.tenant_col AND pair.remote = r.tenant_col)
    UNION ALL
    SELECT t.relname, format('foreign key %s points into the tenant-owned table %s', k.conname, r.relname)
      FROM tables t
      JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f'
      JOIN tables r ON r.oid = k.confrelid
     WHERE NOT t.tenant_owned AND r.tenant_owned
    ORDER BY 1, 2`);
  return rows;
}

/** The backticked table names between <!-- tables:NAME --> and <!-- /tables --> in the doc. */
function documentedTables(list: string): string[] {
  const text = readFileSync(DOC, 'utf8');
  const block = new RegExp(`<!-- tables:${list} -->([\\s\\S]*?)<!-- /tables -->`).exec(text);
  if (!block) throw new Error(`docs/scale-out.md has no <!-- tables:${list} --> list`);
  return [...(block[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] as string).sort();
}

describe('the schema is ready for distribution by tenant_id', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('keeps tenant_id in every primary, unique and foreign key of tenant-owned tables', async () => {
    const found = await offenders(t.owner);
    if (found.length)
      console.error(
        `Tables not ready for distribution by tenant_id:\n${found.map((o) => `  ${o.table}: ${o.problem}`).join('\n')}`,
      );
    expect(found).toEqual([]);
  });

  it('reports the offenders of a table that breaks each rule (the check can fail)', async () => {
    const client = await t.owner.connect();
    try {
      await client.query('BEGIN');
      await client.query(`
        CREATE TABLE scale_probe_notes (
          id uuid PRIMARY KEY,
          tenant_id uuid NOT NULL,
          plan_id uuid NOT NULL,
          slug text NOT NULL UNIQUE,
          FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id)
        )`);
      await client.query(`
        ALTER TABLE scale_probe_notes ADD CONSTRAINT scale_probe_notes_tenant_key UNIQUE (tenant_id, id)`);
      await client.query(`
        CREATE TABLE scale_probe_links (
          tenant_id uuid NOT NULL,
          id uuid NOT NULL,
          note_id uuid NOT NULL REFERENCES scale_probe_notes (id),
          PRIMARY KEY (tenant_id, id)
        )`);
      await client.query(`
        CREATE TABLE scale_probe_global (
          id uuid PRIMARY KEY,
          tenant_id_copy uuid NOT NULL,
          note_id uuid NOT NULL,
          FOREIGN KEY (tenant_id_copy, note_id) REFERENCES scale_probe_notes (tenant_id, id)
        )`);
      const found = await offenders(client);
      expect(found.filter((o) => o.table.startsWith('scale_probe'))).toEqual([
        {
          table: 'scale_probe_global',
          problem: expect.stringMatching(/points into the tenant-owned table scale_probe_notes/),
        },
        {
          table: 'scale_probe_links',
          problem: expect.stringMatching(/to scale_probe_notes does not join tenant_id/),
        },
        {
          table: 'scale_probe_notes',
          problem: 'primary key scale_probe_notes_pkey lacks tenant_id',
        },
        {
          table: 'scale_probe_notes',
          problem: 'unique constraint scale_probe_notes_slug_key lacks tenant_id',
        },
      ]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('docs/scale-out.md distributes exactly the tenant-owned tables and places every other one', async () => {
    const tables = await t.sql<{ name: string; tenant_owned: boolean }>(`
      SELECT c.relname AS name,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                       AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS tenant_owned
        FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       ORDER BY 1`);
    const distributed = documentedTables('distributed');
    const reference = documentedTables('reference');
    const local = documentedTables('coordinator');
    expect(distributed).toEqual(tables.filter((x) => x.tenant_owned).map((x) => x.name));
    expect([...reference, ...local].sort()).toEqual(
      tables.filter((x) => !x.tenant_owned).map((x) => x.name),
    );
    // Citus allows distributed → reference and local → reference foreign keys, but
    // nothing from a distributed or reference table to a coordinator-local one.
    const keys = await t.sql<{ source: string; target: string }>(`
      SELECT conrelid::regclass::text AS source, confrelid::regclass::text AS target
        FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);
    const misplaced = keys.filter(
      (k) => local.includes(k.target) && !local.includes(k.source) && k.source !== k.target,
    );
    expect(misplaced).toEqual([]);
  });
});
