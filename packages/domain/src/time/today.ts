/** Swedish kommuner live on Swedish time: "today" and deadlines are judged there. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

/** The calendar date (YYYY-MM-DD) at `now` in the time zone. */
export function isoDateIn(now: Date, timeZone: string = SWEDISH_TIME_ZONE): string {
  // The sv-SE locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
