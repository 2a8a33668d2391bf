import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { DEMO_PASSWORD, Product } from '../support/product.js';

/** PostgreSQL processes still running on a data folder. */
function postgresOn(dataDir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(`-D ${dataDir}`));
}

async function loginWorks(product: Product): Promise<boolean> {
  const response = await fetch(`${product.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'strateg@alingsas.samla.test', password: DEMO_PASSWORD }),
  });
  return response.status === 200;
}

describe('npm start with embedded PostgreSQL', () => {
  it('keeps data across restarts, recovers from a hard kill, and stops PostgreSQL on Ctrl-C', async () => {
    const pgPort = 30000 + Math.floor(Math.random() * 20000);
    const first = await Product.start({ pgPort });
    const dataDir = first.dataFolder;
    expect(await loginWorks(first)).toBe(true);

    // Killed hard: PostgreSQL is left running without its parent.
    await first.kill();
    expect(postgresOn(dataDir).length).toBeGreaterThan(0);

    const second = await Product.start({ dataDir, pgPort });
    expect(second.logs).toContain('left running by an earlier run');
    expect(second.logs).not.toContain('loading the demo'); // the data survived
    expect(await loginWorks(second)).toBe(true);

    await second.stop({ keepData: true });
    expect(second.logs).toContain('SIGINT: stopping');
    expect(postgresOn(dataDir)).toEqual([]);

    const third = await Product.start({ dataDir, pgPort });
    expect(third.logs).not.toContain('earlier run');
    expect(await loginWorks(third)).toBe(true);
    await third.stop();
  }, 90_000);
});
