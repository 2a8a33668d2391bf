import type { Language } from '../i18n/language.js';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../plans/vocabulary.js';
import type { ReportFormat } from './schemas.js';

export interface ReportPeriod {
  start: string;
  end: string;
}

/**
 * The period a report covers. Unset ends default to the plan's first day and to today;
 * a plan that has not started yet (today before its first day) is reported to the end of
 * its first year, so the default period is never backwards.
 */
export function resolveReportPeriod(
  plan: { periodFrom: number; periodTo: number },
  asked: { periodStart?: string | undefined; periodEnd?: string | undefined },
  today: string,
): ReportPeriod {
  const start = asked.periodStart ?? `${plan.periodFrom}-01-01`;
  if (asked.periodEnd) return { start, end: asked.periodEnd };
  const planEnd = `${plan.periodTo}-12-31`;
  let end = today < planEnd ? today : planEnd;
  if (end < start) end = `${start.slice(0, 4)}-12-31`;
  return { start, end };
}

/** How many activities have each status, every status present (0 when none). */
export function statusCounts(
  activities: ReadonlyArray<{ status: ActivityStatus }>,
): Record<ActivityStatus, number> {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<
    ActivityStatus,
    number
  >;
  for (const a of activities) counts[a.status]++;
  return counts;
}

const FILE_WORD: Record<Language, string> = { sv: 'Återrapportering', en: 'Progress report' };

/**
 * The download's name: "Återrapportering – {plan} {start}–{end}.pdf". Characters that
 * file systems refuse (/ \ : * ? " < > |) become a dash; the name keeps å, ä and ö.
 */
export function reportFileName(
  planTitle: string,
  period: ReportPeriod,
  format: ReportFormat,
  language: Language,
): string {
  const title = planTitle
    // Control characters (below U+0020) cannot be in a file name either.
    .replace(/[/\\:*?"<>|]+/g, '-')
    .replace(/[^\P{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${FILE_WORD[language]} – ${title} ${period.start}–${period.end}.${format}`;
}
