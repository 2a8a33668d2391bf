import { describe, expect, it } from '@jest/globals';
import { cadenceReport, periodOf } from './cadence.js';

describe('periodOf', () => {
  it('splits the year into vårtermin (Jan–Jun) and hösttermin (Jul–Dec)', () => {
    expect(periodOf('term', '2020-06-30')).toEqual({
      key: '2020-VT',
      from: '2020-01-01',
      to: '2020-06-30',
    });
    expect(periodOf('term', '2020-07-01').key).toBe('2020-HT');
    expect(periodOf('month', '2021-02-10')).toEqual({
      key: '2021-02',
      from: '2021-02-01',
      to: '2021-02-28',
    });
  });
});

describe('cadenceReport', () => {
  const twiceATerm = { unit: 'term', count: 2 } as const;

  it('flags a term that ended with fewer meetings than twice a term', () => {
    // Trelleborg's samverkansgrupp: one recorded meeting in the hösttermin 2020.
    const report = cadenceReport(twiceATerm, ['2020-10-01'], '2020-07-01', '2021-03-01');
    expect(report.periods.map((p) => [p.key, p.held, p.state])).toEqual([
      ['2020-HT', 1, 'short'],
      ['2021-VT', 0, 'behind'],
    ]);
    expect(report.shortPeriods).toEqual(['2020-HT']);
    expect(report.behind).toEqual({ key: '2021-VT', missing: 2, by: '2021-06-30' });
  });

  it('is met with two meetings in a term, and on track once the current term has them', () => {
    const report = cadenceReport(
      twiceATerm,
      ['2020-09-10', '2020-11-20', '2021-02-01', '2021-04-15'],
      '2020-09-10',
      '2021-05-01',
    );
    expect(report.periods.map((p) => p.state)).toEqual(['met', 'on_track']);
    expect(report.shortPeriods).toEqual([]);
    expect(report.behind).toBeNull();
  });

  it('does not count planned meetings after today', () => {
    const report = cadenceReport(
      twiceATerm,
      ['2021-02-01', '2021-05-20'],
      '2021-01-01',
      '2021-03-01',
    );
    expect(report.periods[0]).toMatchObject({ held: 1, state: 'behind' });
  });

  it('checks a monthly cadence month by month', () => {
    const report = cadenceReport(
      { unit: 'month', count: 1 },
      ['2021-01-12', '2021-03-09'],
      '2021-01-01',
      '2021-04-05',
    );
    expect(report.periods.map((p) => [p.key, p.state])).toEqual([
      ['2021-01', 'met'],
      ['2021-02', 'short'],
      ['2021-03', 'met'],
      ['2021-04', 'behind'],
    ]);
  });
});
