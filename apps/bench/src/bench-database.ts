import { startEmbeddedPostgres } from '@samla/api/dist/database/embedded-postgres.js';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from './paths.js';

/** The benchmarks' own database: never the one `npm start` or the tests use. */
export const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'samla_bench';
/** Away from `npm start`'s 54329 so both can run at once. */
const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54339);
export const BENCH_PG_DIR = join(REPO_ROOT, '.data/bench-postgres');

export interface BenchServer {
  /** Owner URL of the bench database. */
  ownerUrl: string;
  /** Owner URL of the server's maintenance database (to create and drop the bench one). */
  adminUrl: string;
  /** Where PostgreSQL runs, for the report. */
  description: string;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The server DATABASE_URL points to, or an embedded PostgreSQL with its data in
 * .data/bench-postgres (kept, so `npm run bench` finds what `npm run bench:data` made).
 */
export async function openBenchServer(log: (msg: string) => void): Promise<BenchServer> {
  if (process.env.DATABASE_URL) {
    const adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
    return {
      ownerUrl: withDatabase(process.env.DATABASE_URL, BENCH_DATABASE),
      adminUrl,
      description: `server at DATABASE_URL (${new URL(adminUrl).host})`,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: BENCH_PG_DIR,
    port: BENCH_PG_PORT,
    database: 'postgres',
    log,
  });
  return {
    ownerUrl: withDatabase(embedded.url, BENCH_DATABASE),
    adminUrl: embedded.url,
    description: `embedded PostgreSQL in .data/bench-postgres, port ${BENCH_PG_PORT}`,
    stop: () => embedded.stop(),
  };
}

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops and creates the bench database, so every generation starts from nothing. */
export async function recreateBenchDatabase(server: BenchServer): Promise<void> {
  await withClient(server.adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  });
}

export async function benchDatabaseExists(server: BenchServer): Promise<boolean> {
  return withClient(server.adminUrl, async (c) => {
    const r = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DATABASE]);
    return r.rowCount === 1;
  });
}
