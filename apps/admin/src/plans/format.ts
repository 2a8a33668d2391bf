import type { Language } from '@samla/domain';
import { useLanguage } from '../i18n/useLanguage';

export interface Format {
  /** 1 000 (sv), 1,000 (en). */
  number: (value: number) => string;
  /** 150 000 kr (sv), SEK 150,000 (en). */
  sek: (value: number) => string;
  /** A percentage given as 0–100: 62 % (sv), 62% (en). */
  percent: (value: number) => string;
  /** An ISO date (YYYY-MM-DD): 2026-06-30 (sv), 30/06/2026 (en). */
  date: (iso: string) => string;
  /** An ISO date written out: 30 juni 2026. */
  longDate: (iso: string) => string;
  /** A moment (ISO timestamp) in Swedish time: 30 juni 2026 14:05. */
  dateTime: (iso: string) => string;
  /** 2022–2026, or one year. */
  period: (from: number, to: number) => string;
}

export const localeOf = (language: Language): string => (language === 'sv' ? 'sv-SE' : 'en-GB');

/** A value made by `make` the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Number, money and date formats of a language (Swedish first). */
export function makeFormat(language: Language): Format {
  const locale = localeOf(language);
  // Each formatter is made the first time it is used: a page that shows no money or
  // timestamps does not pay for those formatters.
  const number = once(() => new Intl.NumberFormat(locale));
  const sek = once(
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'SEK',
        maximumFractionDigits: 0,
      }),
  );
  const percent = once(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  // Calendar dates carry no time zone: format them as the UTC midnight they parse to.
  const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }));
  const longDate = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  const dateTime = once(
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Stockholm',
      }),
  );
  const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return {
    number: (value) => number().format(value),
    sek: (value) => sek().format(value),
    percent: (value) => percent().format(value / 100),
    date: (iso) => date().format(day(iso)),
    longDate: (iso) => longDate().format(day(iso)),
    dateTime: (iso) => dateTime().format(new Date(iso)),
    period: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  };
}

/**
 * One set of formats per language for the whole app. Creating Intl formatters is slow (about
 * 0.1 ms each on the bench machine): made per component, the 1,000-activity plan page spent
 * 55 ms of its first render making the same six formatters for every progress bar
 * (docs/benchmarks.md, figure 4b).
 */
const FORMATS = new Map<Language, Format>();

function formatOf(language: Language): Format {
  let format = FORMATS.get(language);
  if (!format) {
    format = makeFormat(language);
    FORMATS.set(language, format);
  }
  return format;
}

/** The formats of the UI language; follows a language switch. */
export function useFormat(): Format {
  return formatOf(useLanguage());
}

/**
 * A whole number as typed ("150 000", "150000"): null when empty, the number when it is one,
 * otherwise the text itself, so validation can say it must be a whole number.
 */
export function parseWhole(text: string): number | string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  return /^-?\d+$/.test(compact) ? Number(compact) : text;
}
