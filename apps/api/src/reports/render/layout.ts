import { ACTIVITY_STATUSES, LEVELS, TIERS } from '@samla/domain';
import type { ReportActivity, ReportData, ReportIndicator } from '../report-data.js';
import { reportText, type ReportText } from './text.js';

/** A run of text in a table cell: plain, bold, or small and grey (comments, sub-lines). */
export interface Run {
  text: string;
  style?: 'bold' | 'small';
}
export type Cell = string | Run[];
export interface Column {
  header: string;
  /** In PDF points; the page's text width is CONTENT_WIDTH. */
  width: number;
  align?: 'left' | 'right';
}

/** A4 less 2 cm margins, in points. */
export const CONTENT_WIDTH = 483;

/**
 * The report as a list of blocks, in reading order: the one description of what the
 * report says, which the PDF and the Word writer each draw in their own way.
 */
export type Block =
  | { kind: 'title'; title: string; subtitle: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; small?: boolean }
  | { kind: 'table'; columns: Column[]; rows: Cell[][]; header: boolean }
  | { kind: 'progress'; value: number | null }
  | {
      kind: 'chart';
      indicator: ReportIndicator;
      format: (v: number) => string;
      labels: { baseline: string; target: string; title: string };
    }
  | { kind: 'pageBreak' }
  /** How far the writer has come (0–1) when it reaches this block. */
  | { kind: 'checkpoint'; fraction: number };

export function reportLayout(data: ReportData): { blocks: Block[]; text: ReportText } {
  const text = reportText(data);
  const { words, plan } = text;
  const blocks: Block[] = [];
  const add = (...b: Block[]) => blocks.push(...b);

  // ---- Title page and summary
  add({
    kind: 'title',
    title: words.title,
    subtitle: text.say(words.subtitle, { plan: data.plan.title }),
  });
  const facts: Array<[string, string]> = [
    [words.kommun, `${data.kommun.name} (${data.kommun.code})`],
    [words.plan, `${data.plan.title} (${plan.planKind[data.plan.kind]})`],
    [words.planStatus, plan.planStatus[data.plan.status]],
    [words.planPeriod, `${data.plan.periodFrom}–${data.plan.periodTo}`],
    [words.reportPeriod, `${data.period.start} – ${data.period.end}`],
    [words.generatedOn, data.generatedOn],
  ];
  if (data.plan.adoption)
    facts.splice(3, 0, [
      words.adopted,
      `${data.plan.adoption.decidedBy} ${data.plan.adoption.decidedOn} ${data.plan.adoption.paragraph}`,
    ]);
  add(
    {
      kind: 'table',
      header: false,
      columns: [
        { header: '', width: 150 },
        { header: '', width: 333 },
      ],
      rows: facts.map(([k, v]) => [[{ text: k, style: 'bold' }], v]),
    },
    { kind: 'paragraph', text: words.stateNote, small: true },
    { kind: 'heading', level: 1, text: words.summary },
    {
      kind: 'paragraph',
      text: `${words.overallProgress}: ${text.percent(data.plan.progress)} · ${words.activities}: ${data.plan.activityCount}`,
    },
    { kind: 'progress', value: data.plan.progress },
    { kind: 'heading', level: 2, text: words.statusCounts },
  );
  const total = data.plan.activityCount || 1;
  add({
    kind: 'table',
    header: true,
    columns: [
      { header: words.status, width: 243 },
      { header: words.count, width: 120, align: 'right' },
      { header: words.share, width: 120, align: 'right' },
    ],
    rows: ACTIVITY_STATUSES.map((s) => [
      plan.activityStatus[s],
      String(data.statusCounts[s]),
      text.percent((100 * data.statusCounts[s]) / total),
    ]),
  });
  add({ kind: 'checkpoint', fraction: 0.1 });

  // ---- Goals and activities
  add({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: words.goalsAndActivities });
  const goals = data.goals.length || 1;
  for (const [i, goal] of data.goals.entries()) {
    add(
      { kind: 'heading', level: goal.depth ? 3 : 2, text: `${goal.number} ${goal.title}` },
      { kind: 'paragraph', text: `${words.goalProgress}: ${text.percent(goal.progress)}` },
      activityTable(goal.activities, text),
    );
    if (i % 5 === 4) add({ kind: 'checkpoint', fraction: 0.1 + (0.4 * (i + 1)) / goals });
  }
  if (data.ungrouped.length)
    add(
      { kind: 'heading', level: 2, text: words.withoutGoal },
      activityTable(data.ungrouped, text),
    );
  add({ kind: 'checkpoint', fraction: 0.5 });

  // ---- Indicators
  add({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: words.indicators });
  add({
    kind: 'paragraph',
    text: data.indicators.length ? words.indicatorsIntro : words.noIndicators,
  });
  for (const indicator of data.indicators) add(...indicatorBlocks(indicator, text));
  add({ kind: 'checkpoint', fraction: 0.7 });

  // ---- Coverage
  add(
    { kind: 'heading', level: 1, text: words.coverage },
    { kind: 'paragraph', text: words.coverageIntro, small: true },
    {
      kind: 'table',
      header: true,
      columns: [
        { header: words.level, width: 120 },
        ...TIERS.map((t) => ({ header: plan.tier[t], width: 121, align: 'right' as const })),
      ],
      rows: LEVELS.map((l) => [
        [{ text: plan.level[l], style: 'bold' as const }],
        ...TIERS.map((t) => {
          const cell = data.coverage.matrix[l][t];
          return cell.gap ? `0 (${words.gap})` : String(cell.activities);
        }),
      ]),
    },
  );
  const gaps = data.coverage.gaps.matrix;
  add({
    kind: 'paragraph',
    text: gaps.length
      ? `${words.gaps}: ${gaps.map((g) => `${plan.level[g.level]} × ${plan.tier[g.tier].toLowerCase()}`).join(', ')}.`
      : words.noGaps,
  });

  // ---- Collaboration
  add(
    { kind: 'heading', level: 1, text: words.collaboration },
    { kind: 'heading', level: 2, text: words.forums },
  );
  if (!data.forums.length) add({ kind: 'paragraph', text: words.noForums });
  else
    add({
      kind: 'table',
      header: true,
      columns: [
        { header: words.forum, width: 125 },
        { header: words.cadence, width: 90 },
        { header: words.meetingsInPeriod, width: 62, align: 'right' },
        { header: words.cadenceState, width: 116 },
        { header: words.latestAssessment, width: 90 },
      ],
      rows: data.forums.map((f) => [
        [
          { text: f.name, style: 'bold' },
          { text: words.forumKind[f.kind], style: 'small' },
        ],
        text.cadence(f),
        String(f.meetingsInPeriod),
        text.cadenceState(f),
        f.latestAssessment
          ? `${words.rating[f.latestAssessment.rating]} (${f.latestAssessment.date})`
          : '–',
      ]),
    });
  add(
    { kind: 'heading', level: 2, text: words.agreements },
    { kind: 'paragraph', text: words.agreementsIntro, small: true },
  );
  if (!data.agreements.length) add({ kind: 'paragraph', text: words.noAgreements });
  else
    add({
      kind: 'table',
      header: true,
      columns: [
        { header: words.partner, width: 115 },
        { header: words.subject, width: 128 },
        { header: words.signedOn, width: 80 },
        { header: words.followUpBy, width: 75 },
        { header: words.state, width: 85 },
      ],
      rows: data.agreements.map((a) => [
        [
          { text: a.partner, style: 'bold' },
          ...(a.partnerType
            ? [{ text: words.partnerType[a.partnerType], style: 'small' as const }]
            : []),
        ],
        a.subject,
        a.signedOn,
        a.followUp.followUpBy,
        words.agreementState[a.followUp.state],
      ]),
    });

  // ---- Report-backs
  add({ kind: 'heading', level: 1, text: words.reportBacks });
  if (!data.assignments.length) add({ kind: 'paragraph', text: words.noReportBacks });
  else
    add({
      kind: 'table',
      header: true,
      columns: [
        { header: words.assignment, width: 150 },
        { header: words.responsible, width: 100 },
        { header: words.reportTo, width: 100 },
        { header: words.due, width: 68 },
        { header: words.state, width: 65 },
      ],
      rows: data.assignments.map((a) => [
        [
          { text: a.title, style: 'bold' },
          ...(a.caseLabel ? [{ text: a.caseLabel, style: 'small' as const }] : []),
        ],
        a.responsible ?? '–',
        a.reportTo ?? '–',
        a.dueDate ?? words.noDate,
        words.assignmentState[a.state],
      ]),
    });
  add({ kind: 'checkpoint', fraction: 0.9 });
  return { blocks, text };
}

function activityTable(activities: ReportActivity[], text: ReportText): Block {
  const { words } = text;
  if (!activities.length) return { kind: 'paragraph', text: words.noActivities, small: true };
  return {
    kind: 'table',
    header: true,
    columns: [
      { header: words.activity, width: 213 },
      { header: words.responsible, width: 130 },
      { header: words.status, width: 70 },
      { header: words.progress, width: 70, align: 'right' },
    ],
    rows: activities.map((a) => [
      [
        { text: a.title, style: 'bold' },
        ...(a.comments.length
          ? a.comments.map((c) => ({
              text: `${c.date}${c.authorName ? ` (${c.authorName})` : ''}: ${c.comment}`,
              style: 'small' as const,
            }))
          : [{ text: words.noComment, style: 'small' as const }]),
      ],
      a.responsible ?? '–',
      text.plan.activityStatus[a.status],
      `${a.progress} %`,
    ]),
  };
}

function indicatorBlocks(indicator: ReportIndicator, text: ReportText): Block[] {
  const { words } = text;
  const format = (v: number) => text.value(v, indicator.unit);
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: indicator.name }];
  if (indicator.points.length)
    blocks.push({
      kind: 'chart',
      indicator,
      format,
      labels: {
        baseline: words.baseline,
        target: words.target,
        title: text.say(words.chartAlt, { name: indicator.name }),
      },
    });
  else blocks.push({ kind: 'paragraph', text: words.noValues, small: true });
  const gaps = indicator.points.filter((p) => p.state !== 'value');
  if (gaps.length)
    blocks.push({
      kind: 'paragraph',
      small: true,
      text: gaps
        .map((p) => `${p.period}: ${p.state === 'suppressed' ? words.suppressed : words.missing}`)
        .join(', '),
    });
  blocks.push({
    kind: 'table',
    header: true,
    columns: [
      { header: words.baseline, width: 120 },
      { header: words.target, width: 120 },
      { header: words.latest, width: 120 },
      { header: words.assessment, width: 123 },
    ],
    rows: [
      [
        indicator.baseline
          ? `${format(indicator.baseline.value)} (${indicator.baseline.period})`
          : '–',
        indicator.target ? `${format(indicator.target.value)} (${indicator.target.year})` : '–',
        indicator.latest ? `${format(indicator.latest.value)} (${indicator.latest.period})` : '–',
        text.indicator.status[indicator.status],
      ],
    ],
  });
  return blocks;
}
