/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Deadlines are whole days in Swedish
 * time, so dates are handled as UTC midnights and never as instants.
 */
const DAY = 86_400_000;

export const toEpochDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const fromEpochDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromEpochDay(toEpochDay(iso) + days);

export const daysBetween = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);

/** The last day of a month, `month` being YYYY-MM. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The same day `months` later; when that month is shorter, its last day
 * (2022-08-31 + 6 months = 2023-02-28), as periods in months are counted in Swedish law.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = Number(lastDayOfMonth(`${year}-${String(month).padStart(2, '0')}`).slice(8));
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date from `from` to `to` (inclusive, same year) that falls on `day` of the week. */
function firstWeekday(from: string, day: number): string {
  return addDays(from, (day - weekday(from) + 7) % 7);
}

/**
 * Days on which a deadline cannot end under lag (1930:173) om beräkning av lagstadgad tid:
 * Saturdays, Sundays, the allmänna helgdagar of lag (1989:253) (nyårsdagen, trettondedag jul,
 * långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen,
 * nationaldagen, midsommardagen, alla helgons dag, juldagen, annandag jul), and
 * midsommarafton, julafton and nyårsafton.
 */
export function swedishNonWorkingDays(year: number): Set<string> {
  const easter = easterSunday(year);
  const y = String(year);
  const midsummerDay = firstWeekday(`${y}-06-20`, 6);
  return new Set([
    `${y}-01-01`,
    `${y}-01-06`,
    addDays(easter, -2),
    easter,
    addDays(easter, 1),
    `${y}-05-01`,
    addDays(easter, 39),
    addDays(easter, 49),
    `${y}-06-06`,
    addDays(midsummerDay, -1),
    midsummerDay,
    firstWeekday(`${y}-10-31`, 6),
    `${y}-12-24`,
    `${y}-12-25`,
    `${y}-12-26`,
    `${y}-12-31`,
  ]);
}

/** Whether an action due on this day must wait for the next weekday. */
export function isSwedishNonWorkingDay(iso: string): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6 || swedishNonWorkingDays(Number(iso.slice(0, 4))).has(iso);
}

/** The day itself when it is a weekday, otherwise the next one (lag 1930:173, 2 §). */
export function nextSwedishWorkingDay(iso: string): string {
  let day = iso;
  while (isSwedishNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}
