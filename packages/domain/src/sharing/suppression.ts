import type {
  Gender,
  IndicatorUnit,
  MeasurementState,
  PeriodType,
} from '../indicators/vocabulary.js';

/**
 * Small numbers, when a figure leaves its kommun (regional views, public pages, exports
 * for others): a count below 5 is shown as suppressed — never as 0 — and no view may let
 * a suppressed count be worked out from the figures around it.
 *
 * 1. Primary suppression: every count below the threshold (0 included: a shared 0 next
 *    to a shared total tells who the rest are) is suppressed.
 * 2. Secondary suppression: a group is a total and the parts that add up to it (K and M
 *    of a T; the months of a year). When exactly one of its cells is suppressed and every
 *    other is a known value, that cell is the total minus the rest — so one more cell is
 *    suppressed: the smallest other part, or the total when no other part has a value.
 *    Groups overlap (a month is in its year and in its T = K + M), so this repeats until
 *    no group gives a cell away.
 *
 * Compute on everything that leaves the kommun together (all genders, months and year
 * totals), then show any subset: a cell hidden here stays hidden in every view. The
 * kommun's own views show its own numbers and do not use this.
 */
export const SMALL_NUMBER_THRESHOLD = 5;

export interface ShareCell {
  key: string;
  state: MeasurementState;
  value: number | null;
}

export interface ShareGroup {
  total: string;
  parts: readonly string[];
}

export interface SharedCell {
  key: string;
  state: MeasurementState;
  value: number | null;
  /** Why the cell is hidden here: a small number, or to protect one (complementary). */
  suppression: 'small_number' | 'complementary' | null;
}

export function suppressForSharing(
  cells: readonly ShareCell[],
  groups: readonly ShareGroup[],
  threshold = SMALL_NUMBER_THRESHOLD,
): Map<string, SharedCell> {
  const result = new Map<string, SharedCell>();
  for (const cell of cells) {
    const small = cell.state === 'value' && cell.value !== null && cell.value < threshold;
    result.set(
      cell.key,
      small
        ? { key: cell.key, state: 'suppressed', value: null, suppression: 'small_number' }
        : { ...cell, value: cell.state === 'value' ? cell.value : null, suppression: null },
    );
  }
  const known = (key: string) => {
    const cell = result.get(key);
    return cell?.state === 'value' ? cell : undefined;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      const members = [group.total, ...group.parts].filter((key) => result.has(key));
      const hidden = members.filter((key) => result.get(key)?.state === 'suppressed');
      if (hidden.length !== 1) continue;
      if (members.some((key) => !hidden.includes(key) && !known(key))) continue;
      const candidates = group.parts
        .map((key) => known(key))
        .filter((cell): cell is SharedCell => cell !== undefined)
        .sort((a, b) => (a.value as number) - (b.value as number) || a.key.localeCompare(b.key));
      const victim = candidates[0] ?? known(group.total);
      if (!victim) continue;
      result.set(victim.key, {
        key: victim.key,
        state: 'suppressed',
        value: null,
        suppression: 'complementary',
      });
      changed = true;
    }
  }
  return result;
}

export interface SeriesFigure {
  period: string;
  gender: Gender;
  state: MeasurementState;
  value: number | null;
}

export interface SharedFigure extends SeriesFigure {
  suppression: SharedCell['suppression'];
  /** A year total formed from twelve months (monthly indicators only). */
  yearTotal: boolean;
}

/**
 * An indicator's figures as they may leave the kommun. Counts only: other units (shares,
 * rates, kronor) do not add up and pass unchanged. For monthly
 * figures the year totals are formed (from twelve values; otherwise the total is missing)
 * and protected with the months, so that no month can be derived from its year.
 */
export function shareSeries(
  figures: readonly SeriesFigure[],
  indicator: { unit: IndicatorUnit; periodType: PeriodType; genderSplit: boolean },
  threshold = SMALL_NUMBER_THRESHOLD,
): SharedFigure[] {
  if (indicator.unit !== 'count')
    return figures.map((f) => ({
      ...f,
      value: f.state === 'value' ? f.value : null,
      suppression: null,
      yearTotal: false,
    }));
  const key = (period: string, gender: Gender) => `${period}|${gender}`;
  const cells: Array<ShareCell & { period: string; gender: Gender; yearTotal: boolean }> =
    figures.map((f) => ({
      ...f,
      key: key(f.period, f.gender),
      value: f.state === 'value' ? f.value : null,
      yearTotal: false,
    }));
  const groups: ShareGroup[] = [];
  if (indicator.periodType === 'month') {
    const byYearGender = new Map<string, SeriesFigure[]>();
    for (const f of figures) {
      const k = key(f.period.slice(0, 4), f.gender);
      byYearGender.set(k, [...(byYearGender.get(k) ?? []), f]);
    }
    for (const [k, months] of byYearGender) {
      const [year = '', gender = 'T'] = k.split('|') as [string, Gender];
      const complete = months.length === 12 && months.every((m) => m.state === 'value');
      cells.push({
        key: k,
        period: year,
        gender,
        state: complete ? 'value' : 'missing',
        value: complete ? months.reduce((sum, m) => sum + (m.value ?? 0), 0) : null,
        yearTotal: true,
      });
      groups.push({ total: k, parts: months.map((m) => key(m.period, m.gender)) });
    }
  }
  if (indicator.genderSplit) {
    const periods = new Set(cells.map((c) => c.period));
    for (const period of periods)
      groups.push({ total: key(period, 'T'), parts: [key(period, 'K'), key(period, 'M')] });
  }
  const shared = suppressForSharing(cells, groups, threshold);
  return cells.map((c) => {
    const s = shared.get(c.key) as SharedCell;
    return {
      period: c.period,
      gender: c.gender,
      state: s.state,
      value: s.value,
      suppression: s.suppression,
      yearTotal: c.yearTotal,
    };
  });
}
