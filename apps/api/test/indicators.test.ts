import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp, type ApiSession } from './support/test-app.js';

/**
 * Agenda 2030, the indicator catalogue and a kommun's indicators: figures in their three
 * states, bulk upsert with validation, baseline and target with a progress status, follows
 * and links from plans — through HTTP, checked in SQL.
 */
describe('indicators', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let other: { id: string; code: string };
  let strategist: ApiSession;
  let reader: ApiSession;
  let outsider: ApiSession;
  let admin: ApiSession;
  const api = '/api/v1/tenants/1287';

  type IndicatorBody = {
    id: string;
    version: number;
    kind: string;
    status: string;
    target: Record<string, unknown>;
  };

  const monthlyCount = {
    nameSv: 'Samtal med våldsutsatta',
    nameEn: 'Support talks',
    unit: 'count',
    higherIsBetter: true,
    periodType: 'month',
    source: 'Familjevårdsgruppen',
    agenda2030TargetId: '5.2',
  };

  const newIndicator = async (body: object = {}) => {
    const response = await strategist.post(`${api}/indicators`, { ...monthlyCount, ...body });
    expect(response.status).toBe(201);
    return response.body as IndicatorBody;
  };

  const upsert = (id: string, measurements: object[], session = strategist) =>
    session.put(`${api}/indicators/${id}/measurements`, { measurements });

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant('1287');
    other = await t.newTenant('1489');
    strategist = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] })).email,
    );
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] })).email,
    );
    outsider = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: other.id, role: 'tenant_admin' }] })).email,
    );
    admin = await t.loginAs((await t.newUser({ platformAdmin: true })).email);
  });
  afterAll(() => t.stop());

  describe('Agenda 2030 and the catalogue', () => {
    it('lists targets 5.1–5.3 and 16.1–16.2 in both languages, with their indicators', async () => {
      const response = await reader.get('/api/v1/agenda2030/targets');
      expect(response.status).toBe(200);
      expect(response.body.map((t: { id: string }) => t.id)).toEqual([
        '5.1',
        '5.2',
        '5.3',
        '16.1',
        '16.2',
      ]);
      const target = response.body[1];
      expect(target).toMatchObject({
        id: '5.2',
        goal: 5,
        goalTitleSv: 'Jämställdhet',
        goalTitleEn: 'Gender equality',
        textSv: expect.stringContaining('Avskaffa alla former av våld mot alla kvinnor'),
        textEn: expect.stringContaining('Eliminate all forms of violence'),
      });
      expect(target.indicators.map((i: { id: string }) => i.id)).toEqual([
        '5.2.1',
        '5.2.2',
        '5.2.3(N)',
      ]);
      expect(target.indicators[2]).toMatchObject({
        national: true,
        platformIndicatorId: expect.any(String),
        nameSv: expect.stringContaining('Nationell indikator'),
      });
      expect((await t.http.get('/api/v1/agenda2030/targets')).status).toBe(401);
    });

    it('holds the Agenda 2030 indicators; platform admins add Kolada KPIs by id', async () => {
      const list = await reader.get('/api/v1/indicators');
      expect(list.body).toHaveLength(12);
      expect(
        list.body.find(
          (i: { agenda2030IndicatorId: string }) => i.agenda2030IndicatorId === '16.1.4',
        ),
      ).toMatchObject({
        kind: 'agenda2030',
        unit: 'percent',
        higherIsBetter: true,
        agenda2030TargetId: '16.1',
      });
      // A fictitious id: Samla names no Kolada KPI it has not seen in a real answer.
      const kpi = {
        kind: 'kolada',
        koladaId: 'N99901',
        nameSv: 'Exempelnyckeltal',
        unit: 'count',
        higherIsBetter: false,
        periodType: 'year',
      };
      expect((await strategist.post('/api/v1/indicators', kpi)).status).toBe(403);
      const created = await admin.post('/api/v1/indicators', kpi);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind: 'kolada', koladaId: 'N99901', source: 'Kolada' });
      const again = await admin.post('/api/v1/indicators', kpi);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('platform_indicator_exists');
      const bad = await admin.post('/api/v1/indicators', { ...kpi, koladaId: 'n1/x' });
      expect(bad.body.issues).toEqual([
        expect.objectContaining({ field: 'koladaId', code: 'kolada_id' }),
      ]);
      const renamed = await admin.patch(`/api/v1/indicators/${created.body.id}`, {
        version: 1,
        nameEn: 'Example KPI',
      });
      expect(renamed.body).toMatchObject({ nameEn: 'Example KPI', version: 2 });
      expect(
        (await admin.patch(`/api/v1/indicators/${created.body.id}`, { version: 1, nameEn: 'X' }))
          .status,
      ).toBe(409);
    });
  });

  describe("the kommun's own indicators", () => {
    it('creates one, names bad fields in the language asked for, and lists it', async () => {
      const created = await newIndicator();
      expect(created).toMatchObject({
        kind: 'own',
        platformIndicatorId: null,
        periodType: 'month',
        status: 'not_available',
        target: { baselinePeriod: null, targetValue: null },
      });
      const invalid = await strategist.post(`${api}/indicators`, {
        ...monthlyCount,
        nameSv: '',
        unit: 'people',
        agenda2030TargetId: '5.9',
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.issues.map((i: { field: string }) => i.field)).toEqual([
        'nameSv',
        'unit',
      ]);
      expect(invalid.body.issues[0].message).toBe('Namn (svenska) måste anges.');
      strategist.language = 'en';
      const unknownTarget = await strategist.post(`${api}/indicators`, {
        ...monthlyCount,
        agenda2030TargetId: '5.9',
      });
      strategist.language = 'sv';
      expect(unknownTarget.body.issues).toEqual([
        {
          field: 'agenda2030TargetId',
          code: 'unknown_reference',
          message: 'Agenda 2030 target does not exist.',
        },
      ]);
      const list = await reader.get(`${api}/indicators`);
      expect(list.body.map((i: { id: string }) => i.id)).toContain(created.id);
      expect((await reader.post(`${api}/indicators`, monthlyCount)).status).toBe(403);
    });

    it('follows a catalogue indicator once, and refuses to edit it as the kommun’s own', async () => {
      const catalogue = (await reader.get('/api/v1/indicators')).body as Array<{
        id: string;
        agenda2030IndicatorId: string | null;
      }>;
      const entry = catalogue.find((c) => c.agenda2030IndicatorId === '16.1.3');
      const first = await strategist.post(`${api}/indicators/follow`, {
        platformIndicatorId: entry?.id,
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        kind: 'agenda2030',
        agenda2030IndicatorId: '16.1.3',
        agenda2030TargetId: '16.1',
        genderSplit: true,
      });
      const second = await strategist.post(`${api}/indicators/follow`, {
        platformIndicatorId: entry?.id,
      });
      expect(second.body.id).toBe(first.body.id);
      const edit = await strategist.patch(`${api}/indicators/${first.body.id}`, {
        version: first.body.version,
        nameSv: 'Eget namn',
      });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('indicator_not_own');
      const unknown = await strategist.post(`${api}/indicators/follow`, {
        platformIndicatorId: '6f1c1d1e-0000-4000-8000-000000000000',
      });
      expect(unknown.body.issues[0]).toMatchObject({
        field: 'platformIndicatorId',
        code: 'unknown_reference',
      });

      await upsert(first.body.id, [{ period: '2023', gender: 'K', state: 'value', value: 7.5 }]);
      expect((await strategist.delete(`${api}/indicators/${first.body.id}`)).status).toBe(204);
      expect((await reader.get(`${api}/indicators/${first.body.id}`)).status).toBe(404);
      expect(
        await t.sql(`SELECT 1 FROM measurements WHERE indicator_id = $1`, [first.body.id]),
      ).toEqual([]);
      const [event] = await t.sql<{ action: string; before: { measurements: unknown[] } }>(
        `SELECT action, before FROM audit_events WHERE entity_id = $1 AND action = 'indicator.unfollowed'`,
        [first.body.id],
      );
      expect(event?.before.measurements).toHaveLength(1);
    });

    it('edits an own indicator with its version, and answers 409 to a stale edit', async () => {
      const created = await newIndicator();
      const edited = await strategist.patch(`${api}/indicators/${created.id}`, {
        version: created.version,
        nameSv: 'Stödsamtal',
      });
      expect(edited.body).toMatchObject({ nameSv: 'Stödsamtal', version: created.version + 1 });
      const stale = await strategist.patch(`${api}/indicators/${created.id}`, {
        version: created.version,
        nameSv: 'Annat',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ nameSv: 'Stödsamtal' });
    });
  });

  describe('measurements', () => {
    it('keeps the three states apart: a value, missing and suppressed are never a 0', async () => {
      const indicator = await newIndicator();
      const response = await upsert(indicator.id, [
        { period: '2020-01', state: 'value', value: 14, note: 'Ökning under pandemins början' },
        { period: '2020-02', state: 'value', value: 0 },
        { period: '2020-03', state: 'missing' },
        { period: '2020-04', state: 'suppressed' },
      ]);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
      const rows = await t.sql<{ period: string; state: string; value: number | null }>(
        `SELECT period, state, value FROM measurements WHERE indicator_id = $1 ORDER BY period`,
        [indicator.id],
      );
      expect(rows).toEqual([
        { period: '2020-01', state: 'value', value: 14 },
        { period: '2020-02', state: 'value', value: 0 },
        { period: '2020-03', state: 'missing', value: null },
        { period: '2020-04', state: 'suppressed', value: null },
      ]);
      const list = await reader.get(`${api}/indicators/${indicator.id}/measurements`);
      expect(list.body[0]).toMatchObject({
        period: '2020-01',
        gender: 'T',
        area: 'municipality',
        state: 'value',
        value: 14,
        note: 'Ökning under pandemins början',
        sourceStatus: null,
      });
      // The database refuses a hidden 0 even from a path that skipped the API.
      await expect(
        t.sql(
          `INSERT INTO measurements (tenant_id, indicator_id, area, period, gender, state, value)
           VALUES ($1, $2, 'municipality', '2020-05', 'T', 'suppressed', 0)`,
          [tenant.id, indicator.id],
        ),
      ).rejects.toThrow(/check constraint/);
    });

    it('upserts in bulk: new rows, corrections, and nothing for rows sent again unchanged', async () => {
      const indicator = await newIndicator();
      const year2019 = [9, 8, 10, 9, 11, 10, 7, 6, 9, 10, 11, 12].map((value, i) => ({
        period: `2019-${String(i + 1).padStart(2, '0')}`,
        state: 'value',
        value,
      }));
      expect((await upsert(indicator.id, year2019)).body).toMatchObject({ created: 12 });
      const again = await upsert(indicator.id, [
        ...year2019.slice(0, 11),
        { period: '2019-12', state: 'value', value: 13 },
        { period: '2020-01', state: 'value', value: 14 },
      ]);
      expect(again.body).toMatchObject({ created: 1, updated: 1, unchanged: 11 });
      expect(again.body.measurements).toHaveLength(13);
      const range = await reader.get(
        `${api}/indicators/${indicator.id}/measurements?from=2019-11&to=2020`,
      );
      expect(range.body.map((m: { period: string; value: number }) => [m.period, m.value])).toEqual(
        [
          ['2019-11', 11],
          ['2019-12', 13],
          ['2020-01', 14],
        ],
      );
      const bad = await reader.get(`${api}/indicators/${indicator.id}/measurements?to=mars`);
      expect(bad.body.issues[0]).toMatchObject({ field: 'to', code: 'period_to' });
      const events = await t.sql<{
        action: string;
        after: { created: unknown[]; updated: unknown[] };
      }>(`SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [
        indicator.id,
      ]);
      expect(events.map((e) => e.action)).toEqual([
        'indicator.created',
        'measurements.upserted',
        'measurements.upserted',
      ]);
      expect(events[2]?.after.updated).toEqual([
        expect.objectContaining({ period: '2019-12', value: 13 }),
      ]);
    });

    it('checks every row against the indicator, names each field, and saves nothing when one is wrong', async () => {
      const indicator = await newIndicator();
      await upsert(indicator.id, [{ period: '2020-01', state: 'value', value: 5 }]);
      const response = await upsert(indicator.id, [
        { period: '2020-01', state: 'value', value: 6 },
        { period: '2020', state: 'value', value: 3 },
        { period: '2020-03', gender: 'K', state: 'value', value: 2.5 },
        { period: '2020-04', state: 'suppressed', value: 0 },
        { period: '2020-05', state: 'value' },
        { period: '2020-01', state: 'missing' },
        { period: '2020-06', state: 'value', value: -1, colour: 'red' },
      ]);
      expect(response.status).toBe(400);
      // Unknown fields are found by the schema before any row rule runs.
      expect(response.body.issues).toEqual([
        expect.objectContaining({ field: 'measurements.6.colour', code: 'unknown_field' }),
      ]);
      const rows = await upsert(indicator.id, [
        { period: '2020-01', state: 'value', value: 6 },
        { period: '2020', state: 'value', value: 3 },
        { period: '2020-03', gender: 'K', state: 'value', value: 2.5 },
        { period: '2020-04', state: 'suppressed', value: 0 },
        { period: '2020-05', state: 'value' },
        { period: '2020-01', state: 'missing' },
        { period: '2020-06', state: 'value', value: -1 },
      ]);
      expect(rows.status).toBe(400);
      expect(
        rows.body.issues.map((i: { field: string; code: string }) => [i.field, i.code]),
      ).toEqual([
        ['measurements.1.period', 'period_month'],
        ['measurements.2.gender', 'gender_not_split'],
        ['measurements.2.value', 'count_value'],
        ['measurements.3.value', 'value_not_allowed'],
        ['measurements.4.value', 'required'],
        ['measurements.5.period', 'duplicate_measurement'],
        ['measurements.6.value', 'count_value'],
      ]);
      expect(rows.body.issues[1].message).toBe(
        'Kön kan bara vara T (totalt), eftersom indikatorn inte är uppdelad på kön.',
      );
      expect(rows.body.issues[5].message).toBe('Period 2020-01 T finns redan på rad 1.');
      const stored = await t.sql(`SELECT period, value FROM measurements WHERE indicator_id = $1`, [
        indicator.id,
      ]);
      expect(stored).toEqual([{ period: '2020-01', value: 5 }]);
      expect(
        (await upsert(indicator.id, [{ period: '2020-02', state: 'missing' }], reader)).status,
      ).toBe(403);
    });
  });

  describe('baseline, target and progress status', () => {
    const yearlyShare = {
      nameSv: 'Andel medarbetare som gått grundutbildning om våld',
      unit: 'percent',
      higherIsBetter: true,
      periodType: 'year',
    };

    it('sets a baseline and target with the version, and refuses a stale one with 409', async () => {
      const indicator = await newIndicator(yearlyShare);
      const set = await strategist.put(`${api}/indicators/${indicator.id}/target`, {
        version: indicator.version,
        baselinePeriod: '2022',
        targetValue: 80,
        targetYear: 2026,
      });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({
        version: indicator.version + 1,
        target: { baselinePeriod: '2022', baselineValue: null, targetValue: 80, targetYear: 2026 },
      });
      const stale = await strategist.put(`${api}/indicators/${indicator.id}/target`, {
        version: indicator.version,
        baselinePeriod: '2021',
        targetValue: 90,
        targetYear: 2030,
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'stale_version',
        current: { target: { baselinePeriod: '2022', targetValue: 80 } },
      });
      const invalid = await strategist.put(`${api}/indicators/${indicator.id}/target`, {
        version: set.body.version,
        baselinePeriod: '2022-01',
        targetValue: 120,
        targetYear: 2026,
      });
      expect(
        invalid.body.issues.map((i: { field: string; code: string }) => [i.field, i.code]),
      ).toEqual([
        ['baselinePeriod', 'period_year'],
        ['targetValue', 'percent_value'],
      ]);
      const events = await t.sql<{ before: unknown; after: unknown }>(
        `SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'indicator.target_set'`,
        [indicator.id],
      );
      expect(events).toEqual([
        {
          before: {
            baselinePeriod: null,
            baselineValue: null,
            targetValue: null,
            targetYear: null,
          },
          after: { baselinePeriod: '2022', baselineValue: null, targetValue: 80, targetYear: 2026 },
        },
      ]);
    });

    it('computes the Open SDG status and explains how it was reached', async () => {
      const indicator = await newIndicator(yearlyShare);
      const statusOf = async () =>
        (await reader.get(`${api}/indicators/${indicator.id}/status`)).body;
      expect(await statusOf()).toMatchObject({ status: 'not_available', gap: 'no_baseline' });
      await upsert(indicator.id, [
        { period: '2022', state: 'value', value: 12 },
        { period: '2023', state: 'value', value: 31 },
        { period: '2024', state: 'value', value: 48 },
      ]);
      await strategist.put(`${api}/indicators/${indicator.id}/target`, {
        version: indicator.version,
        baselinePeriod: '2022',
        targetValue: 80,
        targetYear: 2026,
      });
      const explained = await statusOf();
      // (48/12)^(1/2) − 1 = 1 against (80/12)^(1/4) − 1 = 0.607: ratio 1.65.
      expect(explained).toMatchObject({
        status: 'substantial_progress',
        baseline: { period: '2022', value: 12, fromMeasurement: true },
        latest: { period: '2024', value: 48 },
        target: { year: 2026, value: 80 },
        yearsElapsed: 2,
        yearsToTarget: 4,
        thresholds: { substantial: 0.95, moderate: 0.6, limited: 0 },
      });
      expect(explained.cagrActual).toBeCloseTo(1, 6);
      expect(explained.ratio).toBeCloseTo(1.6478, 3);
      await upsert(indicator.id, [{ period: '2025', state: 'value', value: 81 }]);
      const achieved = await reader.get(`${api}/indicators/${indicator.id}`);
      expect(achieved.body).toMatchObject({
        status: 'target_achieved',
        progress: { status: 'target_achieved', latest: { period: '2025', value: 81 } },
        trend: { latest: { period: '2025', value: 81 }, direction: 'up', assessment: 'better' },
      });
    });

    it('compares a month with the same month a year before', async () => {
      const indicator = await newIndicator({ higherIsBetter: false });
      await upsert(indicator.id, [
        { period: '2019-01', state: 'value', value: 9 },
        { period: '2019-02', state: 'value', value: 8 },
        { period: '2020-01', state: 'value', value: 14 },
        { period: '2020-02', state: 'value', value: 13 },
      ]);
      const list = (await reader.get(`${api}/indicators`)).body as Array<{
        id: string;
        trend: object;
      }>;
      expect(list.find((i) => i.id === indicator.id)?.trend).toEqual({
        latest: { period: '2020-02', value: 13 },
        yearBefore: { period: '2019-02', value: 8 },
        change: 5,
        direction: 'up',
        assessment: 'worse',
        yearToDate: { year: 2020, throughMonth: 2, total: 27, yearBefore: 17 },
      });
    });
  });

  describe('links from plans', () => {
    it('links goals and activities to targets and indicators, and shows them from both sides', async () => {
      const plan = await strategist.post(`${api}/action-plans`, {
        title: 'Handlingsplan mot våld i nära relationer',
        kind: 'action_plan',
        periodFrom: 2021,
        periodTo: 2026,
      });
      const goal = await strategist.post(`${api}/action-plans/${plan.body.id}/goals`, {
        title: 'Våldsutsatta får stöd och skydd',
      });
      const activity = await strategist.post(`${api}/activities`, {
        planId: plan.body.id,
        goalId: goal.body.id,
        title: 'Månatlig uppföljning av stödsamtal',
        level: 'organisation',
        tier: 'targeted',
      });
      const indicator = await newIndicator();
      const linked = await strategist.put(`${api}/goals/${goal.body.id}/links`, {
        targetIds: ['5.2', '16.1', '5.2'],
        indicatorIds: [indicator.id],
      });
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({
        targets: [
          { id: '5.2', goal: 5 },
          { id: '16.1', goal: 16 },
        ],
        indicators: [{ id: indicator.id, kind: 'own', nameSv: monthlyCount.nameSv }],
      });
      await strategist.put(`${api}/activities/${activity.body.id}/links`, {
        targetIds: ['5.2'],
        indicatorIds: [indicator.id],
      });
      expect(
        (await reader.get(`${api}/activities/${activity.body.id}/links`)).body.targets,
      ).toEqual([expect.objectContaining({ id: '5.2' })]);

      const detail = await reader.get(`${api}/indicators/${indicator.id}`);
      expect(detail.body.linkedGoals).toEqual([
        {
          id: goal.body.id,
          planId: plan.body.id,
          planTitle: 'Handlingsplan mot våld i nära relationer',
          title: 'Våldsutsatta får stöd och skydd',
        },
      ]);
      expect(detail.body.linkedActivities.map((a: { id: string }) => a.id)).toEqual([
        activity.body.id,
      ]);
      const overview = (await reader.get(`${api}/agenda2030/targets`)).body as Array<{
        id: string;
        goals: Array<{ id: string }>;
        tenantIndicators: Array<{ id: string }>;
      }>;
      const target = overview.find((o) => o.id === '16.1');
      expect(target?.goals.map((g) => g.id)).toEqual([goal.body.id]);
      expect(overview.find((o) => o.id === '5.2')?.tenantIndicators.map((i) => i.id)).toContain(
        indicator.id,
      );

      const unknown = await strategist.put(`${api}/goals/${goal.body.id}/links`, {
        targetIds: ['5.9'],
        indicatorIds: ['6f1c1d1e-0000-4000-8000-000000000000'],
      });
      expect(unknown.body.issues.map((i: { field: string }) => i.field)).toEqual([
        'targetIds.0',
        'indicatorIds.0',
      ]);
      expect(
        (
          await reader.put(`${api}/goals/${goal.body.id}/links`, {
            targetIds: [],
            indicatorIds: [],
          })
        ).status,
      ).toBe(403);
      const unlinked = await strategist.put(`${api}/goals/${goal.body.id}/links`, {
        targetIds: [],
        indicatorIds: [],
      });
      expect(unlinked.body).toEqual({ targets: [], indicators: [] });
      const [event] = await t.sql<{ before: { targetIds: string[] } }>(
        `SELECT before FROM audit_events WHERE entity_id = $1 AND action = 'goal.links_set' ORDER BY occurred_at DESC LIMIT 1`,
        [goal.body.id],
      );
      expect(event?.before.targetIds).toEqual(['16.1', '5.2']);
    });
  });

  describe('tenant isolation', () => {
    it("answers 404 to another kommun's user and changes none of its figures", async () => {
      const indicator = await newIndicator();
      await upsert(indicator.id, [{ period: '2020-01', state: 'value', value: 3 }]);
      const paths = [
        `${api}/indicators/${indicator.id}`,
        `${api}/indicators/${indicator.id}/measurements`,
        `${api}/indicators/${indicator.id}/status`,
        `/api/v1/tenants/1489/indicators/${indicator.id}`,
        `/api/v1/tenants/1489/indicators/${indicator.id}/status`,
      ];
      for (const path of paths)
        expect({ path, status: (await outsider.get(path)).status }).toEqual({ path, status: 404 });
      const write = await outsider.put(
        `/api/v1/tenants/1489/indicators/${indicator.id}/measurements`,
        {
          measurements: [{ period: '2020-01', state: 'value', value: 99 }],
        },
      );
      expect(write.status).toBe(404);
      const target = await outsider.put(`/api/v1/tenants/1489/indicators/${indicator.id}/target`, {
        version: 1,
        baselinePeriod: null,
        targetValue: null,
        targetYear: null,
      });
      expect(target.status).toBe(404);
      expect((await outsider.get(`/api/v1/tenants/1489/indicators`)).body).toEqual([]);
      expect(
        await t.sql(`SELECT value FROM measurements WHERE indicator_id = $1`, [indicator.id]),
      ).toEqual([{ value: 3 }]);
    });
  });
});
