import { lastDayOfMonth } from '../deadlines/dates.js';
import type { CadenceUnit } from './vocabulary.js';

/**
 * Terms: the vårtermin is January–June and the hösttermin July–December. A kommun's
 * terms follow the school year (mid-January to mid-June, mid-August to December), but a
 * meeting in early January, July or early August still belongs to a term, so the year is
 * split in two halves and nothing falls between terms.
 */
export interface Cadence {
  unit: CadenceUnit;
  /** Meetings promised per unit, e.g. 2 per term. */
  count: number;
}

export interface CadencePeriod {
  /** `2020-HT` (hösttermin), `2021-VT` (vårtermin), `2021-03` or `2021`. */
  key: string;
  from: string;
  to: string;
  expected: number;
  held: number;
  /**
   * met: enough meetings; short: the period ended with fewer (flagged); behind: the
   * current period has fewer so far (it can still catch up until `to`); on_track: the
   * current period already has enough.
   */
  state: 'met' | 'short' | 'behind' | 'on_track';
}

export interface CadenceReport {
  periods: CadencePeriod[];
  /** Ended periods that fell short of the cadence. */
  shortPeriods: string[];
  /** The current period, when it still needs meetings: how many, and by when. */
  behind: { key: string; missing: number; by: string } | null;
}

/** The period (term, month or year) a date falls in. */
export function periodOf(
  unit: CadenceUnit,
  date: string,
): { key: string; from: string; to: string } {
  const year = date.slice(0, 4);
  if (unit === 'year') return { key: year, from: `${year}-01-01`, to: `${year}-12-31` };
  if (unit === 'month') {
    const month = date.slice(0, 7);
    return { key: month, from: `${month}-01`, to: lastDayOfMonth(month) };
  }
  return Number(date.slice(5, 7)) <= 6
    ? { key: `${year}-VT`, from: `${year}-01-01`, to: `${year}-06-30` }
    : { key: `${year}-HT`, from: `${year}-07-01`, to: `${year}-12-31` };
}

function nextPeriodStart(to: string): string {
  const d = new Date(`${to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Each period from the one holding `since` (the forum's start, or its first meeting)
 * to the one holding `today`, with the meetings held in it (meetings after `today` are
 * planned, not held, and are not counted).
 */
export function cadenceReport(
  cadence: Cadence,
  meetingDates: readonly string[],
  since: string,
  today: string,
): CadenceReport {
  const held = meetingDates.filter((d) => d <= today);
  const periods: CadencePeriod[] = [];
  if (since > today) return { periods, shortPeriods: [], behind: null };
  for (
    let p = periodOf(cadence.unit, since);
    p.from <= today;
    p = periodOf(cadence.unit, nextPeriodStart(p.to))
  ) {
    const count = held.filter((d) => d >= p.from && d <= p.to).length;
    const current = today <= p.to;
    const enough = count >= cadence.count;
    periods.push({
      ...p,
      expected: cadence.count,
      held: count,
      state: current ? (enough ? 'on_track' : 'behind') : enough ? 'met' : 'short',
    });
  }
  const last = periods.at(-1);
  return {
    periods,
    shortPeriods: periods.filter((p) => p.state === 'short').map((p) => p.key),
    behind:
      last && last.state === 'behind'
        ? { key: last.key, missing: last.expected - last.held, by: last.to }
        : null,
  };
}
