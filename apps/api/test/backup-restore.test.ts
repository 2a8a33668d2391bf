import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { APP_DB_ROLE, DEV_APP_DB_PASSWORD } from '../src/config/app-config.js';
import { findPgTools, serverMajor, type PgTools } from './support/pg-tools.js';
import { TestApp, type ApiSession } from './support/test-app.js';
import { SERVER_ENV, databaseUrl, uniqueName, withClient } from './support/test-database.js';

/**
 * docs/operations.md's backup and restore, end to end: data created through the API,
 * `pg_dump -Fc` as the owner, `pg_restore` into a fresh database, the API started on the
 * restored database finds the data — and row-level security still holds there.
 *
 * pg_dump must be as new as the server. The suite's server is embedded PostgreSQL 18,
 * whose package ships no pg_dump; when no matching tools exist for it, the test uses the
 * external server `npm test`'s second run uses (EXTERNAL_DATABASE_URL, by default the
 * PostgreSQL at 127.0.0.1:5432) if tools for that one exist, and otherwise says so and
 * skips (REQUIRE_PG_TOOLS=1 makes that a failure).
 */
async function chooseServer(): Promise<{ url: string; tools: PgTools } | null> {
  const candidates = [
    process.env[SERVER_ENV],
    process.env.EXTERNAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  ];
  for (const url of candidates) {
    if (!url) continue;
    const major = await serverMajor(url);
    const tools = major === null ? null : findPgTools(major);
    if (tools) return { url, tools };
  }
  return null;
}

const server = await chooseServer();
if (!server) {
  const message = 'backup-restore: no pg_dump/pg_restore as new as any reachable PostgreSQL';
  if (process.env.REQUIRE_PG_TOOLS === '1') throw new Error(message);
  console.warn(`*** SKIPPED ${message} (set PG_BIN_DIR).`);
}

(server ? describe : describe.skip)('backup and restore with pg_dump / pg_restore', () => {
  // (When skipped, the describe body still runs: give it harmless values.)
  const { url: serverUrl, tools } = server ?? {
    url: 'postgres://skipped@127.0.0.1/skipped',
    tools: { dir: '', major: 0 },
  };
  const sourceUrl = databaseUrl(serverUrl, uniqueName('samla_bk_src'));
  const targetUrl = databaseUrl(serverUrl, uniqueName('samla_bk_dst'));
  const dir = mkdtempSync(join(tmpdir(), 'samla-backup-'));
  const dumpFile = join(dir, 'samla.dump');
  const created: Record<string, { planId: string; title: string }> = {};
  const run = (tool: string, args: string[]) => {
    const result = spawnSync(join(tools.dir, tool), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed:\n${result.stderr}`);
    return result;
  };

  beforeAll(async () => {
    for (const url of [sourceUrl, targetUrl])
      await withClient(serverUrl, (c) =>
        c.query(`CREATE DATABASE ${new URL(url).pathname.slice(1)} TEMPLATE template0`),
      );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const url of [sourceUrl, targetUrl])
      await withClient(serverUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`),
      );
  });

  it('dumps a database the API wrote to, in custom format, as the owner', async () => {
    const source = await TestApp.startOn(sourceUrl);
    try {
      for (const code of ['1287', '2023']) {
        const tenant = await source.newTenant(code);
        const user = await source.newUser({
          email: `strateg@${code}.backup.test`,
          memberships: [{ tenantId: tenant.id, role: 'strategist' }],
        });
        const session = await source.loginAs(user.email);
        const title = `Handlingsplan ${code} före säkerhetskopian`;
        const response = await session.post(`/api/v1/tenants/${code}/action-plans`, {
          title,
          kind: 'strategy',
          periodFrom: 2024,
          periodTo: 2027,
        });
        expect(response.status).toBe(201);
        created[code] = { planId: response.body.id as string, title };
      }
    } finally {
      await source.stop();
    }
    const dumped = run('pg_dump', ['-Fc', '--file', dumpFile, '--dbname', sourceUrl]);
    expect(dumped.stderr).toBe('');
    expect(statSync(dumpFile).size).toBeGreaterThan(10_000);
  });

  it('restores into a fresh database, where the API finds the data and RLS still holds', async () => {
    // The runtime role is cluster-wide: it must exist before the restore's GRANTs run.
    const restored = run('pg_restore', ['--exit-on-error', '--dbname', targetUrl, dumpFile]);
    expect(restored.stderr).toBe('');

    // Row-level security came back enabled and forced on every tenant-owned table.
    const unforced = await withClient(targetUrl, async (c) => {
      const { rows } = await c.query<{ relname: string }>(`
        SELECT c.relname FROM pg_class c
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
           AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`);
      return rows.map((r) => r.relname);
    });
    expect(unforced).toEqual([]);

    // The runtime role, with no tenant set, sees none of the restored rows.
    const appUrl = new URL(targetUrl);
    appUrl.username = APP_DB_ROLE;
    appUrl.password = DEV_APP_DB_PASSWORD;
    const app = new pg.Client({ connectionString: appUrl.toString() });
    await app.connect();
    try {
      const { rows } = await app.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM action_plans`,
      );
      expect(rows[0]?.n).toBe(0);
    } finally {
      await app.end();
    }

    const target = await TestApp.startOn(targetUrl);
    try {
      expect(target.logs).not.toContain('Migrations applied');
      const sessions: Record<string, ApiSession> = {};
      for (const code of ['1287', '2023']) {
        sessions[code] = await target.loginAs(`strateg@${code}.backup.test`);
        const plan = await sessions[code].get(
          `/api/v1/tenants/${code}/action-plans/${created[code]?.planId}`,
        );
        expect(plan.status).toBe(200);
        expect(plan.body.title).toBe(created[code]?.title);
      }
      // Trelleborg's strategist cannot reach Malung-Sälen's plan, through either kommun
      // (a kommun one is not a member of answers as if it did not exist).
      const other = created['2023']?.planId;
      const trelleborg = sessions['1287'] as ApiSession;
      expect((await trelleborg.get(`/api/v1/tenants/1287/action-plans/${other}`)).status).toBe(404);
      expect((await trelleborg.get(`/api/v1/tenants/2023/action-plans/${other}`)).status).toBe(404);
      const list = await trelleborg.get(`/api/v1/tenants/1287/action-plans`);
      expect(JSON.stringify(list.body)).not.toContain(created['2023']?.title);
      expect(JSON.stringify(list.body)).toContain(created['1287']?.title);
    } finally {
      await target.stop();
    }
  });
});
