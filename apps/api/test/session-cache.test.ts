import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiSession, TestApp } from './support/test-app.js';

/** Polls until `check` holds: a notification crosses processes in milliseconds, not at once. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

/**
 * Two API processes on one database, as two replicas behind a load balancer: each keeps its
 * own copy of the sessions it resolved, and PostgreSQL's notifications keep both honest.
 */
describe('session cache across API processes', () => {
  let a: TestApp;
  let b: TestApp;
  let tenant: { id: string; code: string };

  beforeAll(async () => {
    a = await TestApp.start();
    b = await TestApp.startOn(a.ownerUrl);
    tenant = await a.newTenant('1489');
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  /** The same session cookie, sent to the other process. */
  const onB = (session: ApiSession) => new ApiSession(b, session.cookie, session.csrfToken);

  it('a logout on one process ends the session on the other', async () => {
    const { email } = await a.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] });
    const session = await a.loginAs(email);
    const other = onB(session);
    // Both processes resolve (and cache) the session.
    expect((await session.get('/api/v1/auth/me')).status).toBe(200);
    expect((await other.get('/api/v1/auth/me')).status).toBe(200);
    expect((await other.get('/api/v1/auth/me')).status).toBe(200);
    expect((await session.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await session.get('/api/v1/auth/me')).status).toBe(401);
    expect(await eventually(async () => (await other.get('/api/v1/auth/me')).status === 401)).toBe(
      true,
    );
  });

  it('a membership withdrawn in the database closes the kommun on both processes', async () => {
    const { email, id } = await a.newUser({
      memberships: [{ tenantId: tenant.id, role: 'strategist' }],
    });
    const session = await a.loginAs(email);
    const other = onB(session);
    const plans = `/api/v1/tenants/${tenant.code}/action-plans`;
    expect((await session.get(plans)).status).toBe(200);
    expect((await other.get(plans)).status).toBe(200);
    await a.sql(`DELETE FROM memberships WHERE user_id = $1`, [id]);
    for (const s of [session, other])
      expect(await eventually(async () => (await s.get(plans)).status === 404)).toBe(true);
  });

  it('a write always checks the session in the database, even when a read was cached', async () => {
    const { email, id } = await a.newUser({
      memberships: [{ tenantId: tenant.id, role: 'reader' }],
    });
    const session = await a.loginAs(email);
    expect((await session.get('/api/v1/auth/me')).status).toBe(200);
    // Revoked with the notification switched off, so this process cannot hear of it: a read
    // is still answered from its copy (within the copy's 30 s), but a write asks the database.
    await a.sql(`ALTER TABLE sessions DISABLE TRIGGER sessions_principal_change`);
    try {
      await a.sql(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [id]);
    } finally {
      await a.sql(`ALTER TABLE sessions ENABLE TRIGGER sessions_principal_change`);
    }
    expect((await session.get('/api/v1/auth/me')).status).toBe(200);
    // Logging out is a write: on a cached copy it would succeed (204).
    expect((await session.post('/api/v1/auth/logout')).status).toBe(401);
  });
});
