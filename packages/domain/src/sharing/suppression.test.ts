import { describe, expect, it } from '@jest/globals';
import { monthsOf } from '../indicators/periods.js';
import type { Gender } from '../indicators/vocabulary.js';
import {
  shareSeries,
  suppressForSharing,
  type SeriesFigure,
  type ShareCell,
} from './suppression.js';

const value = (key: string, v: number): ShareCell => ({ key, state: 'value', value: v });
const shown = (cells: Map<string, { state: string; value: number | null }>) =>
  Object.fromEntries([...cells].map(([k, c]) => [k, c.state === 'value' ? c.value : c.state]));

describe('suppressForSharing', () => {
  const gender = { total: 'T', parts: ['K', 'M'] };

  it('worked example: K = 3 of T = 12 is hidden, and so is M, or K = T − M', () => {
    const result = suppressForSharing([value('T', 12), value('K', 3), value('M', 9)], [gender]);
    expect(shown(result)).toEqual({ T: 12, K: 'suppressed', M: 'suppressed' });
    expect(result.get('K')?.suppression).toBe('small_number');
    expect(result.get('M')?.suppression).toBe('complementary');
  });

  it('hides a 0 as well: a shared 0 beside its total would tell who the rest are', () => {
    const result = suppressForSharing([value('T', 20), value('K', 0), value('M', 20)], [gender]);
    expect(shown(result)).toEqual({ T: 20, K: 'suppressed', M: 'suppressed' });
  });

  it('leaves groups alone that give nothing away', () => {
    expect(
      shown(suppressForSharing([value('T', 30), value('K', 12), value('M', 18)], [gender])),
    ).toEqual({ T: 30, K: 12, M: 18 });
    // Two hidden parts: neither can be derived from the total.
    expect(
      shown(
        suppressForSharing(
          [value('T', 40), value('a', 2), value('b', 3), value('c', 35)],
          [{ total: 'T', parts: ['a', 'b', 'c'] }],
        ),
      ),
    ).toEqual({ T: 40, a: 'suppressed', b: 'suppressed', c: 35 });
  });

  it('hides the smallest other part, or the total when no other part has a value', () => {
    const parts = suppressForSharing(
      [value('T', 60), value('a', 1), value('b', 25), value('c', 34)],
      [{ total: 'T', parts: ['a', 'b', 'c'] }],
    );
    expect(shown(parts)).toEqual({ T: 60, a: 'suppressed', b: 'suppressed', c: 34 });
    // A total of a single part is that part.
    const total = suppressForSharing(
      [value('T', 3), value('K', 3)],
      [{ total: 'T', parts: ['K'] }],
    );
    expect(shown(total)).toEqual({ T: 'suppressed', K: 'suppressed' });
    const onlyPart = suppressForSharing(
      [value('year', 30), value('may', 30)],
      [{ total: 'year', parts: ['may'] }],
    );
    expect(shown(onlyPart)).toEqual({ year: 30, may: 30 });
    // Two hidden parts (one small, one suppressed at the source) protect each other.
    const both = suppressForSharing(
      [value('T', 9), value('K', 2), { key: 'M', state: 'suppressed', value: null }],
      [gender],
    );
    expect(shown(both)).toEqual({ T: 9, K: 'suppressed', M: 'suppressed' });
  });

  it('protects a cell the source already suppressed, and needs no help when a part is missing', () => {
    const fromSource = suppressForSharing(
      [value('T', 40), { key: 'K', state: 'suppressed', value: null }, value('M', 31)],
      [gender],
    );
    expect(shown(fromSource)).toEqual({ T: 40, K: 'suppressed', M: 'suppressed' });
    const missing = suppressForSharing(
      [value('T', 40), value('a', 3), { key: 'b', state: 'missing', value: null }, value('c', 30)],
      [{ total: 'T', parts: ['a', 'b', 'c'] }],
    );
    expect(shown(missing)).toEqual({ T: 40, a: 'suppressed', b: 'missing', c: 30 });
  });
});

describe('shareSeries', () => {
  const monthly = (year: number, values: number[], gender: Gender = 'T'): SeriesFigure[] =>
    monthsOf(year).map((period, i) => ({ period, gender, state: 'value', value: values[i] ?? 0 }));

  it('worked example: one small month is protected against the year total', () => {
    const figures = monthly(2019, [9, 8, 10, 2, 11, 10, 8, 7, 9, 10, 11, 12]);
    const shared = shareSeries(figures, { unit: 'count', periodType: 'month', genderSplit: false });
    const byPeriod = Object.fromEntries(
      shared.map((f) => [f.period, f.state === 'value' ? f.value : f.suppression]),
    );
    expect(byPeriod).toMatchObject({
      '2019': 107,
      '2019-04': 'small_number',
      // The smallest other month goes too, or April = 107 − the rest.
      '2019-08': 'complementary',
      '2019-01': 9,
    });
    expect(shared.find((f) => f.period === '2019')?.yearTotal).toBe(true);
  });

  it('protects across overlapping groups: months of a year and K + M = T', () => {
    const t = monthly(2020, [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    const k = monthly(2020, [3, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15], 'K');
    const m = t.map((f, i) => ({
      ...f,
      gender: 'M' as const,
      value: (f.value ?? 0) - (k[i]?.value ?? 0),
    }));
    const shared = shareSeries([...t, ...k, ...m], {
      unit: 'count',
      periodType: 'month',
      genderSplit: true,
    });
    const state = new Map(shared.map((f) => [`${f.period}|${f.gender}`, f]));
    expect(state.get('2020-01|K')?.suppression).toBe('small_number');
    // No group (a month's T/K/M, or a gender's year) has exactly one hidden cell left.
    const groups = [
      ...monthsOf(2020).map((p) => [`${p}|T`, `${p}|K`, `${p}|M`]),
      ['2020|T', '2020|K', '2020|M'],
      ...(['T', 'K', 'M'] as const).map((g) => [
        `2020|${g}`,
        ...monthsOf(2020).map((p) => `${p}|${g}`),
      ]),
    ];
    for (const group of groups) {
      const hidden = group.filter((key) => state.get(key)?.state === 'suppressed');
      expect({ group: group[0], hidden: hidden.length === 1 }).toEqual({
        group: group[0],
        hidden: false,
      });
    }
  });

  it('never leaves a group with a single derivable cell, on generated data', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const figures: SeriesFigure[] = [];
      for (const period of monthsOf(2021)) {
        const k = Math.floor(random() * 12);
        const m = Math.floor(random() * 12);
        figures.push(
          { period, gender: 'K', state: 'value', value: k },
          { period, gender: 'M', state: 'value', value: m },
          { period, gender: 'T', state: 'value', value: k + m },
        );
      }
      const shared = shareSeries(figures, {
        unit: 'count',
        periodType: 'month',
        genderSplit: true,
      });
      const hidden = new Set(
        shared.filter((f) => f.state === 'suppressed').map((f) => `${f.period}|${f.gender}`),
      );
      const groups = [
        ...[...monthsOf(2021), '2021'].map((p) => [`${p}|T`, `${p}|K`, `${p}|M`]),
        ...(['T', 'K', 'M'] as const).map((g) => [
          `2021|${g}`,
          ...monthsOf(2021).map((p) => `${p}|${g}`),
        ]),
      ];
      for (const group of groups) expect(group.filter((key) => hidden.has(key)).length).not.toBe(1);
      for (const f of shared) if (f.state === 'value') expect(f.value).toBeGreaterThanOrEqual(5);
    }
  });

  it('forms no year total for an incomplete year, and leaves shares as they are', () => {
    const spring = monthly(2020, [14, 13, 10, 9]).slice(0, 4);
    const shared = shareSeries(spring, { unit: 'count', periodType: 'month', genderSplit: false });
    expect(shared.find((f) => f.yearTotal)).toMatchObject({
      period: '2020',
      state: 'missing',
      value: null,
    });
    const shares = shareSeries([{ period: '2023', gender: 'T', state: 'value', value: 3.5 }], {
      unit: 'percent',
      periodType: 'year',
      genderSplit: false,
    });
    expect(shares).toEqual([
      {
        period: '2023',
        gender: 'T',
        state: 'value',
        value: 3.5,
        suppression: null,
        yearTotal: false,
      },
    ]);
  });

  it('gives the same cells for one year alone as for the whole series (no group spans two years)', () => {
    // The regional comparison reads one year's months of a monthly indicator at a time
    // (ADR 0007): that is only safe if a year's cells are suppressed exactly as they are
    // when every year is shared together, as in the XLSX export.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const indicator = { unit: 'count', periodType: 'month', genderSplit: true } as const;
    for (let run = 0; run < 60; run++) {
      const figures: SeriesFigure[] = [];
      for (const year of [2021, 2022, 2023])
        for (const period of monthsOf(year)) {
          if (random() < 0.05) continue;
          const k = Math.floor(random() * 12);
          const m = Math.floor(random() * 12);
          figures.push(
            { period, gender: 'T', state: 'value', value: k + m },
            { period, gender: 'K', state: 'value', value: k },
            { period, gender: 'M', state: 'value', value: m },
          );
        }
      const whole = shareSeries(figures, indicator);
      for (const year of ['2021', '2022', '2023'])
        expect(
          shareSeries(
            figures.filter((f) => f.period.startsWith(year)),
            indicator,
          ),
        ).toEqual(whole.filter((f) => f.period.startsWith(year)));
    }
  });
});
