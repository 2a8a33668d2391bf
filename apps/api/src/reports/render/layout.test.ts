import { describe, expect, it } from '@jest/globals';
import { computeCoverage } from '@samla/domain';
import type { ReportData } from '../report-data.js';
import { reportLayout, type Block } from './layout.js';

function data(language: 'sv' | 'en'): ReportData {
  return {
    language,
    generatedOn: '2025-03-01',
    kommun: { name: 'Trelleborg', code: '1287' },
    plan: {
      title: 'Handlingsplan mot våld i nära relationer 2021–2026',
      kind: 'action_plan',
      status: 'in_force',
      periodFrom: 2021,
      periodTo: 2026,
      adoption: { decidedBy: 'Kommunfullmäktige', decidedOn: '2021-03-29', paragraph: '§ 45' },
      ownerName: 'Socialnämnden',
      progress: 62,
      activityCount: 2,
    },
    period: { start: '2024-01-01', end: '2024-12-31' },
    statusCounts: { not_started: 0, ongoing: 1, done: 1, delayed: 0, cancelled: 0 },
    goals: [
      {
        number: '1',
        title: 'Våldsutsatta får stöd och skydd',
        depth: 0,
        progress: 62,
        activities: [
          {
            title: 'Skyddat boende',
            responsible: 'Familjevårdsgruppen',
            status: 'ongoing',
            progress: 40,
            comments: [
              { date: '2024-06-14', comment: 'Behovet är tillgodosett.', authorName: null },
            ],
          },
        ],
      },
      { number: '1.1', title: 'Boende', depth: 1, progress: null, activities: [] },
    ],
    ungrouped: [
      { title: 'Stödsamtal', responsible: null, status: 'done', progress: 100, comments: [] },
    ],
    indicators: [
      {
        name: 'Samtal med våldsutsatta',
        unit: 'count',
        higherIsBetter: true,
        baseline: { period: '2022', value: 8 },
        target: { year: 2026, value: 12 },
        latest: { period: '2024', value: 11 },
        status: 'substantial_progress',
        points: [
          { period: '2022', state: 'value', value: 8 },
          { period: '2023', state: 'suppressed', value: null },
          { period: '2024', state: 'value', value: 11 },
        ],
      },
    ],
    coverage: computeCoverage([
      {
        level: 'individual',
        tier: 'targeted',
        targetGroups: [],
        violenceTypes: [],
        budgetSek: null,
        status: 'ongoing',
      },
    ]),
    forums: [
      {
        name: 'Samverkansgruppen',
        kind: 'collaboration_group',
        cadence: { unit: 'term', count: 2 },
        meetingsInPeriod: 1,
        behind: { missing: 1, by: '2025-06-30' },
        shortPeriods: ['2024-HT'],
        latestAssessment: { date: '2020-10-01', rating: 4 },
      },
    ],
    agreements: [],
    assignments: [
      {
        title: 'Återrapportera till KS',
        caseLabel: 'KS 2021/12 Samordning',
        responsible: 'Kommunledningskontoret',
        reportTo: 'Kommunstyrelsen',
        dueDate: null,
        state: 'no_deadline',
      },
    ],
  };
}

/** Every piece of text the blocks hold, one string. */
const textOf = (blocks: Block[]) =>
  blocks
    .flatMap((b) => {
      if (b.kind === 'heading' || b.kind === 'paragraph') return [b.text];
      if (b.kind === 'title') return [b.title, b.subtitle];
      if (b.kind === 'table')
        return [
          ...b.columns.map((c) => c.header),
          ...b.rows.flat().flatMap((c) => (typeof c === 'string' ? [c] : c.map((r) => r.text))),
        ];
      return [];
    })
    .join('\n');

describe('the report layout', () => {
  it('says everything in Swedish, in order, with the gaps, the cadence and the report-backs', () => {
    const { blocks } = reportLayout(data('sv'));
    const text = textOf(blocks);
    const order = [
      'Återrapportering',
      'Sammanfattning',
      'Mål och aktiviteter',
      '1 Våldsutsatta får stöd och skydd',
      '1.1 Boende',
      'Aktiviteter utan mål',
      'Indikatorer',
      'Täckning: nivå × insatstyp',
      'Samverkan',
      'Kommande återrapporteringar',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('Kommunfullmäktige 2021-03-29 § 45');
    expect(text).toContain('2024-06-14: Behovet är tillgodosett.');
    expect(text).toContain('Målet har inga aktiviteter.');
    expect(text).toContain('2023: skyddat');
    expect(text).toContain('8 (2022)');
    expect(text).toContain('God utveckling');
    expect(text).toContain(
      '1 möte(n) kvar att hålla senast 2025-06-30. Färre möten än utlovat: HT 2024',
    );
    expect(text).toContain('Fungerar väl (2020-10-01)');
    expect(text).toContain('Kommunen har inga överenskommelser registrerade.');
    expect(text).toContain('inget datum');
    expect(text).toMatch(/Luckor: .*Individ × främjande/);
    // Progress checkpoints only ever go forward.
    const fractions = blocks.flatMap((b) => (b.kind === 'checkpoint' ? [b.fraction] : []));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    // Every table fills the text width exactly: fixed widths that add up.
    for (const b of blocks)
      if (b.kind === 'table') expect(b.columns.reduce((s, c) => s + c.width, 0)).toBe(483);
  });

  it('says it in English, terms included, with no Swedish headings left', () => {
    const text = textOf(reportLayout(data('en')).blocks);
    expect(text).toContain('Progress report');
    expect(text).toContain('Goals and activities');
    expect(text).toContain('Fewer meetings than promised: autumn 2024');
    expect(text).toContain('Works well (2020-10-01)');
    expect(text).toContain('Substantial progress');
    expect(text).not.toMatch(/Mål och aktiviteter|Sammanfattning|Kommande återrapporteringar/);
  });
});
