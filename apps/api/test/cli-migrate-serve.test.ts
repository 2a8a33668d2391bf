import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { APP_DB_ROLE, DEV_APP_DB_PASSWORD } from '../src/config/app-config.js';
import { TestApp } from './support/test-app.js';
import { SERVER_ENV, databaseUrl, uniqueName, withClient } from './support/test-database.js';

const MIGRATE = fileURLToPath(new URL('../dist/cli/migrate.js', import.meta.url));

/**
 * The split the containers use: `migrate.js` (one-shot, as the owner) before any
 * replica, and `serve.js` (runtime role only) on every replica. Each on a brand-new,
 * empty database, as an install meets them.
 */
describe('migrate and serve entry points', () => {
  const serverUrl = process.env[SERVER_ENV] as string;
  const name = uniqueName('samla_cli');
  const ownerUrl = databaseUrl(serverUrl, name);
  const appUrl = (() => {
    const url = new URL(ownerUrl);
    url.username = APP_DB_ROLE;
    url.password = DEV_APP_DB_PASSWORD;
    return url.toString();
  })();
  const production = { NODE_ENV: 'production', DATABASE_APP_PASSWORD: DEV_APP_DB_PASSWORD };
  const sql = (text: string) =>
    withClient(ownerUrl, async (c) => (await c.query<Record<string, unknown>>(text)).rows);
  const migrate = (env: Record<string, string>) =>
    spawnSync(process.execPath, [MIGRATE], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });
  const serve = (env: Record<string, string> = {}) =>
    TestApp.startOn(
      ownerUrl,
      { NODE_ENV: 'production', DATABASE_URL: '', DATABASE_APP_URL: appUrl, ...env },
      { script: 'cli/serve.js' },
    );

  beforeAll(() => withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`)));
  afterAll(() =>
    withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  );

  it('migrate refuses to run without the owner URL, naming it', () => {
    const run = migrate(production);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL');
  });

  it('serve refuses an unmigrated database and creates nothing in it', async () => {
    await expect(serve()).rejects.toThrow(/run migrate\.js first/);
    expect(await sql(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
  });

  it('migrate prepares the schema, the runtime login and the catalogue, and is idempotent', async () => {
    const first = migrate({ ...production, DATABASE_URL: ownerUrl });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Migrations applied: Foundation\d+/);
    const [catalogue] = await sql(`SELECT (SELECT count(*) FROM methods)::int AS methods`);
    expect(catalogue?.methods).toBeGreaterThan(0);

    const second = migrate({ ...production, DATABASE_URL: ownerUrl });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('the schema is up to date');
    expect(second.stdout).toContain('0 plan templates and 0 methods added');
    expect(await sql(`SELECT (SELECT count(*) FROM methods)::int AS methods`)).toEqual([catalogue]);
  });

  it('serve answers /api/health as the runtime role only, without the owner URL', async () => {
    const app = await serve();
    try {
      const health = await app.http.get('/api/health');
      expect(health.status).toBe(200);
      expect(health.body.status).toBe('ok');
      expect(app.logs).not.toContain('Migrations applied');
      const [connection] = await sql(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename = '${APP_DB_ROLE}'`,
      );
      expect(connection?.n).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });

  it('serve refuses a schema older than its code, naming the missing migration', async () => {
    const [latest] = await sql(
      `DELETE FROM schema_migrations WHERE id = (SELECT max(id) FROM schema_migrations) RETURNING name`,
    );
    await expect(serve()).rejects.toThrow(
      new RegExp(`lacks migrations ${String(latest?.name)}.*run migrate\\.js first`),
    );
  });
});
