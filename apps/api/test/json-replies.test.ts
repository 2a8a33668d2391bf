import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp, type ApiSession } from './support/test-app.js';

/** The API's JSON answers are written by JsonReplyAdapter, not by Express's res.json(). */
describe('JSON replies', () => {
  let t: TestApp;
  let strategist: ApiSession;

  beforeAll(async () => {
    t = await TestApp.start();
    const tenant = await t.newTenant('1489');
    await t.newUser({
      email: 'strateg@alingsas.test',
      memberships: [{ tenantId: tenant.id, role: 'strategist' }],
    });
    strategist = await t.loginAs('strateg@alingsas.test');
  });
  afterAll(() => t.stop());

  it('answers JSON with its type, its length in bytes and no ETag', async () => {
    const response = await strategist.get('/api/v1/auth/me');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    // "Alingsås" is two bytes longer in UTF-8 than in characters: the length is in bytes.
    expect(response.text).toContain('Alingsås');
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
    expect(response.headers.etag).toBeUndefined();
    expect(response.body.memberships[0].tenantName).toBe('Alingsås');
    // The security headers and the request id are still set before the body is written.
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('answers HEAD with the same length and no body', async () => {
    const get = await strategist.get('/api/v1/auth/me');
    const head = await t.http.head('/api/v1/auth/me').set('Cookie', strategist.cookie);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.text ?? '').toBe('');
  });

  it('keeps a status a route sets and answers errors as JSON without an ETag', async () => {
    const created = await strategist.post('/api/v1/tenants/1489/action-plans', {
      title: 'Handlingsplan mot våld i nära relationer',
      kind: 'action_plan',
      periodFrom: 2026,
      periodTo: 2028,
    });
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const anonymous = await t.http.get('/api/v1/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/json/);
    expect(anonymous.headers.etag).toBeUndefined();
    expect(anonymous.body.code).toBe('unauthenticated');
  });

  it('leaves answers of other types to Nest: the public page stays HTML', async () => {
    const page = await t.http.get('/k/1489');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });
});
