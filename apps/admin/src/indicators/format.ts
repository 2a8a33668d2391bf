import {
  INDICATOR_LABELS,
  type IndicatorUnit,
  type Language,
  monthOf,
  yearOf,
} from '@samla/domain';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/useLanguage';

export interface IndicatorFormat {
  /** 1 234,5 (sv), 1,234.5 (en): at most two decimals. */
  number: (value: number) => string;
  /** A value in its unit: 62 %, 1 500 kr, 12. */
  value: (value: number, unit: IndicatorUnit) => string;
  /** A signed change: +3, −2. */
  change: (value: number) => string;
  /** A growth rate given as a fraction: 0.123 → +12,3 %. */
  rate: (fraction: number) => string;
  /** A period: 2024, or the month written out (mars 2024). */
  period: (period: string) => string;
  /** A month's short name: mars (sv), Mar (en). */
  monthShort: (month: number) => string;
  /** A month's name: januari. */
  monthLong: (month: number) => string;
  /** Years with one decimal: 2,5. */
  years: (value: number) => string;
}

export const localeOf = (language: Language): string => (language === 'sv' ? 'sv-SE' : 'en-GB');

export function makeIndicatorFormat(language: Language): IndicatorFormat {
  const locale = localeOf(language);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const rate = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const sek = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'SEK',
    maximumFractionDigits: 0,
  });
  const years = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const monthYear = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const monthDate = (month: number) => new Date(Date.UTC(2000, month - 1, 1));
  const perHundredThousand = INDICATOR_LABELS[language].unit.per_100000;
  return {
    number: (value) => number.format(value),
    value: (value, unit) => {
      if (unit === 'percent') return percent.format(value / 100);
      if (unit === 'sek') return sek.format(value);
      if (unit === 'per_100000')
        return `${number.format(value)} ${perHundredThousand.toLowerCase()}`;
      return number.format(value);
    },
    change: (value) => signed.format(value),
    rate: (fraction) => rate.format(fraction),
    period: (period) => {
      const month = monthOf(period);
      if (month === null) return period;
      return monthYear.format(new Date(Date.UTC(yearOf(period), month - 1, 1)));
    },
    monthShort: (month) => short.format(monthDate(month)).replace('.', ''),
    monthLong: (month) => long.format(monthDate(month)),
    years: (value) => years.format(value),
  };
}

/** The formats of the UI language; follows a language switch. */
export function useIndicatorFormat(): IndicatorFormat {
  const language = useLanguage();
  return useMemo(() => makeIndicatorFormat(language), [language]);
}

/** The words for indicator codes (status, unit, state …) in the UI language. */
export function useIndicatorLabels() {
  const language = useLanguage();
  return INDICATOR_LABELS[language];
}

/** The indicator's name in the UI language (the Swedish one when there is no English). */
export function useIndicatorName() {
  const language = useLanguage();
  return (indicator: { nameSv: string; nameEn: string | null }): string =>
    language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.nameSv;
}

/**
 * A number as typed: "12", "12,5", "1 500" → the number; empty → null; anything else →
 * the text itself, so validation can say it is not a number.
 */
export function parseDecimal(text: string): number | string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  if (compact === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return text;
  return Number(compact.replace(',', '.'));
}

/** A number for an input: 12.5 → "12,5" in Swedish. */
export const decimalText = (value: number | null | undefined, language: Language): string =>
  value === null || value === undefined
    ? ''
    : language === 'sv'
      ? String(value).replace('.', ',')
      : String(value);
