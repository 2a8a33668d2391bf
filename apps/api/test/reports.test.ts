import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import type request from 'supertest';
import { TestApp, type ApiSession } from './support/test-app.js';

/** A response body as bytes, whatever its content type. */
const asBuffer = (test: request.Test) =>
  test.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });

/** The parts of a DOCX (a zip), read with the system's unzip as Word's own files. */
function docxPart(docx: Buffer, part: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'samla-docx-'));
  try {
    const file = join(dir, 'report.docx');
    writeFileSync(file, docx);
    return execFileSync('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 }).toString(
      'utf8',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function docxEntries(docx: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'samla-docx-'));
  try {
    const file = join(dir, 'report.docx');
    writeFileSync(file, docx);
    return execFileSync('unzip', ['-Z1', file]).toString('utf8').trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The visible text of word/document.xml: its runs, paragraph by paragraph. */
const documentText = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** With REPORT_SAMPLES=dir set, the generated files are kept there to look at. */
function keep(name: string, body: Buffer) {
  if (process.env.REPORT_SAMPLES) writeFileSync(join(process.env.REPORT_SAMPLES, name), body);
}

async function pdfPages(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

/** pdf-parse puts line breaks where the PDF wraps; compare text with spaces normalised. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

interface ReportJob {
  id: string;
  stage: string;
  percent: number;
  fileName: string;
  size: number | null;
  error: { code: string; message: string } | null;
}

describe('återrapportering reports', () => {
  let t: TestApp;
  let strategist: ApiSession;
  let reader: ApiSession;
  let plan: {
    id: string;
    title: string;
    goals: Array<{ title: string }>;
    activities: Array<{ title: string }>;
  };
  const api = '/api/v1/tenants/1287';

  beforeAll(async () => {
    t = await TestApp.start({ DEMO_DATA: 'auto', LOG_LEVEL: 'log' });
    strategist = await t.loginAs('strateg@trelleborg.samla.test', 'samla-demo');
    const [trelleborg] = await t.sql<{ id: string }>(`SELECT id FROM tenants WHERE code = '1287'`);
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: trelleborg?.id as string, role: 'reader' }] }))
        .email,
    );
    const plans = await strategist.get(`${api}/action-plans`);
    // The plan in force, with its follow-up comments; else the one with most activities.
    const withGoals = (
      plans.body as Array<{ id: string; status: string; activityCount: number }>
    ).sort(
      (a, b) =>
        Number(b.status === 'in_force') - Number(a.status === 'in_force') ||
        b.activityCount - a.activityCount,
    )[0];
    plan = (await strategist.get(`${api}/action-plans/${withGoals?.id}`)).body;
    expect(plan.goals.length).toBeGreaterThan(0);
  }, 120_000);
  afterAll(() => t.stop());

  const reportUrl = (query: string) => `${api}/action-plans/${plan.id}/report?${query}`;

  it('writes a Word file that opens, with every goal and å ä ö intact, fonts embedded and tables Word keeps', async () => {
    const started = performance.now();
    const response = await asBuffer(
      reader.get(reportUrl('format=docx&periodStart=2024-01-01&periodEnd=2026-12-31')),
    );
    const ms = Math.round(performance.now() - started);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = decodeURIComponent(response.headers['content-disposition'] as string);
    expect(disposition).toContain(`Återrapportering – ${plan.title} 2024-01-01–2026-12-31.docx`);
    const docx = response.body as Buffer;
    keep('report-sv.docx', docx);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = docxPart(docx, 'word/document.xml');
    const text = documentText(xml);
    for (const goal of plan.goals) expect(text).toContain(goal.title);
    expect(text).toContain('Återrapportering');
    expect(text).toContain('Mål och aktiviteter');
    expect(text).toContain('Täckning: nivå × insatstyp');
    expect(text).toContain('Överenskommelser');
    expect(text).toContain('Kommande återrapporteringar');
    expect(text).toMatch(/[åäö]/);
    // Tables Word keeps: fixed layout, header rows that repeat, rows that do not split, no merged cells.
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('<w:cantSplit');
    expect(xml).not.toMatch(/w:gridSpan|w:vMerge/);
    // DejaVu Sans is embedded; the charts are images (SVG with a PNG fallback).
    const entries = docxEntries(docx);
    // Part names as Word writes them (a space in one makes Word offer to repair the file).
    expect(entries.filter((e) => e.startsWith('word/fonts/') && !e.endsWith('/'))).toEqual([
      'word/fonts/font1.odttf',
    ]);
    expect(entries.every((e) => !e.includes(' '))).toBe(true);
    expect(docxPart(docx, 'word/_rels/fontTable.xml.rels')).toContain('Target="fonts/font1.odttf"');
    expect(docxPart(docx, 'word/settings.xml')).toMatch(
      /<w:settings[^>]*><w:embedTrueTypeFonts\/>/,
    );
    expect(docxPart(docx, 'word/fontTable.xml')).toContain('DejaVu Sans');
    expect(entries.some((e) => e.endsWith('.svg'))).toBe(true);
    expect(entries.some((e) => e.endsWith('.png'))).toBe(true);
    console.log(
      `DOCX of "${plan.title}" (${plan.activities.length} activities): ${docx.length} bytes in ${ms} ms`,
    );
  }, 60_000);

  it('writes a PDF with the title page, the goals, the indicators and the collaboration pages', async () => {
    const started = performance.now();
    const response = await asBuffer(strategist.get(reportUrl('format=pdf')));
    const ms = Math.round(performance.now() - started);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    keep('report-sv.pdf', pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const [first = '', second = ''] = pages.map(flat);
    expect(first).toContain('Återrapportering');
    expect(first).toContain(`Uppföljning av ${plan.title}`);
    expect(first).toContain('Trelleborg (1287)');
    expect(first).toContain('Sammanfattning');
    expect(first).toContain(`Sida 1 av ${pages.length}`);
    expect(second).toContain('Mål och aktiviteter');
    const all = flat(pages.join('\n'));
    for (const goal of plan.goals) expect(all).toContain(flat(goal.title));
    expect(all).toContain('Indikatorer');
    expect(all).toContain('Basvärde');
    expect(all).toContain('Täckning: nivå × insatstyp');
    expect(all).toContain('Samverkansforum');
    expect(all).toContain('Kommande återrapporteringar');
    // The font is embedded (a subset), not left to the reader's machine.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    console.log(`PDF of "${plan.title}": ${pages.length} pages, ${pdf.length} bytes in ${ms} ms`);
  }, 60_000);

  it('writes the report in English on request', async () => {
    const response = await asBuffer(strategist.get(reportUrl('format=pdf&lang=en')));
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers['content-disposition'] as string)).toContain(
      'Progress report – ',
    );
    keep('report-en.pdf', response.body as Buffer);
    const all = flat((await pdfPages(response.body as Buffer)).join('\n'));
    expect(all).toContain('Progress report');
    expect(all).toContain('Goals and activities');
    expect(all).toContain('Coverage: level × tier');
    expect(all).toContain('Upcoming report-backs');
    expect(all).not.toContain('Mål och aktiviteter');
    const docx = await asBuffer(strategist.get(reportUrl('format=docx&lang=en')));
    expect(documentText(docxPart(docx.body as Buffer, 'word/document.xml'))).toContain(
      'Goals and activities',
    );
  }, 60_000);

  it('refuses bad parameters, naming the field in the caller’s language', async () => {
    const bad = await strategist.get(reportUrl('format=odt&periodStart=2024-02-30&lang=de'));
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'format',
      'lang',
      'periodStart',
    ]);
    expect(bad.body.issues.find((i: { field: string }) => i.field === 'format').message).toBe(
      'Format måste vara ett av: docx, pdf.',
    );
    const backwards = await strategist
      .get(reportUrl('periodStart=2025-06-01&periodEnd=2025-01-01'))
      .set('Accept-Language', 'en');
    expect(backwards.status).toBe(400);
    expect(backwards.body.issues).toEqual([
      {
        field: 'periodEnd',
        code: 'period_order',
        message: 'Period end cannot be before the start of the period.',
      },
    ]);
    const unknown = await strategist.get(reportUrl('colour=red'));
    expect(unknown.status).toBe(400);
    const start = await strategist.post(`${api}/action-plans/${plan.id}/reports`, {
      format: 'xlsx',
    });
    expect(start.status).toBe(400);
    expect(start.body.issues[0].field).toBe('format');
    const missing = await strategist.get(
      `${api}/action-plans/00000000-0000-4000-8000-000000000000/report?format=pdf`,
    );
    expect(missing.status).toBe(404);
  });

  it('generates in the background with progress, 409 until ready, then the file; and audits it', async () => {
    const started = await reader.post(`${api}/action-plans/${plan.id}/reports`, {
      format: 'docx',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    expect(started.status).toBe(202);
    const job = started.body as ReportJob;
    expect(job.stage).toBe('queued');
    expect(job.percent).toBe(0);
    expect(job.fileName).toBe(`Återrapportering – ${plan.title} 2025-01-01–2025-12-31.docx`);
    const early = await reader.get(`${api}/action-plans/${plan.id}/reports/${job.id}/file`);
    // The job may in rare cases already be done; on a loaded machine it is not.
    if (early.status !== 200) {
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('report_not_ready');
    }
    const seen: Array<[string, number]> = [];
    let last = job;
    for (let i = 0; i < 600 && !['done', 'failed'].includes(last.stage); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      last = (await reader.get(`${api}/action-plans/${plan.id}/reports/${job.id}`))
        .body as ReportJob;
      seen.push([last.stage, last.percent]);
    }
    expect(last.stage).toBe('done');
    expect(last.percent).toBe(100);
    expect(last.error).toBeNull();
    const percents = seen.map(([, p]) => p);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const file = await asBuffer(
      reader.get(`${api}/action-plans/${plan.id}/reports/${job.id}/file`),
    );
    expect(file.status).toBe(200);
    expect(last.size).toBe((file.body as Buffer).length);
    expect(documentText(docxPart(file.body as Buffer, 'word/document.xml'))).toContain(
      '2025-01-01 – 2025-12-31',
    );
    const audit = await t.sql<{ action: string; after: { reportId?: string } }>(
      `SELECT action, after FROM audit_events WHERE entity_id = $1 AND action LIKE 'report.%' ORDER BY occurred_at`,
      [plan.id],
    );
    expect(audit.filter((a) => a.after.reportId === job.id).map((a) => a.action)).toEqual([
      'report.requested',
      'report.generated',
    ]);
    expect(audit.filter((a) => a.action === 'report.generated').length).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('answers 409 for the file of a report still being made, or one that failed', async () => {
    const [tenant] = await t.sql<{ id: string }>(`SELECT id FROM tenants WHERE code = '1287'`);
    const insert = (stage: string, error: string | null) =>
      t.sql<{ id: string }>(
        `INSERT INTO reports (tenant_id, id, plan_id, format, language, period_start, period_end, stage, percent, file_name, error)
         VALUES ($1, gen_random_uuid(), $2, 'pdf', 'sv', '2025-01-01', '2025-12-31', $3, 40, 'r.pdf', $4) RETURNING id`,
        [tenant?.id, plan.id, stage, error],
      );
    const [rendering] = await insert('rendering', null);
    const busy = await reader.get(`${api}/action-plans/${plan.id}/reports/${rendering?.id}/file`);
    expect(busy.status).toBe(409);
    expect(busy.body).toMatchObject({ code: 'report_not_ready' });
    expect(busy.body.message).toBe(
      'Rapporten är inte klar än (skriver rapporten). Försök igen om en stund.',
    );
    const polled = await reader.get(`${api}/action-plans/${plan.id}/reports/${rendering?.id}`);
    expect(polled.body).toMatchObject({ stage: 'rendering', percent: 40, size: null });
    const [failed] = await insert('failed', 'report_failed');
    const broken = await reader.get(`${api}/action-plans/${plan.id}/reports/${failed?.id}/file`);
    expect(broken.status).toBe(409);
    expect(broken.body.code).toBe('report_failed');
    const view = await reader.get(`${api}/action-plans/${plan.id}/reports/${failed?.id}`);
    expect(view.body.error.code).toBe('report_failed');
  });

  it('keeps the newest 20 reports of a plan, files and all', async () => {
    const [tenant] = await t.sql<{ id: string }>(`SELECT id FROM tenants WHERE code = '1287'`);
    await t.sql(
      `INSERT INTO reports (tenant_id, id, plan_id, format, language, period_start, period_end, stage, percent, file_name, content, size, created_at)
       SELECT $1, gen_random_uuid(), $2, 'pdf', 'sv', '2025-01-01', '2025-12-31', 'done', 100, 'old.pdf', '\\x25504446', 4, now() - make_interval(days => n)
         FROM generate_series(1, 25) n`,
      [tenant?.id, plan.id],
    );
    const started = await strategist.post(`${api}/action-plans/${plan.id}/reports`, {});
    expect(started.status).toBe(202);
    const [kept] = await t.sql<{ n: number; newest: boolean }>(
      `SELECT count(*)::int AS n, bool_or(id = $2) AS newest FROM reports WHERE plan_id = $1`,
      [plan.id, started.body.id],
    );
    expect(kept).toEqual({ n: 20, newest: true });
  });

  it('writes a 150-activity plan with follow-up comments in both formats, and says how long it took', async () => {
    const created = await strategist.post(`${api}/action-plans`, {
      title: 'Stor plan för återrapportering 2025–2028',
      kind: 'action_plan',
      periodFrom: 2025,
      periodTo: 2028,
    });
    expect(created.status).toBe(201);
    const big = created.body as { id: string };
    const goalIds: string[] = [];
    for (let g = 0; g < 10; g++) {
      const goal = await strategist.post(`${api}/action-plans/${big.id}/goals`, {
        title: `Mål ${g + 1}: våld förebyggs på område ${g + 1}`,
      });
      expect(goal.status).toBe(201);
      goalIds.push(goal.body.id);
    }
    const levels = ['individual', 'organisation', 'society'];
    const tiers = ['promotive', 'preventive', 'targeted'];
    for (let i = 0; i < 150; i++) {
      const activity = await strategist.post(`${api}/activities`, {
        planId: big.id,
        goalId: goalIds[i % 10],
        title: `Aktivitet ${i + 1}: samtalsstöd och utbildning för förvaltningar i ${i % 2 ? 'Skåne' : 'Västra Götaland'}`,
        level: levels[i % 3],
        tier: tiers[Math.floor(i / 3) % 3],
        status: 'ongoing',
        progress: i % 100,
      });
      expect(activity.status).toBe(201);
      if (i % 3 === 0) {
        const update = await strategist.post(
          `${api}/activities/${activity.body.id}/progress-updates`,
          {
            activityVersion: activity.body.version,
            date: '2025-06-15',
            status: 'ongoing',
            progress: (i % 100) + 0,
            comment: `Arbetet fortskrider; ${i + 1} utbildningstillfällen hölls under våren, några fler än väntat.`,
          },
        );
        expect(update.status).toBe(201);
      }
    }
    const figures: string[] = [];
    for (const format of ['pdf', 'docx'] as const) {
      const started = performance.now();
      const response = await asBuffer(
        strategist.get(
          `${api}/action-plans/${big.id}/report?format=${format}&periodStart=2025-01-01&periodEnd=2025-12-31`,
        ),
      );
      const ms = Math.round(performance.now() - started);
      expect(response.status).toBe(200);
      const body = response.body as Buffer;
      if (format === 'pdf') {
        keep('report-150.pdf', body);
        const pages = await pdfPages(body);
        expect(pages.length).toBeGreaterThan(10);
        expect(flat(pages.join('\n'))).toContain('Aktivitet 150: samtalsstöd');
        figures.push(`PDF ${pages.length} pages, ${body.length} bytes, ${ms} ms`);
      } else {
        const text = documentText(docxPart(body, 'word/document.xml'));
        expect(text).toContain('Aktivitet 150: samtalsstöd');
        figures.push(`DOCX ${body.length} bytes, ${ms} ms`);
      }
      expect(ms).toBeLessThan(30_000);
    }
    console.log(`150 activities: ${figures.join('; ')}`);
  }, 180_000);

  it('holds the demo’s finished report, and keeps reports inside their kommun', async () => {
    const [row] = await t.sql<{ id: string; plan_id: string; tenant_id: string }>(
      `SELECT r.id, r.plan_id, r.tenant_id FROM reports r JOIN tenants t ON t.id = r.tenant_id WHERE t.code = '1287' AND r.stage = 'done' AND r.format = 'pdf' AND r.created_by IS NULL
        AND r.file_name LIKE 'Återrapportering – %' ORDER BY r.created_at LIMIT 1`,
    );
    expect(row).toBeDefined();
    const own = await asBuffer(
      strategist.get(`${api}/action-plans/${row?.plan_id}/reports/${row?.id}/file`),
    );
    expect(own.status).toBe(200);
    expect((own.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const other = await t.loginAs('strateg@alingsas.samla.test', 'samla-demo');
    const foreign = await other.get(
      `/api/v1/tenants/1489/action-plans/${row?.plan_id}/reports/${row?.id}`,
    );
    expect(foreign.status).toBe(404);
  });
});
