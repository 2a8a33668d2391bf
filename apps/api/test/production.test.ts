import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEV_APP_DB_PASSWORD } from '../src/config/app-config.js';
import { TestApp } from './support/test-app.js';

const CLI = fileURLToPath(new URL('../dist/cli/create-platform-admin.js', import.meta.url));

describe('production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The runtime role's password is cluster-wide: keep the one the other tests use.
    t = await TestApp.start({
      NODE_ENV: 'production',
      DEMO_DATA: 'auto',
      DATABASE_APP_PASSWORD: DEV_APP_DB_PASSWORD,
    });
  });
  afterAll(() => t.stop());

  it('never loads the demo, even on an empty database', async () => {
    expect(await t.sql(`SELECT 1 FROM tenants`)).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM users`)).toEqual([]);
    expect(t.logs).not.toContain('Demo logins');
  });

  it('creates the first platform admin with the CLI, who can then log in and onboard a kommun', async () => {
    const run = (email: string, password: string) =>
      spawnSync(process.execPath, [CLI, '--email', email, '--name', 'Anna Admin'], {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          DATABASE_URL: t.ownerUrl,
          DATABASE_APP_PASSWORD: DEV_APP_DB_PASSWORD,
          SAMLA_ADMIN_PASSWORD: password,
        },
        encoding: 'utf8',
      });
    const tooShort = run('it@kommun.se', 'kort');
    expect(tooShort.status).toBe(1);
    expect(tooShort.stderr).toContain('at least 10 characters');

    const created = run('IT@kommun.se', 'ett långt lösenord');
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created platform admin it@kommun.se');
    const admin = await t.loginAs('it@kommun.se', 'ett långt lösenord');
    expect((await admin.post('/api/v1/tenants', { code: '2081' })).status).toBe(201);
    const [audit] = await t.sql<{ action: string }>(`SELECT action FROM platform_audit_events`);
    expect(audit?.action).toBe('user.created');
  });
});
