import type { Assignment } from '@samla/domain';
import { useLanguage } from '../i18n/useLanguage';
import { localeOf } from '../plans/format';
import type { Tone } from '../components/StateBadge';

export const CASE_STATUS_TONE = { open: 'warn', answered: 'done', closed: 'muted' } as const;

export const ASSIGNMENT_TONE: Record<Assignment['state'], Tone> = {
  reported: 'done',
  cancelled: 'muted',
  overdue: 'bad',
  due_soon: 'warn',
  upcoming: 'good',
  no_deadline: 'muted',
};

/** A body by its short name as protocols write it (KS, SNAU), else its name. */
export const bodyLabel = (unit: { name: string; shortName: string | null } | undefined) =>
  unit ? (unit.shortName ?? unit.name) : '…';

/** 2021-06 → "juni 2021" (sv), "June 2021" (en). */
export function useMonthName() {
  const locale = localeOf(useLanguage());
  const formatter = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (month: string) => formatter.format(new Date(`${month}-01T00:00:00Z`));
}
