import { addDays, nextSwedishWorkingDay } from '../deadlines/dates.js';

/**
 * Laglighetsprövning (kommunallagen 13 kap. 5 §): an appeal must reach the
 * förvaltningsrätt "inom tre veckor från den dag då det tillkännagavs på kommunens
 * anslagstavla att protokollet över beslutet har justerats".
 *
 * How we count: the day of the anslag is day 0 and is not counted; the period ends at
 * the end of the same weekday three weeks later, i.e. anslag date + 21 days (anslag
 * Wednesday 2021-09-29 → last day Wednesday 2021-10-20). When that day is a Saturday,
 * Sunday, public holiday, midsommarafton, julafton or nyårsafton, the appeal may still
 * come in on the next weekday (lag (1930:173) om beräkning av lagstadgad tid, 2 §).
 * The notice must stay on the anslagstavla until the period has run out
 * (kommunallagen 8 kap. 12 §), so it may come down at the earliest the day after.
 */
export interface AppealWindow {
  /** The day the anslag went up: the window's day 0. */
  postedOn: string;
  /** Three weeks after the anslag, before any extension. */
  nominalLastDay: string;
  /** The last day an appeal can come in. */
  lastDay: string;
  /** True when the nominal last day was not a weekday and the window was extended. */
  extended: boolean;
  /** The earliest day the notice may be taken down. */
  noticeMayComeDownOn: string;
}

export const APPEAL_WEEKS = 3;

export function appealWindow(postedOn: string): AppealWindow {
  const nominalLastDay = addDays(postedOn, APPEAL_WEEKS * 7);
  const lastDay = nextSwedishWorkingDay(nominalLastDay);
  return {
    postedOn,
    nominalLastDay,
    lastDay,
    extended: lastDay !== nominalLastDay,
    noticeMayComeDownOn: addDays(lastDay, 1),
  };
}

/** Where a decision's appeal window stands on `today`, and whether the notice came down too early. */
export interface AppealStatus extends AppealWindow {
  state: 'open' | 'closed';
  /** The anslag came down before the window ran out (kommunallagen 8 kap. 12 §). */
  noticeRemovedEarly: boolean;
}

export function appealStatus(
  postedOn: string,
  removedOn: string | null,
  today: string,
): AppealStatus {
  const window = appealWindow(postedOn);
  return {
    ...window,
    state: today <= window.lastDay ? 'open' : 'closed',
    noticeRemovedEarly: removedOn !== null && removedOn < window.noticeMayComeDownOn,
  };
}
