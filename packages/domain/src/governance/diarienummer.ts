/**
 * A kommun may describe its diarienummer with a simple pattern: `{yyyy}` a year, `{n}` a
 * running number (one or more digits), anything else literal. Alingsås: `{yyyy}.{n} KS`
 * (2022.247 KS); Malung-Sälen: `SN/{yyyy}:{n}` (SN/2021:312). Deliberately not a regular
 * expression: a pattern compiles to a linear, anchored one, so no input can make it slow.
 */
const TOKEN = /\{(yyyy|n)\}/g;
const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileDiarienummerPattern(pattern: string): RegExp {
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += escape(pattern.slice(last, match.index));
    source += match[1] === 'yyyy' ? '\\d{4}' : '\\d+';
    last = (match.index ?? 0) + match[0].length;
  }
  source += escape(pattern.slice(last));
  return new RegExp(`^${source}$`);
}

/** A pattern must name at least one token and use only the two it knows. */
export function isValidDiarienummerPattern(pattern: string): boolean {
  if (!/\{(yyyy|n)\}/.test(pattern)) return false;
  return !/[{}]/.test(pattern.replace(TOKEN, ''));
}

export function matchesDiarienummerPattern(value: string, pattern: string): boolean {
  return compileDiarienummerPattern(pattern).test(value.trim());
}
