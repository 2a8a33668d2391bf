import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_PASSWORD, TestApp } from './support/test-app.js';

describe('login, sessions and API tokens', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };

  beforeAll(async () => {
    t = await TestApp.start({ SESSION_IDLE_MINUTES: '30' });
    tenant = await t.newTenant('1489');
  });
  afterAll(() => t.stop());

  it('logs in, sets an HttpOnly SameSite session cookie and returns the user with a CSRF token', async () => {
    const user = await t.newUser({
      email: 'strateg@alingsas.test',
      memberships: [{ tenantId: tenant.id, role: 'strategist' }],
    });
    // E-mail addresses are compared without regard to case.
    const response = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'Strateg@Alingsas.TEST', password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: user.id,
      email: 'strateg@alingsas.test',
      isPlatformAdmin: false,
      memberships: [
        { tenantId: tenant.id, tenantCode: '1489', tenantName: 'Alingsås', role: 'strategist' },
      ],
    });
    expect(response.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = [response.headers['set-cookie']].flat().join(';');
    expect(cookie).toMatch(/samla_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // Only a hash of the secret is stored.
    const secret = /samla_session=([\w-]+)/.exec(cookie)?.[1] ?? '';
    const rows = await t.sql(`SELECT 1 FROM sessions WHERE encode(token_hash, 'escape') LIKE $1`, [
      `%${secret}%`,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('refuses a wrong password with 401 in the caller language and no cookie', async () => {
    const { email } = await t.newUser();
    const sv = await t.http.post('/api/v1/auth/login').send({ email, password: 'wrong' });
    expect(sv.status).toBe(401);
    expect(sv.body).toMatchObject({
      code: 'invalid_credentials',
      message: 'Fel e-postadress eller lösenord.',
    });
    expect(sv.headers['set-cookie']).toBeUndefined();
    const en = await t.http
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'en')
      .send({ email: 'nobody@test.samla', password: 'x' });
    expect(en.body.message).toBe('Wrong e-mail address or password.');
  });

  it('slows repeated failures down and then refuses for a while, even with the right password', async () => {
    const { email } = await t.newUser();
    const timings: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      const r = await t.http.post('/api/v1/auth/login').send({ email, password: `wrong-${i}` });
      timings.push(Date.now() - started);
      expect(r.status).toBe(401);
    }
    // Failures beyond the third are answered later and later.
    expect(timings[8]).toBeGreaterThanOrEqual(2500);
    const locked = await t.http.post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Once the window has passed, the right password works again.
    await t.sql(
      `UPDATE login_attempts SET attempted_at = attempted_at - interval '20 minutes' WHERE email = $1`,
      [email],
    );
    expect(
      (await t.http.post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD })).status,
    ).toBe(200);
  }, 60_000);

  it('answers /auth/me for a session and 401 without one', async () => {
    const { email } = await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] });
    const session = await t.loginAs(email);
    const me = await session.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, csrfToken: session.csrfToken });
    const anonymous = await t.http.get('/api/v1/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthenticated');
  });

  it('demands the CSRF token on state-changing requests made with the cookie', async () => {
    const { email } = await t.newUser({
      memberships: [{ tenantId: tenant.id, role: 'strategist' }],
    });
    const session = await t.loginAs(email);
    const withoutToken = await t.http
      .post('/api/v1/tenants/1489/org-units')
      .set('Cookie', session.cookie)
      .send({ name: 'Enhet', kind: 'unit' });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.code).toBe('csrf_invalid');
    const wrongToken = await t.http
      .post('/api/v1/tenants/1489/org-units')
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', 'x'.repeat(43))
      .send({ name: 'Enhet', kind: 'unit' });
    expect(wrongToken.status).toBe(403);
    expect(
      (await session.post('/api/v1/tenants/1489/org-units', { name: 'Enhet', kind: 'unit' }))
        .status,
    ).toBe(201);
  });

  it('logs out by revoking the session on the server', async () => {
    const { email } = await t.newUser();
    const session = await t.loginAs(email);
    expect((await session.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await session.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('expires a session after idle time and at its absolute end', async () => {
    const { email, id } = await t.newUser();
    const idle = await t.loginAs(email);
    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`,
      [id],
    );
    expect((await idle.get('/api/v1/auth/me')).status).toBe(401);
    const old = await t.loginAs(email);
    await t.sql(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL`,
      [id],
    );
    expect((await old.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('issues personal API tokens that work without CSRF, are stored hashed and can be revoked', async () => {
    const { email } = await t.newUser({
      memberships: [{ tenantId: tenant.id, role: 'strategist' }],
    });
    const session = await t.loginAs(email);
    const created = await session.post('/api/v1/auth/tokens', {
      label: 'Integration med ärendesystemet',
      expiresInDays: 30,
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.token;
    expect(secret).toMatch(/^samla_pat_/);
    expect(
      await t.sql(`SELECT 1 FROM api_tokens WHERE token_hash::text LIKE $1`, [`%${secret}%`]),
    ).toHaveLength(0);

    const bearer = (r: ReturnType<typeof t.http.get>) => r.set('Authorization', `Bearer ${secret}`);
    expect((await bearer(t.http.get('/api/v1/tenants/1489/org-units'))).status).toBe(200);
    const write = await bearer(t.http.post('/api/v1/tenants/1489/org-units')).send({
      name: 'Via token',
      kind: 'unit',
    });
    expect(write.status).toBe(201);

    const list = await session.get('/api/v1/auth/tokens');
    expect(list.body).toEqual([
      expect.objectContaining({ id: created.body.id, label: 'Integration med ärendesystemet' }),
    ]);
    expect(list.body[0].token).toBeUndefined();

    expect((await session.delete(`/api/v1/auth/tokens/${created.body.id}`)).status).toBe(204);
    expect((await bearer(t.http.get('/api/v1/tenants/1489/org-units'))).status).toBe(401);
    expect(
      (await t.http.get('/api/v1/auth/me').set('Authorization', 'Bearer samla_pat_nonsense'))
        .status,
    ).toBe(401);
  });

  it('scopes an API token to its owner rights', async () => {
    const { email } = await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] });
    const session = await t.loginAs(email);
    const { body } = await session.post('/api/v1/auth/tokens', { label: 'Läsning' });
    const write = await t.http
      .post('/api/v1/tenants/1489/org-units')
      .set('Authorization', `Bearer ${body.token}`)
      .send({ name: 'X', kind: 'unit' });
    expect(write.status).toBe(403);
  });
});
