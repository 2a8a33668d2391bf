import { describe, expect, it } from '@jest/globals';
import type { SeriesFigure } from '../sharing/suppression.js';
import { isPublishable, publicIndicatorFigures } from './publication.js';

const fig = (period: string, gender: 'T' | 'K' | 'M', value: number): SeriesFigure => ({
  period,
  gender,
  state: 'value',
  value,
});
const count = {
  unit: 'count' as const,
  periodType: 'year' as const,
  genderSplit: true,
  baselinePeriod: '2020',
  baselineValue: 40,
};

describe('isPublishable', () => {
  it('publishes only plans the kommun has decided on and that apply now', () => {
    expect(isPublishable('adopted')).toBe(true);
    expect(isPublishable('in_force')).toBe(true);
    for (const status of ['draft', 'consultation', 'replaced', 'archived'] as const)
      expect(isPublishable(status)).toBe(false);
  });
});

describe('publicIndicatorFigures', () => {
  it('suppresses small counts and the part that would give them away', () => {
    const { figures } = publicIndicatorFigures(count, [
      fig('2021', 'T', 12),
      fig('2021', 'K', 3),
      fig('2021', 'M', 9),
    ]);
    expect(figures.map((f) => [f.gender, f.state, f.value])).toEqual([
      ['T', 'value', 12],
      ['K', 'suppressed', null],
      ['M', 'suppressed', null],
    ]);
  });

  it('shows a baseline that gives nothing away', () => {
    expect(publicIndicatorFigures(count, [fig('2020', 'T', 40)]).baseline).toEqual({
      period: '2020',
      state: 'value',
      value: 40,
    });
  });

  it('hides a baseline that is a small count, never showing it as 0', () => {
    expect(publicIndicatorFigures({ ...count, baselineValue: 0 }, []).baseline).toEqual({
      period: '2020',
      state: 'suppressed',
      value: null,
    });
  });

  it('hides a baseline whose period total the rule hid', () => {
    // K = 2 is hidden; with M unknown, T is the only other figure, so T goes too.
    const { figures, baseline } = publicIndicatorFigures({ ...count, baselineValue: 9 }, [
      fig('2020', 'T', 9),
      fig('2020', 'K', 2),
    ]);
    expect(figures.find((f) => f.gender === 'T')?.state).toBe('suppressed');
    expect(baseline?.state).toBe('suppressed');
  });

  it('passes rates and shares unchanged: they are not counts of people', () => {
    const { figures, baseline } = publicIndicatorFigures(
      { ...count, unit: 'percent', baselineValue: 2.5 },
      [fig('2021', 'T', 1.5)],
    );
    expect(figures[0]).toMatchObject({ state: 'value', value: 1.5 });
    expect(baseline).toMatchObject({ state: 'value', value: 2.5 });
  });
});
