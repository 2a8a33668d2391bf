import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SERVER_ENV, withClient } from './support/test-database.js';
import { exampleFor, operations, type OpenApiDocument } from './support/openapi-walk.js';
import { TEST_PASSWORD, TestApp } from './support/test-app.js';

describe('platform conventions', () => {
  let t: TestApp;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    t = await TestApp.start({ LOG_LEVEL: 'log' });
    doc = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
  });
  afterAll(() => t.stop());

  it('serves the OpenAPI document and Swagger UI', async () => {
    expect(doc.paths['/api/v1/tenants/{code}/org-units']).toBeDefined();
    const ui = await t.http.get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('gives every operation a stable operationId', () => {
    const ids = operations(doc).map((op) => op.operationId);
    expect(ids.every((id) => /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('requires a login on every route that is not explicitly public', async () => {
    const publicRoutes = new Set(['login', 'getHealth', 'getPublicPage', 'getPublicPageHtml']);
    for (const op of operations(doc)) {
      if (publicRoutes.has(op.operationId)) continue;
      const path = op.path
        .replace('{code}', '1287')
        .replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      const response = await t.http[op.method as 'get'](path).send(
        exampleFor(doc, op.bodySchema) as object,
      );
      expect({ op: op.operationId, status: response.status }).toEqual({
        op: op.operationId,
        status: 401,
      });
    }
  });

  it('reports health with the database state', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/api/health', '/api/v1/auth/me', '/api/nowhere']) {
      const response = await t.http.get(path);
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('answers unknown routes and unreadable bodies with the JSON error shape, never a 500', async () => {
    const missing = await t.http.get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    const broken = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'malformed_body' });
    const wrongShape = await t.http.post('/api/v1/auth/login').send([1, 2, 3]);
    expect(wrongShape.status).toBe(400);
    const huge = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'a@b.se', password: 'x'.repeat(3_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
  });

  it('writes structured JSON logs with a request id and never a password', async () => {
    const { email } = await t.newUser();
    const response = await t.http
      .post('/api/v1/auth/login')
      .set('X-Request-Id', 'test-request-0001')
      .send({ email, password: TEST_PASSWORD });
    expect(response.headers['x-request-id']).toBe('test-request-0001');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = t.logs
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map(
        (line) =>
          JSON.parse(line) as { message: { requestId?: string; path?: string; status?: number } },
      );
    const entry = lines.find((l) => l.message.requestId === 'test-request-0001');
    expect(entry?.message).toMatchObject({ path: '/api/v1/auth/login', status: 200 });
    expect(t.logs).not.toContain(TEST_PASSWORD);
  });

  it('reports a database outage as 503 and recovers without a restart', async () => {
    // From another database: a database cannot close itself to new connections.
    const server = (sql: string) =>
      withClient(process.env[SERVER_ENV] as string, (c) => c.query(sql));
    await server(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS false`);
    await t.sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = 'samla_app'`,
      [t.databaseName],
    );
    const down = await t.http.get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'error', database: { status: 'down' } });
    await server(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`);
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await t.http.get('/api/health')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  });
});
