import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseWithAssignments, daysFromToday } from './support/deadline-fixtures.js';
import { TestApp, type ApiSession } from './support/test-app.js';

describe('deadlines', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let strategist: ApiSession;
  let contributor: ApiSession;
  let reader: ApiSession;
  let units: { ifo: string; klk: string };
  const api = '/api/v1/tenants/1489';
  let ids: { mine: string; theirs: string; agreement: string; forum: string; plan: string };

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant('1489');
    units = {
      ifo: (await t.newOrgUnit(tenant.id, { name: 'IFO' })).id,
      klk: (await t.newOrgUnit(tenant.id, { name: 'Kommunledningskontoret' })).id,
    };
    strategist = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] })).email,
    );
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] })).email,
    );
    const c = await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'contributor' }] });
    await t.sql(
      `INSERT INTO membership_units (tenant_id, user_id, org_unit_id) VALUES ($1, $2, $3)`,
      [tenant.id, c.id, units.ifo],
    );
    contributor = await t.loginAs(c.email);

    const mine = await caseWithAssignments(t, tenant.id, [5], { responsibleUnitId: units.ifo });
    const theirs = await caseWithAssignments(t, tenant.id, [-3], { responsibleUnitId: units.klk });
    await caseWithAssignments(t, tenant.id, [400], { responsibleUnitId: units.klk });

    const partner = await strategist.post(`${api}/partners`, { name: 'Polisen', type: 'police' });
    const followed = new Date();
    followed.setUTCMonth(followed.getUTCMonth() - 23);
    const agreement = await strategist.post(`${api}/agreements`, {
      partnerId: partner.body.id,
      subject: 'Samverkansöverenskommelse',
      signedOn: '2015-01-01',
      signatoryLevel: 'executive',
      lastFollowUpOn: followed.toISOString().slice(0, 10),
      responsibleUnitId: units.klk,
    });
    const forum = await strategist.post(`${api}/forums`, {
      name: 'Nätverket',
      kind: 'network',
      conveningUnitId: units.klk,
      cadence: { unit: 'year', count: 12 },
      activeFrom: `${new Date().getUTCFullYear()}-01-01`,
    });
    const [plan] = await t.sql<{ id: string }>(
      `INSERT INTO action_plans (tenant_id, id, title, kind, period_from, period_to, status, owner_unit_id)
       VALUES ($1, gen_random_uuid(), 'Handlingsplan', 'action_plan', 2020, $2, 'in_force', $3) RETURNING id`,
      [tenant.id, new Date().getUTCFullYear(), units.klk],
    );
    ids = {
      mine: mine.assignmentIds[0] as string,
      theirs: theirs.assignmentIds[0] as string,
      agreement: agreement.body.id,
      forum: forum.body.id,
      plan: plan?.id as string,
    };
  });
  afterAll(() => t.stop());

  it('lists report-backs, agreements, forums behind cadence and plan periods, nearest first', async () => {
    const r = await reader.get(`${api}/deadlines`);
    expect(r.status).toBe(200);
    const byId = new Map(r.body.map((d: { entityId: string }) => [d.entityId, d]));
    expect(byId.get(ids.theirs)).toMatchObject({
      kind: 'assignment_report',
      state: 'overdue',
      daysLeft: -3,
      dueDate: daysFromToday(-3),
    });
    expect(byId.get(ids.mine)).toMatchObject({
      kind: 'assignment_report',
      state: 'due_soon',
      daysLeft: 5,
    });
    expect(byId.get(ids.agreement)).toMatchObject({ kind: 'agreement_follow_up' });
    expect(byId.get(ids.forum)).toMatchObject({
      kind: 'forum_cadence',
      dueDate: `${new Date().getUTCFullYear()}-12-31`,
    });
    expect(byId.get(ids.plan)).toMatchObject({
      kind: 'plan_period_end',
      dueDate: `${new Date().getUTCFullYear()}-12-31`,
    });
    const dates = r.body.map((d: { dueDate: string }) => d.dueDate);
    expect(dates).toEqual([...dates].sort());
    // 400 days ahead is beyond the default horizon of 180 days.
    expect(r.body).toHaveLength(5);
    expect((await reader.get(`${api}/deadlines?horizonDays=730`)).body).toHaveLength(6);
  });

  it("shows a user only their own with mine=true: their units' and those assigned to them", async () => {
    const mine = await contributor.get(`${api}/deadlines?mine=true`);
    expect(mine.body.map((d: { entityId: string }) => d.entityId)).toEqual([ids.mine]);
    expect((await strategist.get(`${api}/deadlines?mine=true`)).body).toEqual([]);
    const kinds = await reader.get(`${api}/deadlines?kind=agreement_follow_up`);
    expect(kinds.body.map((d: { kind: string }) => d.kind)).toEqual(['agreement_follow_up']);
    expect((await reader.get(`${api}/deadlines?horizonDays=0`)).status).toBe(400);
  });
});
