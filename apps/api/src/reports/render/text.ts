import {
  INDICATOR_LABELS,
  interpolate,
  PLAN_LABELS,
  REPORT_LABELS,
  type IndicatorUnit,
  type Language,
} from '@samla/domain';
import type { ReportData, ReportForum } from '../report-data.js';

/** The words and number formats both writers share, in the report's language. */
export function reportText(data: ReportData) {
  const language: Language = data.language;
  const words = REPORT_LABELS[language];
  const plan = PLAN_LABELS[language];
  const indicator = INDICATOR_LABELS[language];
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const say = (template: string, values: Record<string, unknown>) => interpolate(template, values);
  const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value)} %`);
  const value = (v: number, unit: IndicatorUnit) =>
    unit === 'percent' ? `${number.format(v)} %` : number.format(v);
  const cadence = (f: ReportForum) =>
    f.cadence
      ? `${f.cadence.count} ${words.every} ${words.cadenceUnit[f.cadence.unit]}`
      : words.noCadence;
  // Cadence periods are keyed 2024-VT / 2024-HT (terms), 2024-03 or 2024: terms in words.
  const termWords = language === 'sv' ? { VT: 'VT', HT: 'HT' } : { VT: 'spring', HT: 'autumn' };
  const periodKey = (key: string) => {
    const match = /^(\d{4})-(VT|HT)$/.exec(key);
    return match ? `${termWords[match[2] as 'VT' | 'HT']} ${match[1]}` : key;
  };
  const cadenceState = (f: ReportForum) => {
    if (!f.cadence) return '–';
    const parts = [
      f.behind ? say(words.behind, { missing: f.behind.missing, by: f.behind.by }) : words.onTrack,
    ];
    if (f.shortPeriods.length)
      parts.push(say(words.shortPeriods, { periods: f.shortPeriods.map(periodKey).join(', ') }));
    return parts.join('. ');
  };
  return { language, words, plan, indicator, number, say, percent, value, cadence, cadenceState };
}

export type ReportText = ReturnType<typeof reportText>;
