// Runs the API's integration tests a second time against an ordinary PostgreSQL server
// (the PostgreSQL 15 at 127.0.0.1:5432 with trust auth on Samla's machines), so both
// supported set-ups are proven: embedded (`npm test`'s first run) and external.
// EXTERNAL_DATABASE_URL overrides the server. When no server answers, say so loudly and
// skip; CI (.ci/run) makes sure the server is running, so there it always runs.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const url = process.env.EXTERNAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
try {
  await client.connect();
  const { rows } = await client.query('SHOW server_version');
  console.log(
    `Integration tests against external PostgreSQL ${rows[0].server_version} (${new URL(url).host})`,
  );
} catch (error) {
  console.warn(`\n*** SKIPPED: no PostgreSQL answers at ${new URL(url).host} (${error.message}).`);
  console.warn(
    '*** The embedded-PostgreSQL run covered the same tests. Set EXTERNAL_DATABASE_URL to use another server.\n',
  );
  process.exit(process.env.REQUIRE_EXTERNAL_PG === '1' ? 1 : 0);
} finally {
  await client.end().catch(() => undefined);
}

const result = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '../../node_modules/jest/bin/jest.js', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } },
);
process.exit(result.status ?? 1);
