import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KoladaServer, type KoladaFixture } from './support/kolada-server.js';
import { TestApp, type ApiSession } from './support/test-app.js';

/**
 * The Kolada import through the API, against a local Kolada (KOLADA_BASE_URL): the
 * kommun's figures and, for comparison, its län (0012, Skåne) and the country (0000);
 * Kolada's status kept; importing the same data again changes nothing.
 */
// Fictitious KPI ids: Samla names no Kolada KPI it has not seen in a real answer.
const SPLIT = 'N90101';
const TOTAL = 'N90102';

const fixture = (): KoladaFixture => ({
  [SPLIT]: {
    '1287': {
      2019: [
        { gender: 'T', value: 21.5 },
        { gender: 'K', value: 25.1 },
        { gender: 'M', value: 17.9 },
      ],
      2020: [
        { gender: 'T', value: 23 },
        { gender: 'K', value: null, status: 'X', count: 0 },
        { gender: 'M', value: 19.2 },
      ],
    },
    '0012': { 2019: [{ gender: 'T', value: 20 }], 2020: [{ gender: 'T', value: 21 }] },
    '0000': { 2019: [{ gender: 'T', value: 19 }], 2020: [{ gender: 'T', value: 19.5 }] },
    '1280': { 2020: [{ gender: 'T', value: 30 }] },
  },
  [TOTAL]: {
    '1287': {
      2019: [
        { gender: 'T', value: 140 },
        { gender: 'K', value: 80 },
      ],
      2020: [{ gender: 'T', value: 151, status: 'B' }],
    },
  },
});

describe('Kolada import', () => {
  let server: KoladaServer;
  let t: TestApp;
  let strategist: ApiSession;
  let reader: ApiSession;
  const api = '/api/v1/tenants/1287';

  const importKolada = (body: object) => strategist.post(`${api}/kolada/import`, body);
  const stored = (kpi: string) =>
    t.sql<{
      area: string;
      period: string;
      gender: string;
      state: string;
      value: number | null;
      source_status: string | null;
      source: string;
    }>(
      `SELECT m.area, m.period, m.gender, m.state, m.value, m.source_status, m.source
         FROM measurements m JOIN indicators i ON i.tenant_id = m.tenant_id AND i.id = m.indicator_id
         JOIN platform_indicators p ON p.id = i.platform_indicator_id
        WHERE p.kolada_id = $1 ORDER BY m.area, m.period, m.gender`,
      [kpi],
    );

  beforeAll(async () => {
    server = await KoladaServer.start(fixture());
    t = await TestApp.start({ KOLADA_BASE_URL: server.baseUrl });
    const tenant = await t.newTenant('1287');
    strategist = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] })).email,
    );
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] })).email,
    );
    const admin = await t.loginAs((await t.newUser({ platformAdmin: true })).email);
    for (const [koladaId, genderSplit] of [
      [SPLIT, true],
      [TOTAL, false],
    ] as const) {
      const created = await admin.post('/api/v1/indicators', {
        kind: 'kolada',
        koladaId,
        nameSv: `Nyckeltal ${koladaId}`,
        unit: 'percent',
        higherIsBetter: false,
        periodType: 'year',
        genderSplit,
      });
      expect(created.status).toBe(201);
    }
  }, 60_000);
  afterAll(async () => {
    await t.stop();
    await server.stop();
  });

  it('imports the kommun, its län and the country, keeps Kolada’s status, and follows the KPIs', async () => {
    const response = await importKolada({
      kpis: [SPLIT, TOTAL],
      years: [2019, 2020],
      compareWith: ['region', 'country'],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      dryRun: false,
      from: 'kolada',
      created: 12,
      updated: 0,
      unchanged: 0,
      // K of a KPI the catalogue does not split by gender.
      ignored: 1,
      indicators: [
        { kpi: SPLIT, indicatorId: expect.any(String), followed: true },
        { kpi: TOTAL, indicatorId: expect.any(String), followed: true },
      ],
    });
    // One request for the kommun, län and country together, in pages of two.
    expect(server.requests[0]).toBe(
      `/v3/data/kpi/${SPLIT},${TOTAL}/municipality/1287,0012,0000/year/2019,2020`,
    );
    expect(response.body.requests).toBe(server.requests.length);
    expect(await stored(SPLIT)).toEqual([
      {
        area: 'country',
        period: '2019',
        gender: 'T',
        state: 'value',
        value: 19,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'country',
        period: '2020',
        gender: 'T',
        state: 'value',
        value: 19.5,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'municipality',
        period: '2019',
        gender: 'K',
        state: 'value',
        value: 25.1,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'municipality',
        period: '2019',
        gender: 'M',
        state: 'value',
        value: 17.9,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'municipality',
        period: '2019',
        gender: 'T',
        state: 'value',
        value: 21.5,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'municipality',
        period: '2020',
        gender: 'K',
        state: 'missing',
        value: null,
        source_status: 'X',
        source: 'Kolada',
      },
      {
        area: 'municipality',
        period: '2020',
        gender: 'M',
        state: 'value',
        value: 19.2,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'municipality',
        period: '2020',
        gender: 'T',
        state: 'value',
        value: 23,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'region',
        period: '2019',
        gender: 'T',
        state: 'value',
        value: 20,
        source_status: null,
        source: 'Kolada',
      },
      {
        area: 'region',
        period: '2020',
        gender: 'T',
        state: 'value',
        value: 21,
        source_status: null,
        source: 'Kolada',
      },
    ]);
    expect(
      (await stored(TOTAL)).map((r) => [r.period, r.gender, r.value, r.source_status]),
    ).toEqual([
      ['2019', 'T', 140, null],
      ['2020', 'T', 151, 'B'],
    ]);
    const list = (await reader.get(`${api}/indicators`)).body as Array<{
      koladaId: string;
      kind: string;
    }>;
    expect(
      list
        .filter((i) => i.kind === 'kolada')
        .map((i) => i.koladaId)
        .sort(),
    ).toEqual([SPLIT, TOTAL]);
    const region = await reader.get(
      `${api}/indicators/${response.body.indicators[0].indicatorId}/measurements?area=region`,
    );
    expect(region.body.map((m: { period: string; value: number }) => [m.period, m.value])).toEqual([
      ['2019', 20],
      ['2020', 21],
    ]);
  });

  it('changes nothing when the same data is imported again', async () => {
    const before = await t.sql(
      `SELECT * FROM measurements ORDER BY indicator_id, area, period, gender`,
    );
    const events = await t.sql(`SELECT count(*)::int AS n FROM audit_events`);
    const again = await importKolada({
      kpis: [SPLIT, TOTAL],
      years: [2019, 2020],
      compareWith: ['region', 'country'],
    });
    expect(again.body).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 12,
      changes: [],
      indicators: [
        { kpi: SPLIT, followed: false },
        { kpi: TOTAL, followed: false },
      ],
    });
    expect(
      await t.sql(`SELECT * FROM measurements ORDER BY indicator_id, area, period, gender`),
    ).toEqual(before);
    expect(await t.sql(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(events);
  });

  it('previews what would change, and then updates only that', async () => {
    server.fixture[TOTAL]!['1287']![2020] = [{ gender: 'T', value: 149, status: '' }];
    const preview = await importKolada({ kpis: [TOTAL], years: [2020], dryRun: true });
    expect(preview.body).toMatchObject({
      dryRun: true,
      created: 0,
      updated: 1,
      changes: [
        {
          kpi: TOTAL,
          area: 'municipality',
          period: '2020',
          gender: 'T',
          before: { state: 'value', value: 151, sourceStatus: 'B' },
          after: { state: 'value', value: 149, sourceStatus: null },
        },
      ],
    });
    expect((await stored(TOTAL)).find((r) => r.period === '2020')?.value).toBe(151);
    const applied = await importKolada({ kpis: [TOTAL], years: [2020] });
    expect(applied.body).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect((await stored(TOTAL)).find((r) => r.period === '2020')).toMatchObject({
      value: 149,
      source_status: null,
    });
    const [event] = await t.sql<{ after: { kpis: string[]; updated: number } }>(
      `SELECT after FROM audit_events WHERE action = 'kolada.imported' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(event?.after).toMatchObject({ kpis: [TOTAL], updated: 1 });
  });

  it('imports a saved answer without asking Kolada', async () => {
    server.requests.length = 0;
    const saved = {
      values: [
        {
          kpi: SPLIT,
          municipality: '1287',
          period: 2021,
          values: [{ gender: 'T', value: 24, status: '', count: 1 }],
        },
        {
          kpi: SPLIT,
          municipality: '0012',
          period: 2021,
          values: [{ gender: 'T', value: 22, status: '', count: 1 }],
        },
      ],
      count: 2,
      next_page: null,
      previous_page: null,
    };
    const response = await importKolada({ kpis: [SPLIT], data: [saved, saved] });
    expect(response.body).toMatchObject({ from: 'file', requests: 0, created: 1, ignored: 2 });
    expect(server.requests).toEqual([]);
    expect((await stored(SPLIT)).filter((r) => r.period === '2021')).toEqual([
      expect.objectContaining({ area: 'municipality', value: 24 }),
    ]);
  });

  it('refuses KPIs the catalogue lacks, and readers', async () => {
    const unknown = await importKolada({ kpis: [SPLIT, 'N90199'], years: [2020] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([
      {
        field: 'kpis.1',
        code: 'unknown_kolada_kpi',
        message:
          'Nyckeltal: nyckeltalet N90199 finns inte i Samlas indikatorkatalog. Be en plattformsadministratör att lägga till det.',
      },
    ]);
    expect(
      (await reader.post(`${api}/kolada/import`, { kpis: [SPLIT], years: [2020] })).status,
    ).toBe(403);
  });

  it('answers 502 and imports nothing when Kolada keeps failing', async () => {
    const before = await t.sql(`SELECT count(*)::int AS n FROM measurements`);
    server.behaviour = { kind: 'fail', status: 503, times: 100 };
    server.requests.length = 0;
    const failed = await importKolada({ kpis: [SPLIT], years: [2022] });
    server.behaviour = { kind: 'ok' };
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({ code: 'kolada_unavailable' });
    expect(failed.body.message).toContain('HTTP 503 after 3 attempts');
    expect(server.requests).toHaveLength(3);
    expect(await t.sql(`SELECT count(*)::int AS n FROM measurements`)).toEqual(before);
  });
});
