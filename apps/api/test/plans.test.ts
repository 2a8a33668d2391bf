import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planTotalsMismatches } from './support/plan-totals.js';
import { TestApp, type ApiSession } from './support/test-app.js';

describe('handlingsplaner', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let strategist: ApiSession;
  let reader: ApiSession;
  let contributor: ApiSession;
  let admin: ApiSession;
  let units: { sn: string; bun: string; kfn: string };
  const api = '/api/v1/tenants/2023';

  const newPlan = async (body: object = {}) => {
    const response = await strategist.post(`${api}/action-plans`, {
      title: 'Strategi mot våld i nära relationer',
      kind: 'strategy',
      periodFrom: 2022,
      periodTo: 2025,
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body as {
      id: string;
      version: number;
      goals: Array<{ id: string; title: string; parentId: string | null }>;
      activities: Array<{ id: string; version: number; title: string }>;
    };
  };

  const newActivity = async (planId: string, body: object = {}) => {
    const response = await strategist.post(`${api}/activities`, {
      planId,
      title: 'Utbildning för medarbetare',
      level: 'organisation',
      tier: 'promotive',
      targetGroups: ['employees'],
      violenceTypes: ['vinr'],
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body as {
      id: string;
      version: number;
      status: string;
      progress: number;
      tracking: { state: string };
    };
  };

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant('2023');
    units = {
      sn: (await t.newOrgUnit(tenant.id, { name: 'Socialnämnden', kind: 'committee' })).id,
      bun: (
        await t.newOrgUnit(tenant.id, { name: 'Barn- och utbildningsnämnden', kind: 'committee' })
      ).id,
      kfn: (
        await t.newOrgUnit(tenant.id, { name: 'Kultur- och fritidsnämnden', kind: 'committee' })
      ).id,
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
      [tenant.id, c.id, units.sn],
    );
    contributor = await t.loginAs(c.email);
    admin = await t.loginAs((await t.newUser({ platformAdmin: true })).email);
  });
  afterAll(() => t.stop());

  describe('the programme', () => {
    it('starts empty at version 0, is saved whole, and refuses a stale save', async () => {
      const empty = await reader.get(`${api}/programme`);
      expect(empty.body).toMatchObject({
        id: null,
        version: 0,
        modelStep: 'organise',
        violenceTypes: [],
      });
      const body = {
        version: 0,
        vision: 'Ett Malung-Sälen fritt från våld',
        violenceTypes: ['mvk', 'hrv', 'vinr'],
        coordinatingUnitId: units.sn,
        steeringGroupUnitIds: [units.sn, units.bun, units.kfn],
        modelStep: 'organise',
      };
      const saved = await strategist.put(`${api}/programme`, body);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 1, violenceTypes: ['mvk', 'hrv', 'vinr'] });
      expect([...saved.body.steeringGroupUnitIds].sort()).toEqual(
        [units.sn, units.bun, units.kfn].sort(),
      );
      const stale = await strategist.put(`${api}/programme`, { ...body, modelStep: 'map' });
      expect(stale.status).toBe(409);
      expect(stale.body.current.version).toBe(1);
      const unknown = await strategist.put(`${api}/programme`, {
        ...body,
        version: 1,
        coordinatingUnitId: '6f1c1d1e-0000-4000-8000-000000000000',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.issues).toEqual([
        expect.objectContaining({ field: 'coordinatingUnitId', code: 'unknown_reference' }),
      ]);
      expect((await reader.put(`${api}/programme`, { ...body, version: 1 })).status).toBe(403);
    });
  });

  describe('plans and their status', () => {
    it('moves a plan draft → remiss → adopted (with its decision) → in force, refusing what makes no sense', async () => {
      const plan = await newPlan();
      const skip = await strategist.post(`${api}/action-plans/${plan.id}/transitions`, {
        version: plan.version,
        to: 'in_force',
      });
      expect(skip.status).toBe(409);
      expect(skip.body).toMatchObject({ code: 'invalid_transition' });
      expect(skip.body.message).toBe('En plan kan inte gå från Utkast till Gällande.');

      const remiss = await strategist.post(`${api}/action-plans/${plan.id}/transitions`, {
        version: plan.version,
        to: 'consultation',
      });
      expect(remiss.body.status).toBe('consultation');
      const noDecision = await strategist.post(`${api}/action-plans/${plan.id}/transitions`, {
        version: remiss.body.version,
        to: 'adopted',
      });
      expect(noDecision.status).toBe(400);
      expect(noDecision.body.issues.map((i: { field: string }) => i.field)).toEqual([
        'decidedBy',
        'decidedOn',
        'paragraph',
      ]);
      const adopted = await strategist.post(`${api}/action-plans/${plan.id}/transitions`, {
        version: remiss.body.version,
        to: 'adopted',
        decidedBy: 'Kommunfullmäktige',
        decidedOn: '2022-11-28',
        paragraph: '§ 112',
      });
      expect(adopted.body).toMatchObject({
        status: 'adopted',
        adoption: { decidedBy: 'Kommunfullmäktige', decidedOn: '2022-11-28', paragraph: '§ 112' },
      });
      const inForce = await strategist.post(`${api}/action-plans/${plan.id}/transitions`, {
        version: adopted.body.version,
        to: 'in_force',
      });
      expect(inForce.body.status).toBe('in_force');
      const events = await t.sql<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
        [plan.id],
      );
      expect(events.map((e) => e.action)).toEqual([
        'action_plan.created',
        'action_plan.status_changed',
        'action_plan.status_changed',
        'action_plan.status_changed',
      ]);
    });

    it('keeps an archived plan read-only', async () => {
      const plan = await newPlan();
      const archived = await strategist.post(`${api}/action-plans/${plan.id}/transitions`, {
        version: plan.version,
        to: 'archived',
      });
      const edit = await strategist.patch(`${api}/action-plans/${plan.id}`, {
        version: archived.body.version,
        title: 'Ny titel',
      });
      expect(edit.status).toBe(409);
      expect(edit.body).toMatchObject({ code: 'plan_read_only' });
      const add = await strategist.post(`${api}/activities`, {
        planId: plan.id,
        title: 'X',
        level: 'individual',
        tier: 'targeted',
      });
      expect(add.status).toBe(409);
    });

    it('refuses a stale plan edit and a period that ends before it starts', async () => {
      const plan = await newPlan();
      expect(
        (
          await strategist.patch(`${api}/action-plans/${plan.id}`, {
            version: plan.version,
            title: 'Reviderad strategi',
          })
        ).status,
      ).toBe(200);
      const stale = await strategist.patch(`${api}/action-plans/${plan.id}`, {
        version: plan.version,
        title: 'Annan titel',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current.title).toBe('Reviderad strategi');
      const period = await strategist.patch(`${api}/action-plans/${plan.id}`, {
        version: stale.body.current.version,
        periodTo: 2020,
      });
      expect(period.status).toBe(400);
      expect(period.body.issues[0]).toMatchObject({ field: 'periodTo', code: 'period_order' });
    });

    it('deletes drafts only', async () => {
      const plan = await newPlan();
      expect((await reader.delete(`${api}/action-plans/${plan.id}`)).status).toBe(403);
      expect((await strategist.delete(`${api}/action-plans/${plan.id}`)).status).toBe(204);
      expect((await strategist.get(`${api}/action-plans/${plan.id}`)).status).toBe(404);
    });
  });

  describe('goals, activities and follow-up', () => {
    it('builds an ordered goal tree', async () => {
      const plan = await newPlan();
      const g1 = await strategist.post(`${api}/action-plans/${plan.id}/goals`, {
        title: 'Gemensamt ansvar',
      });
      const g2 = await strategist.post(`${api}/action-plans/${plan.id}/goals`, {
        title: 'Kunskap hos medarbetare',
      });
      const sub = await strategist.post(`${api}/action-plans/${plan.id}/goals`, {
        title: 'Grundutbildning',
        parentId: g2.body.id,
      });
      expect([g1.body.position, g2.body.position, sub.body.position]).toEqual([0, 1, 0]);
      const cycle = await strategist.patch(`${api}/action-plans/${plan.id}/goals/${g2.body.id}`, {
        version: 1,
        parentId: sub.body.id,
      });
      expect(cycle.status).toBe(400);
      const withChildren = await strategist.delete(
        `${api}/action-plans/${plan.id}/goals/${g2.body.id}`,
      );
      expect(withChildren.status).toBe(409);
      expect(withChildren.body.code).toBe('goal_has_children');
      const list = await reader.get(`${api}/action-plans/${plan.id}/goals`);
      expect(list.body.map((g: { title: string }) => g.title)).toEqual([
        'Gemensamt ansvar',
        'Kunskap hos medarbetare',
        'Grundutbildning',
      ]);
    });

    it('validates activity references and answers 409 to a stale edit', async () => {
      const plan = await newPlan();
      const other = await newPlan();
      const goal = await strategist.post(`${api}/action-plans/${other.id}/goals`, {
        title: 'Annan plans mål',
      });
      const wrongGoal = await strategist.post(`${api}/activities`, {
        planId: plan.id,
        goalId: goal.body.id,
        title: 'X',
        level: 'individual',
        tier: 'targeted',
      });
      expect(wrongGoal.status).toBe(400);
      expect(wrongGoal.body.issues[0]).toMatchObject({
        field: 'goalId',
        code: 'unknown_reference',
      });
      const unknownPlan = await strategist.post(`${api}/activities`, {
        planId: '6f1c1d1e-0000-4000-8000-000000000000',
        title: 'X',
        level: 'individual',
        tier: 'targeted',
      });
      expect(unknownPlan.body.issues[0]).toMatchObject({
        field: 'planId',
        code: 'unknown_reference',
      });

      const activity = await newActivity(plan.id, {
        responsibleUnitId: units.bun,
        participatingUnitIds: [units.kfn],
      });
      const first = await strategist.patch(`${api}/activities/${activity.id}`, {
        version: activity.version,
        budgetSek: 150000,
        fundingSource: 'state_grant',
      });
      expect(first.body).toMatchObject({
        budgetSek: 150000,
        fundingSource: 'state_grant',
        participatingUnitIds: [units.kfn],
      });
      const stale = await strategist.patch(`${api}/activities/${activity.id}`, {
        version: activity.version,
        budgetSek: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current.budgetSek).toBe(150000);
      const dates = await strategist.patch(`${api}/activities/${activity.id}`, {
        version: first.body.version,
        startDate: '2026-05-01',
        endDate: '2026-01-01',
      });
      expect(dates.status).toBe(400);
    });

    it('keeps the follow-up history, shows the newest state, and lets contributors report only on their units', async () => {
      const plan = await newPlan();
      const mine = await newActivity(plan.id, {
        responsibleUnitId: units.bun,
        participatingUnitIds: [units.sn],
        startDate: '2025-01-01',
        endDate: '2027-12-31',
      });
      const theirs = await newActivity(plan.id, { responsibleUnitId: units.kfn });

      const update = await contributor.post(`${api}/activities/${mine.id}/progress-updates`, {
        activityVersion: mine.version,
        date: '2026-10-01',
        status: 'ongoing',
        progress: 40,
        comment: 'Två av fem utbildningstillfällen genomförda.',
      });
      expect(update.status).toBe(201);
      expect(update.body).toMatchObject({
        progress: 40,
        status: 'ongoing',
        authorName: expect.any(String),
      });
      const older = await strategist.post(`${api}/activities/${mine.id}/progress-updates`, {
        activityVersion: mine.version + 1,
        date: '2026-03-01',
        status: 'ongoing',
        progress: 10,
        comment: 'Planering klar.',
      });
      expect(older.status).toBe(201);
      const activity = await reader.get(`${api}/activities/${mine.id}`);
      // The newest by date stays the activity's state, even when an older one is added later.
      expect(activity.body).toMatchObject({
        status: 'ongoing',
        progress: 40,
        latestUpdate: { date: '2026-10-01' },
      });
      const history = await reader.get(`${api}/activities/${mine.id}/progress-updates`);
      expect(history.body.map((u: { date: string }) => u.date)).toEqual([
        '2026-10-01',
        '2026-03-01',
      ]);

      const notMine = await contributor.post(`${api}/activities/${theirs.id}/progress-updates`, {
        activityVersion: theirs.version,
        date: '2026-10-01',
        status: 'ongoing',
        progress: 5,
      });
      expect(notMine.status).toBe(403);
      expect(notMine.body.code).toBe('not_your_activity');
      const readerTry = await reader.post(`${api}/activities/${mine.id}/progress-updates`, {
        activityVersion: 2,
        date: '2026-10-01',
        status: 'ongoing',
        progress: 5,
      });
      expect(readerTry.status).toBe(403);
      const stale = await strategist.post(`${api}/activities/${mine.id}/progress-updates`, {
        activityVersion: mine.version,
        date: '2026-11-01',
        status: 'done',
        progress: 100,
      });
      expect(stale.status).toBe(409);
      expect(
        await t.sql(`SELECT 1 FROM progress_updates WHERE activity_id = $1`, [mine.id]),
      ).toHaveLength(2);
    });

    it('filters and pages activities', async () => {
      const plan = await newPlan();
      for (let i = 0; i < 5; i++)
        await newActivity(plan.id, {
          title: `Aktivitet ${i}`,
          responsibleUnitId: i % 2 ? units.sn : units.bun,
          status: i === 4 ? 'done' : 'ongoing',
        });
      const page = await reader.get(`${api}/activities?planId=${plan.id}&pageSize=2&page=2`);
      expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
      expect(page.body.items).toHaveLength(2);
      const byUnit = await reader.get(`${api}/activities?planId=${plan.id}&unitId=${units.sn}`);
      expect(byUnit.body.total).toBe(2);
      const done = await reader.get(
        `${api}/activities?planId=${plan.id}&status=done&level=organisation&tier=promotive&targetGroup=employees`,
      );
      expect(done.body.total).toBe(1);
      const bad = await reader.get(`${api}/activities?status=finished`);
      expect(bad.status).toBe(400);
      expect(bad.body.issues[0]).toMatchObject({ field: 'status', code: 'invalid_choice' });
    });

    it('rolls progress up from activities to goals and the plan, weighted, without cancelled ones', async () => {
      const plan = await newPlan();
      const goal = await strategist.post(`${api}/action-plans/${plan.id}/goals`, { title: 'Mål' });
      const sub = await strategist.post(`${api}/action-plans/${plan.id}/goals`, {
        title: 'Delmål',
        parentId: goal.body.id,
      });
      await newActivity(plan.id, { goalId: goal.body.id, progress: 20, weight: 3 });
      await newActivity(plan.id, { goalId: sub.body.id, progress: 60 });
      await newActivity(plan.id, { goalId: sub.body.id, progress: 90, status: 'cancelled' });
      const detail = await reader.get(`${api}/action-plans/${plan.id}`);
      const progressOf = (title: string) =>
        detail.body.goals.find((g: { title: string }) => g.title === title).progress;
      expect(progressOf('Delmål')).toBe(60);
      expect(progressOf('Mål')).toBe(30); // (3 × 20 + 1 × 60) ÷ 4
      expect(detail.body.progress).toBe(30);
      expect(detail.body.activityCount).toBe(3);
    });

    it('computes coverage by level × tier, target group and violence type, with gaps', async () => {
      const plan = await newPlan();
      await newActivity(plan.id, { budgetSek: 100000 });
      await newActivity(plan.id, { budgetSek: 50000, targetGroups: ['employees', 'residents'] });
      await newActivity(plan.id, {
        level: 'individual',
        tier: 'targeted',
        targetGroups: ['perpetrators'],
        violenceTypes: ['mvk'],
        budgetSek: 200000,
      });
      const coverage = await reader.get(`${api}/action-plans/${plan.id}/coverage`);
      expect(coverage.status).toBe(200);
      expect(coverage.body.matrix.organisation.promotive).toEqual({
        activities: 2,
        budgetSek: 150000,
        gap: false,
      });
      expect(coverage.body.matrix.individual.targeted).toEqual({
        activities: 1,
        budgetSek: 200000,
        gap: false,
      });
      expect(coverage.body.matrix.society.promotive.gap).toBe(true);
      expect(coverage.body.gaps.matrix).toHaveLength(7);
      expect(coverage.body.byTargetGroup.employees.activities).toBe(2);
      expect(coverage.body.gaps.targetGroups).toEqual(['children_youth', 'victims', 'relatives']);
      expect(coverage.body.totals).toEqual({
        activities: 3,
        budgetSek: 350000,
        excludedCancelled: 0,
      });
    });
  });

  describe('revisions', () => {
    it('copies a plan into a new draft revision and compares the two', async () => {
      const plan = await newPlan();
      const goal = await strategist.post(`${api}/action-plans/${plan.id}/goals`, {
        title: 'Tidig upptäckt',
      });
      const kept = await newActivity(plan.id, {
        goalId: goal.body.id,
        title: 'Rutin för att fråga om våld',
      });
      const dropped = await newActivity(plan.id, { title: 'Föreläsning' });
      const linked = await strategist.put(`${api}/goals/${goal.body.id}/links`, {
        targetIds: ['5.2'],
        indicatorIds: [],
      });
      expect(linked.status).toBe(200);
      const revision = await strategist.post(`${api}/action-plans/${plan.id}/revisions`);
      expect(revision.status).toBe(201);
      expect(revision.body).toMatchObject({
        status: 'draft',
        revision: 2,
        revisionOfId: plan.id,
        activityCount: 2,
      });

      const copy = (title: string) =>
        revision.body.activities.find((a: { title: string }) => a.title === title);
      await strategist.patch(`${api}/activities/${copy('Rutin för att fråga om våld').id}`, {
        version: copy('Rutin för att fråga om våld').version,
        title: 'Rutin för att fråga om våld i alla verksamheter',
        budgetSek: 80000,
      });
      await strategist.delete(`${api}/activities/${copy('Föreläsning').id}`);
      await newActivity(revision.body.id, {
        title: 'Uppsökande verksamhet',
        level: 'society',
        tier: 'preventive',
        targetGroups: ['residents'],
      });

      const diff = await reader.get(
        `${api}/action-plans/${plan.id}/compare?with=${revision.body.id}`,
      );
      expect(diff.status).toBe(200);
      expect(diff.body.activities.added.map((a: { title: string }) => a.title)).toEqual([
        'Uppsökande verksamhet',
      ]);
      expect(diff.body.activities.removed.map((a: { title: string }) => a.title)).toEqual([
        'Föreläsning',
      ]);
      expect(diff.body.activities.changed).toHaveLength(1);
      expect(
        diff.body.activities.changed[0].changes.map((c: { field: string }) => c.field).sort(),
      ).toEqual(['budgetSek', 'title']);
      expect(diff.body.goals).toMatchObject({ added: [], removed: [], changed: [], unchanged: 1 });
      // Links to Agenda 2030 targets follow the goal into the new revision.
      const goalCopy = revision.body.goals.find(
        (g: { title: string }) => g.title === 'Tidig upptäckt',
      );
      const copiedLinks = await reader.get(`${api}/goals/${goalCopy.id}/links`);
      expect(copiedLinks.body.targets.map((x: { id: string }) => x.id)).toEqual(['5.2']);
      // The original is untouched.
      expect((await reader.get(`${api}/activities/${kept.id}`)).body.title).toBe(
        'Rutin för att fråga om våld',
      );
      expect((await reader.get(`${api}/activities/${dropped.id}`)).status).toBe(200);
    });
  });

  describe('the toolkit', () => {
    const template = {
      name: 'Testmall',
      description: 'En mall för testet.',
      kind: 'action_plan',
      goals: [
        {
          title: 'Organisera arbetet',
          step: 'organise',
          activities: [
            {
              title: 'Tillsätt en styrgrupp',
              level: 'organisation',
              tier: 'promotive',
              targetGroups: ['employees'],
            },
          ],
          children: [
            {
              title: 'Samverkan',
              activities: [
                {
                  title: 'Samverkansöverenskommelse med polisen',
                  level: 'society',
                  tier: 'preventive',
                },
              ],
              children: [],
            },
          ],
        },
      ],
    };

    it('lets platform admins maintain templates and kommuner only read them', async () => {
      expect((await strategist.post('/api/v1/toolkit/templates', template)).status).toBe(403);
      const created = await admin.post('/api/v1/toolkit/templates', template);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ goalCount: 2, activityCount: 2 });
      const list = await reader.get('/api/v1/toolkit/templates');
      expect(list.body.map((x: { name: string }) => x.name)).toContain('Testmall');
      const methods = await reader.get('/api/v1/toolkit/methods');
      expect(methods.status).toBe(200);
    });

    it('copies a template into a plan of the kommun own, which later template changes leave alone', async () => {
      const [row] = await t.sql<{ id: string; version: number }>(
        `SELECT id, version FROM plan_templates WHERE name = 'Testmall'`,
      );
      const plan = await newPlan({ templateId: row?.id, kind: 'action_plan' });
      expect(plan.goals.map((g) => g.title)).toEqual(['Organisera arbetet', 'Samverkan']);
      expect(plan.goals[1]?.parentId).toBe(plan.goals[0]?.id);
      expect(plan.activities.map((a) => a.title).sort()).toEqual([
        'Samverkansöverenskommelse med polisen',
        'Tillsätt en styrgrupp',
      ]);

      const changed = await admin.patch(`/api/v1/toolkit/templates/${row?.id}`, {
        version: row?.version,
        name: 'Testmall 2',
        goals: [{ title: 'Bara ett mål', activities: [], children: [] }],
      });
      expect(changed.status).toBe(200);
      const after = await reader.get(`${api}/action-plans/${plan.id}`);
      expect(after.body.goals.map((g: { title: string }) => g.title)).toEqual([
        'Organisera arbetet',
        'Samverkan',
      ]);

      const unknown = await strategist.post(`${api}/action-plans`, {
        title: 'X',
        kind: 'strategy',
        periodFrom: 2024,
        periodTo: 2026,
        templateId: '6f1c1d1e-0000-4000-8000-000000000000',
      });
      expect(unknown.body.issues[0]).toMatchObject({
        field: 'templateId',
        code: 'unknown_reference',
      });
    });
  });

  // Last, after every test above has created, edited, followed up, revised and deleted.
  it('keeps the plan activity totals equal to the sums of the activities', async () => {
    expect(await t.sql(`SELECT 1 FROM plan_activity_totals LIMIT 1`)).toHaveLength(1);
    expect(await planTotalsMismatches(t)).toEqual([]);
    // The check can fail: one total nudged behind the trigger's back is found.
    const [one] = await t.sql<{ plan_id: string; status: string; level: string; tier: string }>(
      `SELECT plan_id, status, level, tier FROM plan_activity_totals LIMIT 1`,
    );
    const nudge = (by: number) =>
      t.sql(
        `UPDATE plan_activity_totals SET weight = weight + $5
          WHERE plan_id = $1 AND status = $2 AND level = $3 AND tier = $4`,
        [one?.plan_id, one?.status, one?.level, one?.tier, by],
      );
    await nudge(1);
    expect(await planTotalsMismatches(t)).toHaveLength(2);
    await nudge(-1);
    expect(await planTotalsMismatches(t)).toEqual([]);
  });
});
