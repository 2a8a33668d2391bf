/**
 * `npm start`: the whole product on one port.
 *  1. PostgreSQL: DATABASE_URL when set, otherwise an embedded server with its data in
 *     .data/postgres (kept across restarts).
 *  2. Migrations, as the database owner.
 *  3. The demo, on an empty database outside production.
 *  4. The API and the built admin on http://localhost:$PORT.
 * Ctrl-C stops the API and then PostgreSQL cleanly.
 */
import { join, resolve } from 'node:path';
import { createApp } from '../app.factory.js';
import { ValidationFailedError } from '../common/app-error.js';
import { DEV_APP_DB_PASSWORD, parseEnv, toAppConfig } from '../config/app-config.js';
import type { EmbeddedDatabase } from '../database/embedded-postgres.js';
import { enableAppRoleLogin, runMigrations } from '../database/migrate.js';
import { DEFAULT_DEMO_PASSWORD, DEMO_USERS } from '../demo/demo-data.js';
import { isDatabaseEmpty, loadDemo } from '../demo/load-demo.js';
import { ensureToolkitCatalogue } from '../toolkit/ensure-catalogue.js';

const say = (msg: string) => process.stdout.write(`[samla] ${msg}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  const env = parseEnv();
  const repoRoot = resolve(import.meta.dirname, '../../../..');
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = env.DATABASE_URL;
  if (!ownerUrl) {
    if (env.NODE_ENV === 'production') throw new Error('DATABASE_URL must be set in production.');
    const dataDir = env.EMBEDDED_PG_DIR ?? join(repoRoot, '.data/postgres');
    say(`Starting embedded PostgreSQL (${dataDir}, port ${env.EMBEDDED_PG_PORT})`);
    try {
      // Loaded only here: the package installs a process-exit hook as soon as it is imported,
      // which a server on DATABASE_URL (production, the tests) must not carry.
      const { startEmbeddedPostgres } = await import('../database/embedded-postgres.js');
      embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT, log: say });
    } catch (error) {
      process.stderr.write(
        `[samla] Could not start PostgreSQL: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    }
    ownerUrl = embedded.url;
  }

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const ran = await runMigrations(ownerUrl);
    if (ran.length) say(`Migrations applied: ${ran.join(', ')}`);
    if (!env.DATABASE_APP_URL)
      await enableAppRoleLogin(ownerUrl, env.DATABASE_APP_PASSWORD ?? DEV_APP_DB_PASSWORD);

    const config = toAppConfig(env, ownerUrl);
    app = await createApp(config);
    const added = await ensureToolkitCatalogue(app);
    if (added.methods || added.templates)
      say(
        `Toolkit: added ${added.templates} plan templates and ${added.methods} methods to the shared catalogue`,
      );
    if (config.env !== 'production' && env.DEMO_DATA === 'auto' && (await isDatabaseEmpty(app))) {
      say(
        'Empty database: loading the demo kommuner (Trelleborg, Malung-Sälen, Alingsås and three smaller ones)',
      );
      await loadDemo(app, env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD);
    }
    await app.listen(config.port);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say(`Samla is running on http://localhost:${port} (ready in ${seconds} s)`);
    say(`API documentation: http://localhost:${port}/api/docs`);
    if (config.env !== 'production') {
      say(
        `Demo logins (password ${env.DEMO_PASSWORD ? 'from DEMO_PASSWORD' : `"${DEFAULT_DEMO_PASSWORD}"`}):`,
      );
      for (const u of DEMO_USERS) say(`  ${u.email.padEnd(34)} ${u.displayName}`);
    }
    say('Press Ctrl-C to stop.');
  } catch (error) {
    const details =
      error instanceof ValidationFailedError
        ? `: ${error.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`
        : '';
    process.stderr.write(
      `[samla] Could not start: ${error instanceof Error ? error.message : String(error)}${details}\n`,
    );
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
