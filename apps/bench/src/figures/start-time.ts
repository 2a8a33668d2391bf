import { API_NODE_FLAGS } from '@samla/api/dist/config/node-flags.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { judged, type FigureResult } from '../figure.js';
import { API_START_SCRIPT, REPO_ROOT } from '../paths.js';
import { median, round } from '../stats.js';

const DATA_DIR = join(REPO_ROOT, '.data/bench-start-postgres');
const PG_PORT = 54349;
const ROUNDS = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts `npm start`'s script on the embedded database in DATA_DIR and waits until
 * /api/health says ok; returns the milliseconds from spawn, then stops it with SIGINT (as
 * Ctrl-C would) and waits for it and its PostgreSQL to exit.
 */
async function timedStart(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_START_SCRIPT], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      EMBEDDED_PG_DIR: DATA_DIR,
      EMBEDDED_PG_PORT: String(PG_PORT),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (b: Buffer) => output.push(b.toString()));
  child.stderr.on('data', (b: Buffer) => output.push(b.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output.join('')}`);
      if (performance.now() - started > 120_000)
        throw new Error(`npm start not healthy in 120 s:\n${output.join('')}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        const body = (await response.json()) as { status?: string };
        if (response.ok && body.status === 'ok') return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

/**
 * Figure 6: `npm start` on an existing embedded database, until /api/health is ok. The
 * data directory is made (cluster, migrations, demo) by a first start that does not count.
 */
export async function startTime(): Promise<FigureResult> {
  const prepared = existsSync(join(DATA_DIR, 'PG_VERSION'));
  if (!prepared) await timedStart();
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) times.push(await timedStart());
  const seconds = median(times) / 1000;
  return judged(
    {
      id: '6',
      title: '`npm start` on an existing embedded database until /api/health is ok',
      goal: '≤ 10 s',
      measured: `${round(seconds)} s (median of ${ROUNDS})`,
      value: round(seconds),
      details: { startsMs: times.map((v) => round(v)), dataDir: '.data/bench-start-postgres' },
    },
    seconds <= 10,
  );
}
