/** Swedish kommuner live on Swedish time: "today" and deadlines are judged there. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs far more than using
 * one, and "today" is asked for on every read of activities (docs/benchmarks.md).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) at `now` in the time zone. */
export function isoDateIn(now: Date, timeZone: string = SWEDISH_TIME_ZONE): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // The sv-SE locale formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}
