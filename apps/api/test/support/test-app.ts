import type { TenantRole } from '@samla/domain';
import { findMunicipality } from '@samla/reference-data';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import request from 'supertest';
import { hashPassword } from '../../src/auth/password-hasher.js';
import { API_NODE_FLAGS } from '../../src/config/node-flags.js';
import { SERVER_ENV, TEMPLATE_ENV, databaseUrl, uniqueName, withClient } from './test-database.js';

export const TEST_PASSWORD = 'correct horse battery staple';
const START_SCRIPT = fileURLToPath(new URL('../../dist/scripts/start.js', import.meta.url));

/**
 * The real API, started the way `npm start` starts it (migrations, app role, one HTTP
 * port), in its own process on its own fresh database; plus an owner connection to arrange
 * and inspect. Running it out of process keeps the tests honest (nothing is reached but
 * HTTP and SQL), and NestJS 12's ES modules need no Jest module tricks.
 */
export class TestApp {
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly owner: pg.Pool,
    readonly databaseName: string,
    readonly ownerUrl: string,
    private readonly output: string[],
    private readonly dropOnStop: boolean,
  ) {}

  /**
   * `on.serverUrl`: another PostgreSQL server than the run's (a fault test that stops its
   * own); a new database there starts empty and the API's start-up migrates it.
   * `on.database`: an existing database, e.g. a second process after the first was killed.
   */
  static async start(
    env: Record<string, string> = {},
    on: { serverUrl?: string; database?: string } = {},
  ): Promise<TestApp> {
    const serverUrl = on.serverUrl ?? process.env[SERVER_ENV];
    const template = on.serverUrl ? undefined : process.env[TEMPLATE_ENV];
    if (!serverUrl || (!on.serverUrl && !template))
      throw new Error('The integration tests need test/support/global-setup.mjs.');
    const name = on.database ?? uniqueName('samla_test');
    if (!on.database)
      await withClient(serverUrl, (c) =>
        c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`),
      );
    return TestApp.startOn(databaseUrl(serverUrl, name), env, { dropOnStop: true });
  }

  /**
   * The API on a database the test made itself (any server; a restored dump, say). It is
   * started with `npm start`'s script unless `script` names another in dist/ (cli/serve.js).
   */
  static async startOn(
    ownerUrl: string,
    env: Record<string, string> = {},
    options: { dropOnStop?: boolean; script?: string } = {},
  ): Promise<TestApp> {
    const name = new URL(ownerUrl).pathname.slice(1);
    const output: string[] = [];
    const script = options.script
      ? fileURLToPath(new URL(`../../dist/${options.script}`, import.meta.url))
      : START_SCRIPT;
    const childEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: ownerUrl,
      PORT: '0',
      DEMO_DATA: 'never',
      LOG_LEVEL: 'warn',
      ...env,
    };
    // An empty value unsets a default (a replica that must not see the owner's URL).
    for (const [key, value] of Object.entries(childEnv)) if (value === '') delete childEnv[key];
    const child = spawn(process.execPath, [...API_NODE_FLAGS, script], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        output.push(text);
        const match = /running on (http:\/\/localhost:\d+)/.exec(text);
        if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.once('exit', (code) =>
        reject(new Error(`API exited (${code}) before it was ready:\n${output.join('')}`)),
      );
    });
    const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
    // An idle connection ends when a fault test stops PostgreSQL; the next query reconnects.
    owner.on('error', () => undefined);
    return new TestApp(child, baseUrl, owner, name, ownerUrl, output, options.dropOnStop ?? false);
  }

  /** The API's process id, and whether it still runs: a test that expects no restart checks both. */
  get pid(): number | undefined {
    return this.child.pid;
  }
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kills the API process with `signal` (SIGKILL: no shutdown hook runs) and waits for it. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill(signal);
    await exited;
  }

  /** What the API process printed (JSON logs), for tests about logging. */
  get logs(): string {
    return this.output.join('');
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
    await this.owner.end();
    if (!this.dropOnStop) return;
    await withClient(databaseUrl(this.ownerUrl, 'postgres'), (c) =>
      c.query(`DROP DATABASE IF EXISTS ${this.databaseName} WITH (FORCE)`),
    );
  }

  get http() {
    return request(this.baseUrl);
  }

  /** Runs SQL as the database owner (bypasses RLS): for arranging and checking only. */
  async sql<T extends pg.QueryResultRow = Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    return (await this.owner.query<T>(text, params)).rows;
  }

  /** A kommun from the official list, onboarded directly in the database. */
  async newTenant(code: string): Promise<{ id: string; code: string }> {
    const m = findMunicipality(code);
    if (!m) throw new Error(`No kommun ${code}`);
    const id = randomUUID();
    await this.sql(`INSERT INTO tenants (id, code, name, region_code) VALUES ($1, $2, $3, $4)`, [
      id,
      code,
      m.name,
      m.regionCode,
    ]);
    return { id, code };
  }

  async newUser(
    options: {
      email?: string;
      platformAdmin?: boolean;
      memberships?: Array<{ tenantId: string; role: TenantRole }>;
    } = {},
  ): Promise<{ id: string; email: string }> {
    const id = randomUUID();
    const email = options.email ?? `user-${id.slice(0, 8)}@test.samla`;
    await this.sql(
      `INSERT INTO users (id, email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4, $5)`,
      [id, email, email, await cachedHash(), options.platformAdmin ?? false],
    );
    for (const m of options.memberships ?? [])
      await this.sql(`INSERT INTO memberships (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [
        m.tenantId,
        id,
        m.role,
      ]);
    return { id, email };
  }

  async newOrgUnit(
    tenantId: string,
    fields: { name?: string; parentId?: string | null; kind?: string } = {},
  ) {
    const id = randomUUID();
    await this.sql(
      `INSERT INTO org_units (tenant_id, id, parent_id, name, kind) VALUES ($1, $2, $3, $4, $5)`,
      [
        tenantId,
        id,
        fields.parentId ?? null,
        fields.name ?? `Enhet ${id.slice(0, 4)}`,
        fields.kind ?? 'unit',
      ],
    );
    return { id };
  }

  /** Logs in through the API and returns a client that sends the cookie and CSRF token. */
  async loginAs(email: string, password = TEST_PASSWORD): Promise<ApiSession> {
    const response = await this.http.post('/api/v1/auth/login').send({ email, password });
    if (response.status !== 200)
      throw new Error(
        `Login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`,
      );
    const cookie = [response.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith('samla_session='));
    return new ApiSession(this, cookie?.split(';')[0] ?? '', response.body.csrfToken as string);
  }
}

let hashPromise: Promise<string> | undefined;
const cachedHash = () => (hashPromise ??= hashPassword(TEST_PASSWORD));

/** A logged-in browser, as far as the API can tell. */
export class ApiSession {
  language: 'sv' | 'en' = 'sv';

  constructor(
    private readonly testApp: TestApp,
    readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  private prepare(test: request.Test, unsafe: boolean): request.Test {
    test.set('Cookie', this.cookie).set('Accept-Language', this.language);
    if (unsafe) test.set('X-CSRF-Token', this.csrfToken);
    return test;
  }

  get(path: string) {
    return this.prepare(this.testApp.http.get(path), false);
  }
  post(path: string, body?: object) {
    return this.prepare(this.testApp.http.post(path), true).send(body ?? {});
  }
  patch(path: string, body?: object) {
    return this.prepare(this.testApp.http.patch(path), true).send(body ?? {});
  }
  put(path: string, body?: object) {
    return this.prepare(this.testApp.http.put(path), true).send(body ?? {});
  }
  delete(path: string) {
    return this.prepare(this.testApp.http.delete(path), true);
  }
  /** Any method by name, for tests that walk the OpenAPI document. */
  call(method: string, path: string, body?: object) {
    const m = method.toLowerCase();
    if (m === 'get') return this.get(path);
    if (m === 'delete') return this.delete(path);
    return this.prepare(this.testApp.http[m as 'post' | 'patch' | 'put'](path), true).send(
      body ?? {},
    );
  }
}
