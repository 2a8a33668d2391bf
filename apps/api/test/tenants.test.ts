import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp, type ApiSession } from './support/test-app.js';

describe('onboarding kommuner', () => {
  let t: TestApp;
  let admin: ApiSession;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.loginAs((await t.newUser({ platformAdmin: true })).email);
  });
  afterAll(() => t.stop());

  it('onboards a kommun from the official list, in its län, with an audit record', async () => {
    const response = await admin.post('/api/v1/tenants', { code: '2081' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      code: '2081',
      name: 'Borlänge',
      regionCode: '20',
      regionName: 'Dalarnas län',
    });
    const [audit] = await t.sql<{ action: string; tenant_id: string }>(
      `SELECT action, tenant_id FROM audit_events WHERE entity_id = $1`,
      [response.body.id],
    );
    expect(audit).toEqual({ action: 'tenant.onboarded', tenant_id: response.body.id });
    const list = await admin.get('/api/v1/tenants');
    expect(list.body.map((x: { code: string }) => x.code)).toContain('2081');
  });

  it('refuses an unknown kommunkod, a malformed one and a second onboarding, leaving nothing behind', async () => {
    const unknown = await admin.post('/api/v1/tenants', { code: '9999' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'unknown_municipality' });
    expect(unknown.body.message).toContain('9999');
    const malformed = await admin.post('/api/v1/tenants', { code: '20811' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues).toEqual([
      expect.objectContaining({ field: 'code', code: 'municipality_code' }),
    ]);
    await admin.post('/api/v1/tenants', { code: '1466' });
    const again = await admin.post('/api/v1/tenants', { code: '1466' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('tenant_already_onboarded');
    const rows = await t.sql(`SELECT code FROM tenants WHERE code IN ('9999', '1466')`);
    expect(rows).toEqual([{ code: '1466' }]);
  });

  it('lets only platform admins onboard', async () => {
    const tenant = await t.newTenant('1287');
    const admin2 = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'tenant_admin' }] })).email,
    );
    const response = await admin2.post('/api/v1/tenants', { code: '1490' });
    expect(response.status).toBe(403);
    expect(await t.sql(`SELECT 1 FROM tenants WHERE code = '1490'`)).toHaveLength(0);
  });

  it('shows a member only their own kommuner, and hides others behind 404', async () => {
    const a = await t.newTenant('2023');
    await t.newTenant('1489');
    const member = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: a.id, role: 'reader' }] })).email,
    );
    const list = await member.get('/api/v1/tenants');
    expect(list.body.map((x: { code: string }) => x.code)).toEqual(['2023']);
    expect((await member.get('/api/v1/tenants/2023')).status).toBe(200);
    expect((await member.get('/api/v1/tenants/1489')).status).toBe(404);
    expect((await member.get('/api/v1/tenants/0000')).status).toBe(404);
  });

  it('lets tenant admins, and only them, read their audit log', async () => {
    const tenant = await t.newTenant('0114');
    const tenantAdmin = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'tenant_admin' }] })).email,
    );
    const strategist = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] })).email,
    );
    await strategist.post('/api/v1/tenants/0114/org-units', {
      name: 'Kommunstyrelsen',
      kind: 'executive_board',
    });
    const log = await tenantAdmin.get('/api/v1/tenants/0114/audit-events');
    expect(log.status).toBe(200);
    expect(log.body[0]).toMatchObject({ action: 'org_unit.created', entityType: 'org_unit' });
    expect(log.body[0].after.name).toBe('Kommunstyrelsen');
    expect((await strategist.get('/api/v1/tenants/0114/audit-events')).status).toBe(403);
  });
});
