import { describe, expect, it } from '@jest/globals';
import { seriesModel } from './chart-data';
import { figure } from './indicator-fixtures';

describe('the chart model, split by gender', () => {
  const figures = [
    figure('2023', 40),
    figure('2023', 31, { gender: 'K' }),
    figure('2023', 9, { gender: 'M' }),
    figure('2024', 44),
    figure('2024', 35, { gender: 'K' }),
    figure('2024', null, { gender: 'M', state: 'suppressed' }),
  ];

  it('shows women and men as two series of the kommun when split, with the hidden cell kept hidden', () => {
    const model = seriesModel(figures, 'year', true);
    expect(model.rows.map((r) => r.period)).toEqual(['2023', '2024']);
    expect(model.series.map((s) => s.key)).toEqual(['municipality-K', 'municipality-M']);
    const men = model.series.find((s) => s.key === 'municipality-M');
    expect(men?.cells).toEqual([
      { state: 'value', value: 9, note: null },
      { state: 'suppressed', value: null, note: null },
    ]);
  });

  it('shows the total when not split', () => {
    const model = seriesModel(figures, 'year', false);
    expect(model.series.map((s) => s.key)).toEqual(['municipality-T']);
    expect(model.series[0]?.cells.map((c) => c.value)).toEqual([40, 44]);
  });
});
