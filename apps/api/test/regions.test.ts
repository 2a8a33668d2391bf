import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { deriveAppUrl, DEV_APP_DB_PASSWORD } from '../src/config/app-config.js';
import { TEST_PASSWORD, TestApp, type ApiSession } from './support/test-app.js';

/**
 * Regional sharing on the demo: Dalarnas län (20) has Malung-Sälen and Borlänge sharing;
 * Västra Götalands län (14) has Alingsås and Borås sharing and Herrljunga sharing nothing.
 */
const KINDS = ['plans', 'coverage', 'activity-status', 'indicators', 'agreements'] as const;
const COUNT_INDICATOR =
  'Vuxna som fått stöd av socialtjänsten på grund av våld i nära relation (demo)';

interface Figure {
  period: string;
  gender: 'T' | 'K' | 'M';
  state: string;
  value: number | null;
  yearTotal: boolean;
}
interface Series {
  code: string;
  name: string;
  figures: Figure[];
  growthPercent: number | null;
}
interface IndicatorsBody {
  indicators: Array<{
    platformIndicatorId: string;
    nameSv: string;
    unit: string;
    periodType: 'year' | 'month';
    followedBy: number;
  }>;
  selected: {
    platformIndicatorId: string;
    year: string | null;
    years: string[];
    periods: string[];
    municipalities: Series[];
  } | null;
}

/** Count figures leave the kommun only as ≥ 5, and no T = K + M gives a hidden one away. */
function expectSuppressed(municipalities: Series[]): number {
  let checked = 0;
  for (const m of municipalities) {
    const periods = new Set(m.figures.map((f) => f.period));
    for (const period of periods) {
      const cells = m.figures.filter((f) => f.period === period);
      for (const c of cells) {
        if (c.state === 'value') expect(c.value).toBeGreaterThanOrEqual(5);
        else expect(c.value).toBeNull();
      }
      const hidden = cells.filter((c) => c.state !== 'value').length;
      if (cells.length === 3) expect([0, 2, 3]).toContain(hidden);
      checked++;
    }
  }
  return checked;
}

/** Every indicator of the list, each as the admin asks for it when chosen. */
async function everyIndicator(session: ApiSession, lanskod: string) {
  const base = `/api/v1/regions/${lanskod}/comparison/indicators`;
  const list = (await session.get(base)).body as IndicatorsBody;
  const answers: Array<{ indicator: IndicatorsBody['indicators'][number]; body: IndicatorsBody }> =
    [];
  for (const indicator of list.indicators) {
    const r = await session.get(`${base}?indicator=${indicator.platformIndicatorId}`);
    expect(r.status).toBe(200);
    answers.push({ indicator, body: r.body as IndicatorsBody });
  }
  return answers;
}

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

const binary = (
  res: import('supertest').Response,
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('regional sharing and comparisons', () => {
  let t: TestApp;
  let dalarna: ApiSession;
  let vastra: ApiSession;
  let borlangeAdmin: ApiSession;
  let platformAdmin: ApiSession;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await TestApp.start({ DEMO_DATA: 'auto', DEMO_PASSWORD: TEST_PASSWORD });
    dalarna = await t.loginAs('samordnare@dalarna.samla.test');
    vastra = await t.loginAs('samordnare@vastragotaland.samla.test');
    borlangeAdmin = await t.loginAs('admin@borlange.samla.test');
    platformAdmin = await t.loginAs('admin@samla.test');
    ids = Object.fromEntries(
      (await t.sql<{ code: string; id: string }>(`SELECT code, id FROM tenants`)).map((r) => [
        r.code,
        r.id,
      ]),
    );
  }, 120_000);
  afterAll(() => t.stop());

  describe('the coordinator', () => {
    it('logs in as coordinator of their län', async () => {
      const me = await dalarna.get('/api/v1/auth/me');
      expect(me.body).toMatchObject({
        memberships: [],
        coordinatedRegions: [{ code: '20', name: expect.stringContaining('Dalarna') }],
      });
    });

    it('sees the sharing kommuner of the län, and what each shares', async () => {
      const d = await dalarna.get('/api/v1/regions/20');
      expect(d.status).toBe(200);
      expect(d.body.municipalities).toEqual([
        {
          code: '2081',
          name: 'Borlänge',
          shares: { plans: true, coverage: true, indicators: true, collaboration: true },
        },
        {
          code: '2023',
          name: 'Malung-Sälen',
          shares: { plans: true, coverage: true, indicators: true, collaboration: false },
        },
      ]);
      const v = await vastra.get('/api/v1/regions/14');
      expect(v.body.municipalities.map((m: { code: string }) => m.code)).toEqual(['1489', '1490']);
    });

    it('does not see a non-sharing kommun of the same län at all, in any comparison or export', async () => {
      for (const kind of KINDS) {
        const r = await vastra.get(`/api/v1/regions/14/comparison/${kind}`);
        expect(r.status).toBe(200);
        const text = JSON.stringify(r.body);
        expect({ kind, herrljunga: text.includes('Herrljunga') || text.includes('1466') }).toEqual({
          kind,
          herrljunga: false,
        });
        const x = await vastra
          .get(`/api/v1/regions/14/comparison/${kind}/export`)
          .buffer(true)
          .parse(binary);
        expect(x.status).toBe(200);
        const workbook = await readWorkbook(x.body as Buffer);
        const cells: string[] = [];
        workbook.eachSheet((s) => s.eachRow((row) => cells.push(JSON.stringify(row.values))));
        expect(cells.join('\n')).not.toMatch(/Herrljunga|1466/);
      }
      // The indicators comparison shows one indicator at a time: every one of them.
      for (const { body } of await everyIndicator(vastra, '14'))
        expect(JSON.stringify(body)).not.toMatch(/Herrljunga|1466/);
    });

    it('lists in each comparison only the kommuner that share its area', async () => {
      const coverage = await vastra.get('/api/v1/regions/14/comparison/coverage');
      // Borås shares plans but not coverage; Alingsås shares both.
      expect(coverage.body.municipalities.map((m: { code: string }) => m.code)).toEqual(['1489']);
      const plans = await vastra.get('/api/v1/regions/14/comparison/plans');
      expect(plans.body.municipalities.map((m: { code: string }) => m.code)).toEqual([
        '1489',
        '1490',
      ]);
      const boras = plans.body.municipalities.find((m: { code: string }) => m.code === '1490');
      expect(boras.plans).toEqual([
        expect.objectContaining({
          title: 'En kommun fri från våld – handlingsplan 2023–2026',
          status: 'in_force',
          periodFrom: 2023,
          periodTo: 2026,
          goals: 2,
          activities: 6,
          current: true,
          // (100 + 50 + 70 + 80 + 25) / 5, the cancelled one left out.
          progress: 65,
        }),
      ]);
      const agreements = await vastra.get('/api/v1/regions/14/comparison/agreements');
      expect(agreements.body.municipalities).toEqual([
        {
          code: '1490',
          name: 'Borås',
          current: ['police', 'youth_clinic', 'emergency_department'],
        },
      ]);
    });

    it('compares coverage, activity status and agreements with the domain rules', async () => {
      const coverage = await dalarna.get('/api/v1/regions/20/comparison/coverage');
      const borlange = coverage.body.municipalities.find(
        (m: { code: string }) => m.code === '2081',
      );
      expect(borlange.plan.title).toBe('Tillsammans mot våld i nära relationer 2024–2027');
      expect(borlange.matrix.individual.targeted).toMatchObject({ activities: 2, gap: false });
      expect(borlange.gaps).toContainEqual({ level: 'society', tier: 'targeted' });
      const status = await dalarna.get('/api/v1/regions/20/comparison/activity-status');
      const b = status.body.municipalities.find((m: { code: string }) => m.code === '2081');
      expect(b.counts).toEqual({ not_started: 1, ongoing: 2, done: 1, delayed: 1, cancelled: 0 });
      expect(b.percent).toEqual({
        not_started: 20,
        ongoing: 40,
        done: 20,
        delayed: 20,
        cancelled: 0,
      });
      const agreements = await dalarna.get('/api/v1/regions/20/comparison/agreements');
      // The psychiatry agreement was signed 2021 and never followed up: lapsed.
      expect(agreements.body.municipalities).toEqual([
        { code: '2081', name: 'Borlänge', current: ['womens_shelter', 'police'] },
      ]);
      expect(agreements.body.shares).toContainEqual({
        category: 'adult_psychiatry',
        withCurrent: 0,
        of: 1,
        percent: 0,
      });
    });
  });

  describe('agreements by partner type', () => {
    it('classifies a healthcare partner by its care service, and only a healthcare partner', async () => {
      const borasAdmin = await t.loginAs('admin@boras.samla.test');
      const api = '/api/v1/tenants/1490';
      const wrong = await borasAdmin.post(`${api}/partners`, {
        name: 'Polisen',
        type: 'police',
        careService: 'primary_care',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.issues).toEqual([
        expect.objectContaining({ field: 'careService', code: 'healthcare_only' }),
      ]);
      const vc = await borasAdmin.post(`${api}/partners`, {
        name: 'Vårdcentralen Norrby',
        type: 'region_healthcare',
        careService: 'primary_care',
      });
      expect(vc.status).toBe(201);
      expect(vc.body.careService).toBe('primary_care');
      const before = await vastra.get('/api/v1/regions/14/comparison/agreements');
      expect(before.body.shares).toContainEqual(
        expect.objectContaining({ category: 'primary_care', withCurrent: 0, of: 1 }),
      );
      const agreement = await borasAdmin.post(`${api}/agreements`, {
        partnerId: vc.body.id,
        subject: 'Rutin för frågor om våld i primärvården',
        signedOn: '2026-10-01',
        signatoryLevel: 'executive',
      });
      expect(agreement.status).toBe(201);
      const after = await vastra.get('/api/v1/regions/14/comparison/agreements');
      expect(after.body.shares).toContainEqual({
        category: 'primary_care',
        withCurrent: 1,
        of: 1,
        percent: 100,
      });
    });
  });

  describe('small numbers', () => {
    it('are suppressed in the indicator comparison, so that none can be derived', async () => {
      let checked = 0;
      for (const [session, lanskod] of [
        [dalarna, '20'],
        [vastra, '14'],
      ] as const)
        for (const { indicator, body } of await everyIndicator(session, lanskod))
          if (indicator.unit === 'count')
            checked += expectSuppressed(body.selected?.municipalities ?? []);
      expect(checked).toBeGreaterThan(0);
      const list = (await dalarna.get('/api/v1/regions/20/comparison/indicators'))
        .body as IndicatorsBody;
      const count = list.indicators.find((i) => i.nameSv === COUNT_INDICATOR);
      const r = await dalarna.get(
        `/api/v1/regions/20/comparison/indicators?indicator=${count?.platformIndicatorId}`,
      );
      const malung = (r.body as IndicatorsBody).selected?.municipalities.find(
        (m) => m.code === '2023',
      );
      // 2024: T 7, K 5, M 2 → M is small, and K would be T − M: both hidden, T shown.
      expect(malung?.figures.filter((f) => f.period === '2024')).toEqual([
        expect.objectContaining({ gender: 'T', state: 'value', value: 7 }),
        expect.objectContaining({ gender: 'K', state: 'suppressed', value: null }),
        expect.objectContaining({ gender: 'M', state: 'suppressed', value: null }),
      ]);
    });

    it('lists the followed catalogue indicators and shows the first at once', async () => {
      const r = await dalarna.get('/api/v1/regions/20/comparison/indicators');
      expect(r.status).toBe(200);
      const body = r.body as IndicatorsBody;
      expect(body.indicators.length).toBeGreaterThan(0);
      // Most followed first: both sharing kommuner follow the demo count indicator.
      expect(body.indicators[0]).toMatchObject({ nameSv: COUNT_INDICATOR, followedBy: 2 });
      expect(body.selected).toMatchObject({
        platformIndicatorId: body.indicators[0]?.platformIndicatorId,
        year: null,
        years: [],
        periods: ['2023', '2024'],
      });
      expect(body.selected?.municipalities.map((m) => m.code)).toEqual(['2081', '2023']);
    });

    it('refuses a bad indicator or year with a 400 that names the field, in Swedish and English', async () => {
      const base = '/api/v1/regions/20/comparison/indicators';
      const bad = await dalarna.get(`${base}?indicator=not-an-id`);
      expect(bad.status).toBe(400);
      expect(bad.body.issues).toEqual([
        expect.objectContaining({
          field: 'indicator',
          message: expect.stringContaining('Indikator'),
        }),
      ]);
      const en = await dalarna.get(`${base}?indicator=not-an-id`).set('Accept-Language', 'en');
      expect(en.status).toBe(400);
      expect(en.body.issues).toEqual([
        expect.objectContaining({
          field: 'indicator',
          message: expect.stringContaining('Indicator'),
        }),
      ]);
      const unknown = await dalarna.get(`${base}?indicator=00000000-0000-4000-8000-000000000000`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.issues).toEqual([
        expect.objectContaining({ field: 'indicator', code: 'not_followed' }),
      ]);
      const year = await dalarna.get(`${base}?year=24`);
      expect(year.status).toBe(400);
      expect(year.body.issues).toEqual([expect.objectContaining({ field: 'year' })]);
      // The default (the demo count indicator) is yearly: it has no months to choose.
      const yearly = await dalarna.get(`${base}?year=2024`);
      expect(yearly.status).toBe(400);
      expect(yearly.body.issues).toEqual([
        expect.objectContaining({ field: 'year', code: 'monthly_only' }),
      ]);
      const extra = await dalarna.get(`${base}?gender=K`);
      expect(extra.status).toBe(400);
      expect(extra.body.issues).toEqual([expect.objectContaining({ field: 'gender' })]);
    });

    it('shows a monthly indicator per year, one year by month on request, suppressed as in the export', async () => {
      const platformId = '0c5e0000-0000-4000-8000-000000000001';
      await t.sql(
        `INSERT INTO platform_indicators (id, kind, kolada_id, name_sv, name_en, unit,
                higher_is_better, period_type, gender_split)
         VALUES ($1, 'kolada', 'TEST01', 'Samtal per månad (test)', 'Talks per month (test)',
                 'count', true, 'month', true)`,
        [platformId],
      );
      // Borlänge: K 8 and M 6 a month, but M 3 in 2024-05 (small) → hidden with a partner.
      // Malung-Sälen: small every month of 2024, complete 2023 of K 5, M 5.
      const kommuner: Array<[string, (year: number, month: number) => [number, number]]> = [
        ['2081', (year, month) => [8, year === 2024 && month === 5 ? 3 : 6]],
        ['2023', (year) => (year === 2023 ? [5, 5] : [2, 1])],
      ];
      for (const [code, months] of kommuner) {
        const indicatorId = randomUUID();
        await t.sql(
          `INSERT INTO indicators (tenant_id, id, platform_indicator_id) VALUES ($1, $2, $3)`,
          [ids[code], indicatorId, platformId],
        );
        for (const year of [2023, 2024])
          for (let month = 1; month <= 12; month++) {
            const [k, m] = months(year, month);
            const period = `${year}-${String(month).padStart(2, '0')}`;
            for (const [gender, value] of [
              ['T', k + m],
              ['K', k],
              ['M', m],
            ] as const)
              await t.sql(
                `INSERT INTO measurements (tenant_id, indicator_id, area, period, gender, state, value)
                 VALUES ($1, $2, 'municipality', $3, $4, 'value', $5)`,
                [ids[code], indicatorId, period, gender, value],
              );
          }
      }
      const base = `/api/v1/regions/20/comparison/indicators?indicator=${platformId}`;
      const years = (await dalarna.get(base)).body as IndicatorsBody;
      expect(years.selected).toMatchObject({ year: null, years: ['2023', '2024'] });
      expect(years.selected?.periods).toEqual(['2023', '2024']);
      for (const m of years.selected?.municipalities ?? [])
        expect(m.figures.every((f) => f.yearTotal)).toBe(true);
      const borlange = years.selected?.municipalities.find((m) => m.code === '2081');
      // 2023: T 168 = K 96 + M 72, all shown; growth on the shown year totals.
      expect(borlange?.figures.filter((f) => f.period === '2023')).toEqual([
        expect.objectContaining({ gender: 'T', value: 168 }),
        expect.objectContaining({ gender: 'K', value: 96 }),
        expect.objectContaining({ gender: 'M', value: 72 }),
      ]);

      const months = await dalarna.get(`${base}&year=2024`);
      expect(months.status).toBe(200);
      const selected = (months.body as IndicatorsBody).selected;
      expect(selected?.year).toBe('2024');
      expect(selected?.years).toEqual(['2023', '2024']);
      expect(selected?.periods).toHaveLength(13);
      expect(selected?.periods.at(-1)).toBe('2024');
      expect(selected?.periods.every((p) => p.startsWith('2024'))).toBe(true);
      expect(expectSuppressed(selected?.municipalities ?? [])).toBeGreaterThan(0);
      const may = selected?.municipalities
        .find((m) => m.code === '2081')
        ?.figures.filter((f) => f.period === '2024-05');
      expect(may?.find((f) => f.gender === 'M')).toMatchObject({
        state: 'suppressed',
        value: null,
      });
      expect(may?.filter((f) => f.state === 'suppressed')).toHaveLength(2);
      // Malung-Sälen's 2024: every month small, so hidden; no year total gives one away.
      for (const f of selected?.municipalities.find((m) => m.code === '2023')?.figures ?? [])
        if (!f.yearTotal) expect(f.state).toBe('suppressed');

      // Every cell either view shows is the same cell the export (all months, all years) has.
      const x = await dalarna
        .get('/api/v1/regions/20/comparison/indicators/export')
        .buffer(true)
        .parse(binary);
      const exported = new Map<string, unknown>();
      (await readWorkbook(x.body as Buffer)).worksheets[0]?.eachRow((row, n) => {
        const v = row.values as unknown[];
        if (n > 1 && v[1] === 'Samtal per månad (test)')
          exported.set(`${String(v[3])}|${String(v[4])}|${String(v[5])}`, v[6] ?? null);
      });
      const gender = { T: 'Totalt', K: 'Kvinnor', M: 'Män' } as const;
      let compared = 0;
      for (const view of [years.selected, selected])
        for (const m of view?.municipalities ?? [])
          for (const f of m.figures) {
            const key = `${m.code}|${f.period}|${gender[f.gender]}`;
            expect({ key, value: exported.get(key) }).toEqual({ key, value: f.value });
            compared++;
          }
      expect(compared).toBeGreaterThan(80);
    });

    it('are suppressed in every XLSX export too', async () => {
      const x = await dalarna
        .get('/api/v1/regions/20/comparison/indicators/export')
        .buffer(true)
        .parse(binary);
      expect(x.headers['content-type']).toContain('spreadsheetml');
      expect(x.headers['content-disposition']).toContain('.xlsx');
      const sheet = (await readWorkbook(x.body as Buffer)).worksheets[0];
      const rows: Array<{
        indicator: string;
        kommun: string;
        period: string;
        gender: string;
        value: unknown;
      }> = [];
      sheet?.eachRow((row, n) => {
        if (n === 1) return;
        const v = row.values as unknown[];
        rows.push({
          indicator: String(v[1]),
          kommun: String(v[3]),
          period: String(v[4]),
          gender: String(v[5]),
          value: v[6],
        });
      });
      const counts = rows.filter((r) => r.indicator === COUNT_INDICATOR);
      expect(counts.length).toBeGreaterThan(0);
      for (const r of counts)
        if (r.value !== undefined && r.value !== null) expect(r.value).toBeGreaterThanOrEqual(5);
      const groups = new Map<string, typeof counts>();
      for (const r of counts)
        groups.set(`${r.kommun}|${r.period}`, [
          ...(groups.get(`${r.kommun}|${r.period}`) ?? []),
          r,
        ]);
      for (const group of groups.values())
        expect([0, 2, 3]).toContain(
          group.filter((r) => r.value === undefined || r.value === null).length,
        );
      for (const kind of KINDS) {
        const other = await dalarna
          .get(`/api/v1/regions/20/comparison/${kind}/export`)
          .buffer(true)
          .parse(binary);
        expect({ kind, status: other.status }).toEqual({ kind, status: 200 });
        expect((await readWorkbook(other.body as Buffer)).worksheets.length).toBeGreaterThan(1);
      }
    });
  });

  describe('access', () => {
    it('shows a coordinator of another län nothing: 404 on every region route', async () => {
      for (const path of [
        '',
        ...KINDS.map((k) => `/comparison/${k}`),
        ...KINDS.map((k) => `/comparison/${k}/export`),
      ]) {
        const r = await dalarna.get(`/api/v1/regions/14${path}`);
        expect({ path, status: r.status }).toEqual({ path, status: 404 });
      }
      // A kommun's own users are no coordinators.
      expect((await borlangeAdmin.get('/api/v1/regions/20')).status).toBe(404);
      expect((await t.http.get('/api/v1/regions/20')).status).toBe(401);
      expect((await dalarna.get('/api/v1/regions/20/comparison/nonsense/export')).status).toBe(404);
    });

    it('lets a platform admin assign and withdraw a coordinator', async () => {
      const user = await t.newUser();
      const session = await t.loginAs(user.email);
      expect((await session.get('/api/v1/regions/20')).status).toBe(404);
      const added = await platformAdmin.post('/api/v1/regions/20/coordinators', {
        email: user.email,
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ userId: user.id, lanskod: '20' });
      expect((await session.get('/api/v1/regions/20')).status).toBe(200);
      const list = await platformAdmin.get('/api/v1/regions/20/coordinators');
      expect(list.body.map((c: { email: string }) => c.email)).toEqual(
        expect.arrayContaining(['samordnare@dalarna.samla.test', user.email]),
      );
      expect(
        (await platformAdmin.delete(`/api/v1/regions/20/coordinators/${user.id}`)).status,
      ).toBe(204);
      expect((await session.get('/api/v1/regions/20')).status).toBe(404);
      const audit = await t.sql<{ action: string }>(
        `SELECT action FROM platform_audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
        [`20:${user.id}`],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'region_coordinator.added',
        'region_coordinator.removed',
      ]);
      // Only platform admins; unknown users and län are named as such.
      expect(
        (await dalarna.post('/api/v1/regions/20/coordinators', { email: user.email })).status,
      ).toBe(403);
      const unknown = await platformAdmin.post('/api/v1/regions/20/coordinators', {
        email: 'ingen@samla.test',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.issues).toEqual([
        expect.objectContaining({ field: 'email', code: 'unknown_reference' }),
      ]);
      expect(
        (await platformAdmin.post('/api/v1/regions/99/coordinators', { email: user.email })).status,
      ).toBe(404);
    });
  });

  describe('the kommun decides', () => {
    it('shows the tenant admin what is shared and who changed it; only tenant admins', async () => {
      const r = await borlangeAdmin.get('/api/v1/tenants/2081/region-sharing');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        plans: true,
        coverage: true,
        indicators: true,
        collaboration: true,
        region: { code: '20' },
        version: 1,
      });
      expect(r.body.history).toHaveLength(1);
      const strategist = await t.loginAs(
        (
          await t.newUser({
            memberships: [{ tenantId: ids['2081'] as string, role: 'strategist' }],
          })
        ).email,
      );
      expect((await strategist.get('/api/v1/tenants/2081/region-sharing')).status).toBe(403);
      expect(
        (
          await strategist.put('/api/v1/tenants/2081/region-sharing', {
            ...flags(false),
            version: 1,
          })
        ).status,
      ).toBe(403);
    });

    it('refuses bad input naming the field, and a stale version with 409', async () => {
      const bad = await borlangeAdmin.put('/api/v1/tenants/2081/region-sharing', {
        version: 1,
        plans: 'ja',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.issues.map((i: { field: string }) => i.field)).toEqual(
        expect.arrayContaining(['plans', 'coverage', 'indicators', 'collaboration']),
      );
      const stale = await borlangeAdmin.put('/api/v1/tenants/2081/region-sharing', {
        ...flags(true),
        version: 99,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ version: 1 });
    });

    it('takes a withdrawal into effect at once, audited, with who did it', async () => {
      const before = await dalarna.get('/api/v1/regions/20/comparison/indicators');
      expect(JSON.stringify(before.body)).toContain('Borlänge');
      const put = await borlangeAdmin.put('/api/v1/tenants/2081/region-sharing', {
        version: 1,
        plans: true,
        coverage: true,
        indicators: false,
        collaboration: false,
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({
        indicators: false,
        version: 2,
        updatedBy: { displayName: 'Kommunadministratör Borlänge' },
      });
      expect(put.body.history[0]).toMatchObject({
        indicators: false,
        by: { displayName: 'Kommunadministratör Borlänge' },
      });
      const after = await dalarna.get('/api/v1/regions/20/comparison/indicators');
      expect(JSON.stringify(after.body)).not.toContain('Borlänge');
      const agreements = await dalarna.get('/api/v1/regions/20/comparison/agreements');
      expect(agreements.body.municipalities).toEqual([]);
      expect(
        agreements.body.shares.every(
          (s: { of: number; percent: null }) => s.of === 0 && s.percent === null,
        ),
      ).toBe(true);
      const plans = await dalarna.get('/api/v1/regions/20/comparison/plans');
      expect(JSON.stringify(plans.body)).toContain('Borlänge');
      const audit = await t.sql<{ before: object; after: object }>(
        `SELECT before, after FROM audit_events WHERE tenant_id = $1 AND action = 'region_sharing.updated' ORDER BY occurred_at DESC LIMIT 1`,
        [ids['2081']],
      );
      expect(audit[0]).toEqual({
        before: flags(true),
        after: { plans: true, coverage: true, indicators: false, collaboration: false },
      });
    });

    it('starts a new kommun with nothing shared', async () => {
      const tenant = await t.newTenant('2080'); // Falun, Dalarnas län
      const admin = await t.loginAs(
        (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'tenant_admin' }] })).email,
      );
      const r = await admin.get('/api/v1/tenants/2080/region-sharing');
      expect(r.body).toMatchObject({ ...flags(false), version: 0, updatedBy: null, history: [] });
      const overview = await dalarna.get('/api/v1/regions/20');
      expect(JSON.stringify(overview.body)).not.toContain('Falun');
      const first = await admin.put('/api/v1/tenants/2080/region-sharing', {
        ...flags(false),
        plans: true,
        version: 0,
      });
      expect(first.status).toBe(200);
      expect(
        (await dalarna.get('/api/v1/regions/20')).body.municipalities.map(
          (m: { code: string }) => m.code,
        ),
      ).toContain('2080');
    });
  });

  describe('in the database', () => {
    let app: pg.Client;
    beforeAll(async () => {
      app = new pg.Client({ connectionString: deriveAppUrl(t.ownerUrl, DEV_APP_DB_PASSWORD) });
      await app.connect();
    });
    afterAll(() => app.end());

    /** Which kommuner's rows of `table` the runtime role sees with this län set. */
    const visible = async (lanskod: string, table: string): Promise<string[]> => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.region_code', $1, true)`, [lanskod]);
        const { rows } = await app.query<{ code: string }>(
          `SELECT DISTINCT t.code FROM ${table} x JOIN tenants t ON t.id = x.tenant_id ORDER BY 1`,
        );
        return rows.map((r) => r.code);
      } finally {
        await app.query('ROLLBACK');
      }
    };

    it('lets the runtime role with a län see only the rows of kommuner that share them', async () => {
      // (Borlänge withdrew indicators and collaboration above; Falun shares plans.)
      expect(await visible('20', 'action_plans')).toEqual(['2023', '2081']);
      expect(await visible('20', 'activities')).toEqual(['2023', '2081']);
      expect(await visible('20', 'measurements')).toEqual(['2023']);
      expect(await visible('20', 'agreements')).toEqual([]);
      expect(await visible('14', 'activities')).toEqual(['1489', '1490']);
      expect(await visible('14', 'agreements')).toEqual(['1490']);
      expect(await visible('14', 'partners')).toEqual(['1490']);
      expect(await visible('14', 'measurements')).toEqual(['1489', '1490']);
      // Herrljunga has a plan, figures and an agreement, and shares none of them.
      for (const table of [
        'action_plans',
        'activities',
        'goals',
        'indicators',
        'measurements',
        'agreements',
        'partners',
        'region_sharing',
      ])
        expect({ table, rows: await visible('14', table) }).toEqual({
          table,
          rows: expect.not.arrayContaining(['1466']),
        });
      // Tables no comparison needs stay closed; Trelleborg's län shares nothing.
      expect(await visible('14', 'progress_updates')).toEqual([]);
      expect(await visible('14', 'audit_events')).toEqual([]);
      expect(await visible('12', 'activities')).toEqual([]);
      expect(await visible('', 'activities')).toEqual([]);
    });

    it('lets a län write nothing', async () => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.region_code', '14', true)`);
        await expect(
          app.query(`UPDATE activities SET progress = 0 WHERE tenant_id = $1`, [ids['1490']]),
        ).resolves.toMatchObject({ rowCount: 0 });
        await expect(
          app.query(
            `INSERT INTO org_units (tenant_id, id, name, kind) VALUES ($1, gen_random_uuid(), 'Intrång', 'unit')`,
            [ids['1490']],
          ),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await app.query('ROLLBACK');
      }
    });
  });
});

function flags(value: boolean) {
  return { plans: value, coverage: value, indicators: value, collaboration: value };
}
