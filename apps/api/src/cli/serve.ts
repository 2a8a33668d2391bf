/**
 * Serves the API and the built admin on one port without touching the schema: the command
 * of every replica once `migrate.js` has run (the container image's default). It needs
 * only the runtime role's connection (DATABASE_APP_URL, or DATABASE_URL with
 * DATABASE_APP_PASSWORD to derive it); it never runs migrations, never loads the demo and
 * never starts an embedded PostgreSQL, and it refuses to start on a schema that lacks a
 * migration this build knows. SIGTERM drains: Nest closes the HTTP server and lets
 * running imports and reminder passes finish.
 *   DATABASE_APP_URL=postgres://samla_app:…@db/samla node dist/cli/serve.js
 */
import { createApp } from '../app.factory.js';
import { configurationProblems, parseEnv, toAppConfig } from '../config/app-config.js';
import { missingMigrations } from '../database/schema-version.js';

const say = (msg: string) => process.stdout.write(`[samla] ${msg}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  const env = parseEnv();
  const problems = configurationProblems(env, 'serve');
  if (problems.length) throw new Error(problems.join(' '));
  const config = toAppConfig(env, env.DATABASE_URL);
  // An old schema under new code would fail request by request; refuse instead, so the
  // replica never becomes ready and the previous version keeps serving.
  const missing = await missingMigrations(config.databaseAppUrl).catch((error: unknown) => {
    throw new Error(
      `cannot read the schema version (${error instanceof Error ? error.message : String(error)}); run migrate.js first`,
    );
  });
  if (missing.length)
    throw new Error(`the database lacks migrations ${missing.join(', ')}; run migrate.js first`);
  const app = await createApp(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen(config.port);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`Samla is running on http://localhost:${port} (ready in ${seconds} s)`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[samla] Could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
