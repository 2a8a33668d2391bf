import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type request from 'supertest';
import { planTotalsMismatches } from './support/plan-totals.js';
import { TestApp, type ApiSession } from './support/test-app.js';

const HEADERS = [
  'ID',
  'Mål',
  'Titel',
  'Beskrivning',
  'Ansvarig enhet',
  'Medverkande enheter',
  'Nivå',
  'Insatstyp',
  'Målgrupper',
  'Våldsformer',
  'Metod',
  'Startdatum',
  'Slutdatum',
  'Budget (kr)',
  'Finansiering',
  'Status',
  'Genomfört (%)',
  'Vikt',
];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportView {
  id: string;
  status: string;
  fileName: string;
  format: string;
  totalRows: number;
  processedRows: number;
  summary: {
    created: number;
    updated: number;
    unchanged: number;
    rejected: Array<{
      line: number;
      issues: Array<{ field: string; code: string; message: string }>;
    }>;
  };
  error: { code: string; message: string } | null;
}

/** A response body as bytes, whatever its content type. */
const asBuffer = (test: request.Test) =>
  test.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });

/** Cells as text, so both formats compare the same (XLSX keeps numbers as numbers). */
const text = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell));

async function xlsxRows(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(HEADERS.map((_, i) => text(row.getCell(i + 1).value))));
  return rows;
}

const csvRows = (buffer: Buffer): string[][] =>
  parse(buffer.toString('utf8'), { delimiter: ';', bom: true }) as string[][];

async function xlsxFile(rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvFile = (rows: Array<Array<string | number>>, delimiter = ';') =>
  Buffer.from(
    '\ufeff' +
      rows
        .map((r) =>
          r
            .map((c) =>
              /[;,"\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c),
            )
            .join(delimiter),
        )
        .join('\r\n'),
    'utf8',
  );

describe('a plan’s activities as a spreadsheet', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let strategist: ApiSession;
  let strategistId: string;
  let reader: ApiSession;
  let units: { sn: string; bun: string; kfn: string };
  let plan: { id: string; title: string };
  let goals: { prevention: string; support: string };
  const api = '/api/v1/tenants/1489';

  const upload = (session: ApiSession, planId: string, file: Buffer, name: string) =>
    t.http
      .post(`${api}/action-plans/${planId}/import`)
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .set('Accept-Language', session.language)
      .attach('file', file, name);

  const exportOf = (planId: string, format: 'xlsx' | 'csv', session = strategist) =>
    asBuffer(session.get(`${api}/action-plans/${planId}/export?format=${format}`));

  const preview = async (planId: string, file: Buffer, name: string): Promise<ImportView> => {
    const response = await upload(strategist, planId, file, name);
    expect(response.status).toBe(201);
    return response.body as ImportView;
  };

  /** Polls the import until it has finished, keeping what each poll saw. */
  const waitFor = async (planId: string, importId: string) => {
    const seen: Array<{ status: string; processedRows: number }> = [];
    for (let i = 0; i < 1200; i++) {
      const response = await strategist.get(`${api}/action-plans/${planId}/imports/${importId}`);
      expect(response.status).toBe(200);
      seen.push({ status: response.body.status, processedRows: response.body.processedRows });
      if (response.body.status !== 'running') return { view: response.body as ImportView, seen };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The import did not finish within a minute.');
  };

  const confirmAndWait = async (planId: string, importId: string) => {
    const confirmed = await strategist.post(
      `${api}/action-plans/${planId}/imports/${importId}/confirm`,
    );
    expect(confirmed.status).toBe(202);
    expect(confirmed.body.status).toBe('running');
    return waitFor(planId, importId);
  };

  const activitiesOf = (planId: string) =>
    t.sql<{ id: string; title: string; version: number; progress: number }>(
      `SELECT id, title, version, progress FROM activities WHERE plan_id = $1 ORDER BY created_at, id`,
      [planId],
    );

  const newActivity = async (body: object) => {
    const response = await strategist.post(`${api}/activities`, { planId: plan.id, ...body });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  };

  beforeAll(async () => {
    // 'log' level: the import runner logs how long each import took to write.
    t = await TestApp.start({ LOG_LEVEL: 'log' });
    tenant = await t.newTenant('1489');
    const strategistUser = await t.newUser({
      memberships: [{ tenantId: tenant.id, role: 'strategist' }],
    });
    strategistId = strategistUser.id;
    strategist = await t.loginAs(strategistUser.email);
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] })).email,
    );
    const unit = async (body: object) => {
      const response = await strategist.post(`${api}/org-units`, { kind: 'committee', ...body });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    units = {
      sn: await unit({ name: 'Socialnämnden', shortName: 'SN' }),
      bun: await unit({ name: 'Barn- och utbildningsnämnden', shortName: 'BUN' }),
      kfn: await unit({ name: 'Kultur- och fritidsnämnden' }),
    };
    const created = await strategist.post(`${api}/action-plans`, {
      title: 'Handlingsplan mot våld i nära relationer',
      kind: 'action_plan',
      periodFrom: 2023,
      periodTo: 2026,
    });
    expect(created.status).toBe(201);
    plan = created.body;
    const goal = async (title: string) => {
      const response = await strategist.post(`${api}/action-plans/${plan.id}/goals`, { title });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    goals = {
      prevention: await goal('Förebygga våld'),
      support: await goal('Stöd till våldsutsatta'),
    };
    const methods = (await strategist.get('/api/v1/toolkit/methods')).body as Array<{
      id: string;
      name: string;
    }>;
    const atv = methods.find((m) => m.name.startsWith('ATV'));
    expect(atv).toBeDefined();
    await newActivity({
      goalId: goals.prevention,
      title: 'Utbildning för alla medarbetare',
      description: 'Grundutbildning om våld i nära relationer, även sexuella trakasserier.',
      responsibleUnitId: units.sn,
      participatingUnitIds: [units.bun, units.kfn],
      level: 'organisation',
      tier: 'promotive',
      targetGroups: ['employees'],
      violenceTypes: ['vinr', 'mvk'],
      methodText: 'Egen kurs',
      startDate: '2024-01-15',
      endDate: '2024-12-31',
      budgetSek: 150000,
      fundingSource: 'municipal_budget',
      status: 'ongoing',
      progress: 40,
      weight: 2,
    });
    await newActivity({
      goalId: goals.support,
      title: 'Behandling för våldsutövare',
      responsibleUnitId: units.sn,
      level: 'individual',
      tier: 'targeted',
      targetGroups: ['perpetrators'],
      violenceTypes: ['vinr'],
      methodId: atv?.id,
      fundingSource: 'state_grant',
    });
    await newActivity({
      title: 'Kampanj för invånare',
      level: 'society',
      tier: 'promotive',
      targetGroups: ['residents', 'children_youth'],
    });
  }, 60_000);
  afterAll(() => t.stop());

  describe('export', () => {
    it('writes the same header and rows in XLSX and CSV, with Swedish labels', async () => {
      const xlsx = await exportOf(plan.id, 'xlsx');
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
      expect(xlsx.headers['content-disposition']).toBe(
        `attachment; filename="Handlingsplan mot vald i nara relationer - aktiviteter.xlsx"; filename*=UTF-8''Handlingsplan%20mot%20v%C3%A5ld%20i%20n%C3%A4ra%20relationer%20%E2%80%93%20aktiviteter.xlsx`,
      );
      const csv = await exportOf(plan.id, 'csv');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toContain('aktiviteter.csv');
      const csvBytes = csv.body as Buffer;
      expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csvBytes.toString('utf8').split('\r\n')[0]).toBe('\ufeff' + HEADERS.join(';'));

      const fromXlsx = await xlsxRows(xlsx.body as Buffer);
      const fromCsv = csvRows(csvBytes);
      expect(fromXlsx).toEqual(fromCsv);
      expect(fromXlsx[0]).toEqual(HEADERS);
      const ids = (await activitiesOf(plan.id)).map((a) => a.id);
      expect(fromXlsx.slice(1).map((r) => r[0])).toEqual(ids);
      expect(fromXlsx[1]).toEqual([
        ids[0],
        'Förebygga våld',
        'Utbildning för alla medarbetare',
        'Grundutbildning om våld i nära relationer, även sexuella trakasserier.',
        'SN',
        expect.stringMatching(
          /^(BUN; Kultur- och fritidsnämnden|Kultur- och fritidsnämnden; BUN)$/,
        ),
        'Organisation',
        'Främjande',
        'Medarbetare',
        'Våld i nära relationer (VINR); Mäns våld mot kvinnor (MVK)',
        'Egen kurs',
        '2024-01-15',
        '2024-12-31',
        '150000',
        'Kommunal budget',
        'Pågår',
        '40',
        '2',
      ]);
      expect(fromXlsx[2]?.slice(1, 12)).toEqual([
        'Stöd till våldsutsatta',
        'Behandling för våldsutövare',
        '',
        'SN',
        '',
        'Individ',
        'Riktat',
        'Våldsutövare',
        'Våld i nära relationer (VINR)',
        'ATV – Alternativ till våld',
        '',
      ]);
    });

    it('makes the header bold and frozen, and keeps ids and dates as text', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await exportOf(plan.id, 'xlsx')).body as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(typeof sheet.getRow(2).getCell(1).value).toBe('string');
      expect(sheet.getRow(2).getCell(12).value).toBe('2024-01-15');
      expect(sheet.getRow(2).getCell(14).value).toBe(150000);
      expect(sheet.getColumn(3).width).toBeGreaterThan(20);
    });

    it('lets readers export, and answers 400 for an unknown format', async () => {
      expect((await exportOf(plan.id, 'csv', reader)).status).toBe(200);
      const bad = await strategist.get(`${api}/action-plans/${plan.id}/export?format=pdf`);
      expect(bad.status).toBe(400);
      expect(bad.body.issues[0]).toMatchObject({ field: 'format', code: 'invalid_choice' });
    });
  });

  describe('import', () => {
    it('reads an exported XLSX back as all unchanged, and confirming it changes nothing', async () => {
      const before = await activitiesOf(plan.id);
      const file = (await exportOf(plan.id, 'xlsx')).body as Buffer;
      const previewed = await preview(plan.id, file, 'Åtgärder.xlsx');
      expect(previewed).toMatchObject({
        status: 'previewed',
        fileName: 'Åtgärder.xlsx',
        format: 'xlsx',
        totalRows: 3,
        processedRows: 0,
        summary: { created: 0, updated: 0, unchanged: 3, rejected: [] },
        error: null,
      });
      const { view } = await confirmAndWait(plan.id, previewed.id);
      expect(view).toMatchObject({ status: 'done', processedRows: 3, error: null });
      expect(await activitiesOf(plan.id)).toEqual(before);
    });

    it('reads an exported CSV back as all unchanged too', async () => {
      const previewed = await preview(
        plan.id,
        (await exportOf(plan.id, 'csv')).body as Buffer,
        'export.csv',
      );
      expect(previewed).toMatchObject({
        format: 'csv',
        summary: { created: 0, updated: 0, unchanged: 3, rejected: [] },
      });
    });

    it('previews an edited file as 1 updated and 1 created, and writes both on confirm with one audit event', async () => {
      const rows = csvRows((await exportOf(plan.id, 'csv')).body as Buffer);
      const edited = rows.map((r) => [...r]);
      (edited[3] as string[])[2] = 'Kampanj för alla invånare';
      edited.push([
        '',
        'Stöd till våldsutsatta',
        'Skyddat boende',
        '',
        'Socialnämnden',
        'BUN; Kultur- och fritidsnämnden',
        'individ',
        'RIKTAT',
        'Våldsutsatta; Barn och unga',
        'Våld mot barn',
        'Trappan',
        '2025-01-01',
        '2025-12-31',
        '1 200 000',
        'Statsbidrag',
        'Ej påbörjad',
        '0',
        '3',
      ]);
      const previewed = await preview(plan.id, csvFile(edited), 'ändrad.csv');
      expect(previewed.summary).toEqual({ created: 1, updated: 1, unchanged: 2, rejected: [] });
      const before = await activitiesOf(plan.id);

      const { view } = await confirmAndWait(plan.id, previewed.id);
      expect(view).toMatchObject({ status: 'done', processedRows: 4 });
      const after = await activitiesOf(plan.id);
      expect(after).toHaveLength(4);
      const changed = after.find((a) => a.id === before[2]?.id);
      expect(changed).toMatchObject({
        title: 'Kampanj för alla invånare',
        version: (before[2]?.version ?? 0) + 1,
      });
      expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
      const [created] = await t.sql<Record<string, unknown>>(
        `SELECT a.goal_id, a.responsible_unit_id, a.level, a.tier, a.target_groups, a.violence_types, a.method_id,
                a.method_text, a.start_date::text, a.budget_sek::int, a.funding_source, a.weight,
                (SELECT array_agg(org_unit_id::text ORDER BY org_unit_id) FROM activity_units u WHERE u.activity_id = a.id) AS units
           FROM activities a WHERE a.plan_id = $1 AND a.title = 'Skyddat boende'`,
        [plan.id],
      );
      const [trappan] = await t.sql<{ id: string }>(
        `SELECT id FROM methods WHERE name = 'Trappan'`,
      );
      expect(created).toEqual({
        goal_id: goals.support,
        responsible_unit_id: units.sn,
        level: 'individual',
        tier: 'targeted',
        target_groups: ['victims', 'children_youth'],
        violence_types: ['violence_against_children'],
        method_id: trappan?.id,
        method_text: null,
        start_date: '2025-01-01',
        budget_sek: 1200000,
        funding_source: 'state_grant',
        weight: 3,
        units: [units.bun, units.kfn].sort(),
      });
      const audit = await t.sql<{
        action: string;
        entity_id: string;
        actor_user_id: string;
        after: Record<string, unknown>;
      }>(
        `SELECT action, entity_id, actor_user_id, after FROM audit_events WHERE action = 'activities.imported'`,
      );
      expect(audit).toEqual([
        {
          action: 'activities.imported',
          entity_id: plan.id,
          actor_user_id: strategistId,
          after: expect.objectContaining({
            importId: previewed.id,
            created: 1,
            updated: 1,
            unchanged: 2,
          }),
        },
      ]);
    });

    it('rejects bad rows one by one, naming the column, and a confirm answers 409 and writes nothing', async () => {
      const before = await activitiesOf(plan.id);
      const [other] = await t.sql<{ id: string }>(
        `INSERT INTO action_plans (tenant_id, id, title, kind, period_from, period_to, status)
         VALUES ($1, gen_random_uuid(), 'Annan plan', 'strategy', 2020, 2022, 'draft') RETURNING id`,
        [tenant.id],
      );
      const [foreign] = await t.sql<{ id: string }>(
        `INSERT INTO activities (tenant_id, id, plan_id, lineage_id, title, level, tier, target_groups, violence_types, funding_source, status, progress, weight)
         VALUES ($1, gen_random_uuid(), $2, gen_random_uuid(), 'I en annan plan', 'society', 'promotive', '{}', '{}', 'other', 'ongoing', 0, 1) RETURNING id`,
        [tenant.id, other?.id],
      );
      const base = [
        'Förebygga våld',
        'Ny aktivitet',
        '',
        'SN',
        '',
        'Organisation',
        'Främjande',
        'Medarbetare',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
      const file = await xlsxFile([
        HEADERS,
        [null, ...base],
        [
          null,
          'Okänt mål',
          'Trasig rad',
          '',
          'SN',
          '',
          'Nationell',
          'Främjande',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          150,
          '',
        ],
        [foreign?.id ?? '', ...base],
        [null, ...base.slice(0, 10), '2025-05-01', '2025-01-01', 'mycket', '', 'Klar', '', ''],
      ]);
      const response = await upload(strategist, plan.id, file, 'fel.xlsx');
      expect(response.status).toBe(201);
      const previewed = response.body as ImportView;
      expect(previewed.summary.created).toBe(1);
      expect(previewed.summary.rejected).toEqual([
        {
          line: 3,
          issues: expect.arrayContaining([
            {
              field: 'Mål',
              code: 'unknown_goal',
              message: 'Mål: planen har inget mål som heter ”Okänt mål”.',
            },
            {
              field: 'Nivå',
              code: 'invalid_choice',
              message: 'Nivå måste vara ett av: Individ, Organisation, Samhälle.',
            },
            {
              field: 'Genomfört (%)',
              code: 'too_big',
              message: 'Genomfört (%) får vara högst 100.',
            },
          ]),
        },
        {
          line: 4,
          issues: [
            {
              field: 'ID',
              code: 'not_in_plan',
              message:
                'ID hör inte till någon aktivitet i den här planen. Lämna ID tomt för att lägga till en ny aktivitet.',
            },
          ],
        },
        {
          line: 5,
          issues: expect.arrayContaining([
            {
              field: 'Slutdatum',
              code: 'date_order',
              message: 'Slutdatum kan inte vara före startdatum.',
            },
            {
              field: 'Budget (kr)',
              code: 'not_integer',
              message: 'Budget (kr) måste vara ett heltal.',
            },
          ]),
        },
      ]);
      expect(previewed.summary.rejected[0]?.issues).toHaveLength(3);

      // The same preview read in English names the same columns.
      strategist.language = 'en';
      const english = await strategist.get(
        `${api}/action-plans/${plan.id}/imports/${previewed.id}`,
      );
      const refused = await strategist.post(
        `${api}/action-plans/${plan.id}/imports/${previewed.id}/confirm`,
      );
      strategist.language = 'sv';
      expect(english.body.summary.rejected[0].issues).toEqual(
        expect.arrayContaining([
          {
            field: 'Nivå',
            code: 'invalid_choice',
            message: 'Nivå must be one of: Individ, Organisation, Samhälle.',
          },
        ]),
      );
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'import_has_rejected_rows',
        message:
          '3 rows of the file have errors, so nothing can be imported. Correct the rows the preview shows and upload the file again.',
      });
      expect(await activitiesOf(plan.id)).toEqual(before);
      const [stored] = await t.sql<{ status: string }>(`SELECT status FROM imports WHERE id = $1`, [
        previewed.id,
      ]);
      expect(stored?.status).toBe('previewed');
    });

    it('fails the whole import, writing nothing, when an activity changed after the preview', async () => {
      const rows = csvRows((await exportOf(plan.id, 'csv')).body as Buffer);
      const edited = rows.map((r) => [...r]);
      (edited[1] as string[])[16] = '80';
      edited.push([
        '',
        '',
        'Ska inte skrivas',
        '',
        '',
        '',
        'Samhälle',
        'Förebyggande',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
      const previewed = await preview(plan.id, csvFile(edited), 'sen.csv');
      expect(previewed.summary).toMatchObject({ created: 1, updated: 1, rejected: [] });

      const target = (await activitiesOf(plan.id))[0] as { id: string; version: number };
      const patched = await strategist.patch(`${api}/activities/${target.id}`, {
        version: target.version,
        progress: 55,
      });
      expect(patched.status).toBe(200);
      const before = await activitiesOf(plan.id);

      const { view } = await confirmAndWait(plan.id, previewed.id);
      expect(view).toMatchObject({ status: 'failed', processedRows: 0 });
      expect(view.error).toEqual({
        code: 'import_activity_changed',
        message:
          'Aktiviteten på rad 2 har ändrats eller tagits bort sedan förhandsgranskningen. Ingenting har importerats. Exportera planen igen, för in dina ändringar och ladda upp filen på nytt.',
      });
      expect(await activitiesOf(plan.id)).toEqual(before);
      expect(await t.sql(`SELECT 1 FROM activities WHERE title = 'Ska inte skrivas'`)).toHaveLength(
        0,
      );
      const again = await strategist.post(
        `${api}/action-plans/${plan.id}/imports/${previewed.id}/confirm`,
      );
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'import_not_pending',
        message: 'Importen är redan misslyckad och kan inte bekräftas igen.',
      });
    });

    it('imports 5,000 rows in the background, showing progress until done', async () => {
      const big = await strategist.post(`${api}/action-plans`, {
        title: 'Stor plan',
        kind: 'action_plan',
        periodFrom: 2024,
        periodTo: 2027,
      });
      expect(big.status).toBe(201);
      await strategist.post(`${api}/action-plans/${big.body.id}/goals`, { title: 'Mål A' });
      const rows = [HEADERS.slice(1)];
      for (let i = 1; i <= 5000; i++)
        rows.push([
          'Mål A',
          `Aktivitet ${i}`,
          `Beskrivning av aktivitet ${i}`,
          i % 2 ? 'SN' : 'Barn- och utbildningsnämnden',
          i % 3 ? '' : 'Kultur- och fritidsnämnden',
          ['Individ', 'Organisation', 'Samhälle'][i % 3] as string,
          ['Främjande', 'Förebyggande', 'Riktat'][i % 3] as string,
          'Invånare; Medarbetare',
          'Mäns våld mot kvinnor (MVK)',
          i % 5 ? 'Egen metod' : 'Trappan',
          '2025-01-01',
          '2026-06-30',
          String(1000 * i),
          'Kommunal budget',
          'Pågår',
          String(i % 101),
          '1',
        ]);
      const file = csvFile(rows, ',');
      const previewStarted = performance.now();
      const previewed = await preview(big.body.id, file, 'stor.csv');
      const previewMs = performance.now() - previewStarted;
      expect(previewed).toMatchObject({
        format: 'csv',
        totalRows: 5000,
        summary: { created: 5000, updated: 0, rejected: [] },
      });

      const started = performance.now();
      const { view, seen } = await confirmAndWait(big.body.id, previewed.id);
      const ms = performance.now() - started;
      const logged = t.logs
        .split('\n')
        .filter((line) => line.includes(previewed.id) && line.includes('import done'))
        .map((line) => JSON.parse(line) as { message: { ms: number } })[0];
      process.stdout.write(
        `5,000 rows: preview ${Math.round(previewMs)} ms; written in ${logged?.message.ms} ms (server), done after ${Math.round(ms)} ms (client, ${seen.length} polls: ${seen.map((s) => s.processedRows).join(' ')})\n`,
      );
      expect(view).toMatchObject({ status: 'done', processedRows: 5000, error: null });
      expect(logged?.message.ms).toBeLessThan(60_000);
      const progress = seen.map((s) => s.processedRows);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(
        seen.some((s) => s.status === 'running' && s.processedRows > 0 && s.processedRows < 5000),
      ).toBe(true);
      const [count] = await t.sql<{ n: number; units: number }>(
        `SELECT count(*)::int AS n, (SELECT count(*)::int FROM activity_units u JOIN activities a ON a.id = u.activity_id AND a.plan_id = $1) AS units
           FROM activities WHERE plan_id = $1`,
        [big.body.id],
      );
      expect(count).toEqual({ n: 5000, units: 1666 });

      // The same 5,000 back, every title changed: one bulk update per 100 rows.
      const exported = csvRows((await exportOf(big.body.id, 'csv')).body as Buffer);
      const renamed = exported.map((r, i) =>
        i ? [r[0] as string, r[1] as string, `${r[2]} (ny)`, ...r.slice(3)] : r,
      );
      const updates = await preview(big.body.id, csvFile(renamed), 'stor-ny.csv');
      expect(updates.summary).toEqual({ created: 0, updated: 5000, unchanged: 0, rejected: [] });
      const updated = await confirmAndWait(big.body.id, updates.id);
      expect(updated.view).toMatchObject({ status: 'done', processedRows: 5000 });
      const updateLog = t.logs
        .split('\n')
        .find((line) => line.includes(updates.id) && line.includes('import done'));
      process.stdout.write(
        `5,000 updates: written in ${(JSON.parse(updateLog ?? '{}') as { message?: { ms: number } }).message?.ms} ms (server)\n`,
      );
      const [renamedCount] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM activities WHERE plan_id = $1 AND title LIKE '% (ny)' AND version = 2
            AND target_groups = ARRAY['residents', 'employees'] AND violence_types = ARRAY['mvk']`,
        [big.body.id],
      );
      expect(renamedCount?.n).toBe(5000);
    }, 120_000);
  });

  describe('refusals', () => {
    it('answers 400 for no file, an empty file, a file without rows, unknown columns and what is not a spreadsheet', async () => {
      const path = `${api}/action-plans/${plan.id}/import`;
      const none = await strategist.post(path, {});
      expect(none.status).toBe(400);
      expect(none.body).toMatchObject({
        code: 'file_missing',
        message: 'Välj en fil att importera.',
      });
      const empty = await upload(strategist, plan.id, Buffer.alloc(0), 'tom.csv');
      expect(empty.status).toBe(400);
      expect(empty.body.code).toBe('import_no_rows');
      const headerOnly = await upload(strategist, plan.id, csvFile([HEADERS]), 'rubriker.csv');
      expect(headerOnly.status).toBe(400);
      expect(headerOnly.body).toMatchObject({ code: 'import_no_rows' });
      expect(headerOnly.body.message).toMatch(/^Filen innehåller inga aktiviteter\./);
      const unknown = await upload(
        strategist,
        plan.id,
        csvFile([
          ['Titel', 'Nivå', 'Insatstyp', 'Färg'],
          ['a', 'Individ', 'Riktat', 'röd'],
        ]),
        'x.csv',
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'import_unknown_columns' });
      expect(unknown.body.message).toMatch(
        /^Kolumnerna ”Färg” känns inte igen\. Använd rubrikerna från exporten: ID, Mål, Titel/,
      );
      const missing = await upload(
        strategist,
        plan.id,
        csvFile([
          ['titel', 'NIVÅ'],
          ['a', 'Individ'],
        ]),
        'x.csv',
      );
      expect(missing.body).toMatchObject({ code: 'import_missing_columns' });
      expect(missing.body.message).toMatch(/^Filen saknar kolumnerna ”Insatstyp”\./);
      const broken = await upload(
        strategist,
        plan.id,
        Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
        'trasig.xlsx',
      );
      expect(broken.status).toBe(400);
      expect(broken.body).toMatchObject({
        code: 'file_unreadable',
        message:
          'Filen kunde inte läsas som XLSX. Spara den som .xlsx eller .csv (UTF-8) och försök igen.',
      });
      const binary = await upload(
        strategist,
        plan.id,
        Buffer.from([0, 1, 2, 3, 0, 0, 9]),
        'bild.png',
      );
      expect(binary.status).toBe(400);
      expect(binary.body.code).toBe('file_unreadable');
      expect(
        await t.sql(
          `SELECT 1 FROM imports WHERE file_name IN ('tom.csv', 'rubriker.csv', 'trasig.xlsx')`,
        ),
      ).toHaveLength(0);
    });

    it('answers 413 in the user’s language for a file over 10 MB', async () => {
      strategist.language = 'en';
      const response = await upload(
        strategist,
        plan.id,
        Buffer.alloc(10 * 1024 * 1024 + 1, 'a'),
        'stor.csv',
      );
      strategist.language = 'sv';
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({
        code: 'file_too_large',
        message: 'The file is too large. It may be at most 10 MB.',
      });
    });

    it('reads a CSV with commas and Windows-1252 characters, as plain Excel saves it', async () => {
      const latin1 = Buffer.from(
        'Titel,Nivå,Insatstyp,Målgrupper\r\nSamtalsgrupp för närstående,Individ,Riktat,Närstående\r\n',
        'latin1',
      );
      const previewed = await preview(plan.id, latin1, 'excel.csv');
      expect(previewed.summary).toMatchObject({ created: 1, rejected: [] });
    });

    it('gives readers 403 on import and confirm, but lets them follow an import', async () => {
      const previewed = await preview(
        plan.id,
        (await exportOf(plan.id, 'csv')).body as Buffer,
        'r.csv',
      );
      const file = (await exportOf(plan.id, 'csv', reader)).body as Buffer;
      expect((await upload(reader, plan.id, file, 'r.csv')).status).toBe(403);
      expect(
        (await reader.post(`${api}/action-plans/${plan.id}/imports/${previewed.id}/confirm`))
          .status,
      ).toBe(403);
      expect(
        (await reader.get(`${api}/action-plans/${plan.id}/imports/${previewed.id}`)).status,
      ).toBe(200);
    });

    it("answers 404 for another kommun's plan and import, and for an import under another plan", async () => {
      const other = await t.newTenant('1287');
      const [foreignPlan] = await t.sql<{ id: string }>(
        `INSERT INTO action_plans (tenant_id, id, title, kind, period_from, period_to, status)
         VALUES ($1, gen_random_uuid(), 'Trelleborgs plan', 'strategy', 2020, 2022, 'draft') RETURNING id`,
        [other.id],
      );
      const file = (await exportOf(plan.id, 'csv')).body as Buffer;
      const foreignId = foreignPlan?.id as string;
      expect((await strategist.get(`${api}/action-plans/${foreignId}/export`)).status).toBe(404);
      expect((await upload(strategist, foreignId, file, 'x.csv')).status).toBe(404);
      expect(
        (await strategist.get(`/api/v1/tenants/1287/action-plans/${foreignId}/export`)).status,
      ).toBe(404);
      const [foreignImport] = await t.sql<{ id: string }>(
        `INSERT INTO imports (tenant_id, id, plan_id, file_name, format, status, total_rows, rows, summary)
         VALUES ($1, gen_random_uuid(), $2, 'x.csv', 'csv', 'previewed', 1, '[]', '{"created":1,"updated":0,"unchanged":0,"rejected":[]}') RETURNING id`,
        [other.id, foreignId],
      );
      expect(
        (await strategist.get(`${api}/action-plans/${foreignId}/imports/${foreignImport?.id}`))
          .status,
      ).toBe(404);
      expect(
        (await strategist.get(`${api}/action-plans/${plan.id}/imports/${foreignImport?.id}`))
          .status,
      ).toBe(404);
      expect(
        (
          await strategist.post(
            `${api}/action-plans/${plan.id}/imports/${foreignImport?.id}/confirm`,
          )
        ).status,
      ).toBe(404);
      const mine = await preview(plan.id, file, 'x.csv');
      const bigPlan = await strategist.post(`${api}/action-plans`, {
        title: 'Tredje',
        kind: 'strategy',
        periodFrom: 2024,
        periodTo: 2025,
      });
      expect(
        (await strategist.get(`${api}/action-plans/${bigPlan.body.id}/imports/${mine.id}`)).status,
      ).toBe(404);
      expect(
        (await strategist.get(`${api}/action-plans/${plan.id}/imports/${randomUUID()}`)).status,
      ).toBe(404);
    });

    it('marks imports a dead process left running as failed when the API starts', async () => {
      const [abandoned] = await t.sql<{ id: string }>(
        `INSERT INTO imports (tenant_id, id, plan_id, file_name, format, status, total_rows, rows, summary)
         VALUES ($1, gen_random_uuid(), $2, 'x.csv', 'csv', 'running', 1, '[]', '{"created":1,"updated":0,"unchanged":0,"rejected":[]}') RETURNING id`,
        [tenant.id, plan.id],
      );
      // A second API process on the same database, as after a restart.
      const start = fileURLToPath(new URL('../dist/scripts/start.js', import.meta.url));
      const child = spawn(process.execPath, [start], {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'test',
          DATABASE_URL: t.ownerUrl,
          PORT: '0',
          DEMO_DATA: 'never',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout?.on(
            'data',
            (chunk: Buffer) => /running on/.test(chunk.toString()) && resolve(),
          );
          child.once('exit', (code) => reject(new Error(`exited ${code}`)));
        });
      } finally {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      const view = await strategist.get(`${api}/action-plans/${plan.id}/imports/${abandoned?.id}`);
      expect(view.body).toMatchObject({
        status: 'failed',
        error: {
          code: 'import_interrupted',
          message:
            'Importen avbröts när Samla startades om. Ingenting har importerats. Ladda upp filen igen.',
        },
      });
    }, 60_000);
  });

  // Last: imports insert thousands of activities in one transaction, through the trigger.
  it('keeps the plan activity totals equal to the sums of the imported activities', async () => {
    expect(await planTotalsMismatches(t)).toEqual([]);
  });
});
