import {
  INDICATOR_LABELS,
  PLAN_LABELS,
  REGION_LABELS,
  type ActivityStatusComparison,
  type AgreementsComparison,
  type ComparisonKind,
  type CoverageComparison,
  type ComparedIndicator,
  type IndicatorSeries,
  type Language,
  type PlansComparison,
} from '@samla/domain';
import { PassThrough } from 'node:stream';

/** ExcelJS is loaded on first use, as for the activity export (docs/benchmarks.md, figure 5). */
const loadExcel = async () => (await import('exceljs')).default;

type Cell = string | number | null;
interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
}

const W = {
  sv: {
    kommun: 'Kommun',
    kommunkod: 'Kommunkod',
    plan: 'Plan',
    kind: 'Typ',
    status: 'Status',
    from: 'Period från',
    to: 'Period till',
    adoptedOn: 'Antagen',
    progress: 'Genomförande (%)',
    goals: 'Mål',
    activities: 'Aktiviteter',
    current: 'Jämförs',
    yes: 'Ja',
    no: 'Nej',
    level: 'Nivå',
    tier: 'Insatstyp',
    gap: 'Lucka',
    total: 'Totalt',
    share: 'Andel (%)',
    indicator: 'Indikator',
    period: 'Period',
    gender: 'Kön',
    value: 'Värde',
    note: 'Anmärkning',
    yearTotal: 'Årssumma',
    category: 'Samverkanspart',
    withCurrent: 'Kommuner med aktuell överenskommelse',
    of: 'Av kommuner som delar',
    region: 'Län',
    generated: 'Uttaget',
    suppressedNote: 'Små tal (under 5) och tal som annars kunde räknas fram visas inte.',
    onlySharing: 'Endast kommuner som delar detta med länet finns med.',
  },
  en: {
    kommun: 'Kommun',
    kommunkod: 'Kommun code',
    plan: 'Plan',
    kind: 'Kind',
    status: 'Status',
    from: 'Period from',
    to: 'Period to',
    adoptedOn: 'Adopted',
    progress: 'Progress (%)',
    goals: 'Goals',
    activities: 'Activities',
    current: 'Compared',
    yes: 'Yes',
    no: 'No',
    level: 'Level',
    tier: 'Tier',
    gap: 'Gap',
    total: 'Total',
    share: 'Share (%)',
    indicator: 'Indicator',
    period: 'Period',
    gender: 'Gender',
    value: 'Value',
    note: 'Note',
    yearTotal: 'Year total',
    category: 'Partner',
    withCurrent: 'Kommuner with a current agreement',
    of: 'Of kommuner sharing',
    region: 'County',
    generated: 'Generated',
    suppressedNote:
      'Small numbers (below 5) and numbers that could otherwise be derived are not shown.',
    onlySharing: 'Only kommuner that share this with the county are included.',
  },
} as const;

/** Every indicator with every figure (the view shows one indicator at a time). */
export interface IndicatorsExport {
  region: { code: string; name: string };
  generatedAt: string;
  indicators: Array<ComparedIndicator & { municipalities: IndicatorSeries[] }>;
}

export type AnyComparison =
  | { kind: 'plans'; data: PlansComparison }
  | { kind: 'coverage'; data: CoverageComparison }
  | { kind: 'activity-status'; data: ActivityStatusComparison }
  | { kind: 'indicators'; data: IndicatorsExport }
  | { kind: 'agreements'; data: AgreementsComparison };

function sheetsOf(c: AnyComparison, lang: Language): Sheet[] {
  const w = W[lang];
  const p = PLAN_LABELS[lang];
  const name = REGION_LABELS[lang].comparison[c.kind];
  switch (c.kind) {
    case 'plans':
      return [
        {
          name,
          header: [
            w.kommun,
            w.kommunkod,
            w.plan,
            w.kind,
            w.status,
            w.from,
            w.to,
            w.adoptedOn,
            w.progress,
            w.goals,
            w.activities,
            w.current,
          ],
          rows: c.data.municipalities.flatMap((m) =>
            m.plans.length
              ? m.plans.map((pl) => [
                  m.name,
                  m.code,
                  pl.title,
                  p.planKind[pl.kind],
                  p.planStatus[pl.status],
                  pl.periodFrom,
                  pl.periodTo,
                  pl.adoptedOn,
                  pl.progress,
                  pl.goals,
                  pl.activities,
                  pl.current ? w.yes : w.no,
                ])
              : [[m.name, m.code, null, null, null, null, null, null, null, null, null, null]],
          ),
        },
      ];
    case 'coverage':
      return [
        {
          name,
          header: [w.kommun, w.kommunkod, w.plan, w.level, ...c.data.tiers.map((t) => p.tier[t])],
          rows: c.data.municipalities.flatMap((m) =>
            c.data.levels.map((level) => [
              m.name,
              m.code,
              m.plan?.title ?? null,
              p.level[level],
              // A gap is written as the word, so it stands out from a count.
              ...c.data.tiers.map((tier) => {
                const cell = m.matrix[level]?.[tier];
                return cell && !cell.gap ? cell.activities : w.gap;
              }),
            ]),
          ),
        },
      ];
    case 'activity-status':
      return [
        {
          name,
          header: [
            w.kommun,
            w.kommunkod,
            w.plan,
            w.total,
            ...c.data.statuses.flatMap((s) => [p.activityStatus[s], `${p.activityStatus[s]} (%)`]),
          ],
          rows: c.data.municipalities.map((m) => [
            m.name,
            m.code,
            m.plan?.title ?? null,
            m.total,
            ...c.data.statuses.flatMap((s) => [m.counts[s] ?? 0, m.percent[s] ?? 0]),
          ]),
        },
      ];
    case 'indicators': {
      const il = INDICATOR_LABELS[lang];
      return [
        {
          name,
          header: [w.indicator, w.kommun, w.kommunkod, w.period, w.gender, w.value, w.note],
          rows: c.data.indicators.flatMap((i) =>
            i.municipalities.flatMap((m) =>
              m.figures.map((f) => [
                lang === 'en' && i.nameEn ? i.nameEn : i.nameSv,
                m.name,
                m.code,
                f.period,
                il.gender[f.gender],
                // Never a 0 for a hidden figure: the cell holds no number at all.
                f.state === 'value' ? f.value : null,
                [f.state === 'value' ? null : il.state[f.state], f.yearTotal ? w.yearTotal : null]
                  .filter(Boolean)
                  .join('; ') || null,
              ]),
            ),
          ),
        },
      ];
    }
    case 'agreements': {
      const labels = REGION_LABELS[lang].agreementCategory;
      return [
        {
          name,
          header: [w.kommun, w.kommunkod, ...c.data.categories.map((k) => labels[k])],
          rows: c.data.municipalities.map((m) => [
            m.name,
            m.code,
            ...c.data.categories.map((k) => (m.current.includes(k) ? w.yes : w.no)),
          ]),
        },
        {
          name: lang === 'sv' ? 'Andelar' : 'Shares',
          header: [w.category, w.withCurrent, w.of, w.share],
          rows: c.data.shares.map((s) => [labels[s.category], s.withCurrent, s.of, s.percent]),
        },
      ];
    }
  }
}

/**
 * A comparison as an XLSX workbook: one sheet per table, then a note on what is left out.
 * Written row by row with ExcelJS's streaming writer: the indicator comparison of a large
 * län has a row per figure, and the in-memory workbook held about 1 kB per cell (an export
 * for 290 kommuner, 180,000 rows, took the API to 900 MB resident; docs/benchmarks.md).
 */
export async function comparisonWorkbook(c: AnyComparison, lang: Language): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const w = W[lang];
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Samla';
  workbook.created = new Date();
  for (const s of sheetsOf(c, lang)) {
    const sheet = workbook.addWorksheet(s.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    // A streamed sheet takes its column widths before its first row.
    sheet.columns = s.header.map((h) => ({ width: Math.min(50, Math.max(10, h.length + 2)) }));
    const header = sheet.addRow(s.header);
    header.font = { bold: true };
    header.commit();
    for (const row of s.rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  const about = workbook.addWorksheet(lang === 'sv' ? 'Om uttaget' : 'About');
  about.addRow([w.region, `${c.data.region.name} (${c.data.region.code})`]).commit();
  about.addRow([w.generated, c.data.generatedAt]).commit();
  about.addRow([w.onlySharing]).commit();
  if (c.kind === 'indicators') about.addRow([w.suppressedNote]).commit();
  about.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

export const fileNameOf = (
  kind: ComparisonKind,
  region: { code: string; name: string },
  lang: Language,
) => `${REGION_LABELS[lang].comparison[kind]} – ${region.name}.xlsx`;
