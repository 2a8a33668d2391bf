import { describe, expect, it } from '@jest/globals';
import { validateInput } from '../validation/validate.js';
import { koladaDataResponseSchema, koladaFigures, koladaImportSchema } from './kolada.js';
import { createPlatformIndicatorSchema } from './schemas.js';

// Fictitious KPI ids: Samla names no Kolada KPI it has not seen in a real answer.
const answer = koladaDataResponseSchema.parse({
  values: [
    {
      kpi: 'N90001',
      municipality: '1287',
      period: 2020,
      values: [
        { gender: 'T', value: 12.5, status: '', count: 1 },
        { gender: 'K', value: 13, status: '', count: 1 },
        { gender: 'M', value: null, status: 'X', count: 0 },
      ],
    },
    { kpi: 'N90001', municipality: '0012', period: 2020, values: [{ gender: 'T', value: 11 }] },
    { kpi: 'N90001', municipality: '0000', period: 2020, values: [{ gender: 'T', value: 10 }] },
    { kpi: 'N90001', municipality: '1280', period: 2020, values: [{ gender: 'T', value: 9 }] },
    { kpi: 'N90002', municipality: '1287', period: 2019, values: [{ gender: 'K', value: 3 }] },
  ],
  count: 5,
  next_page: null,
  previous_page: null,
  an_unknown_field: true,
});

describe('koladaFigures', () => {
  const scope = {
    municipalityCode: '1287',
    regionCode: '12',
    compareWith: ['region'] as const,
    kpis: new Set(['N90001', 'N90002']),
    years: null,
    genderSplit: new Set(['N90001']),
  };

  it("keeps the kommun's figures and the comparisons asked for, with Kolada's status", () => {
    const { figures, received, ignored } = koladaFigures(answer.values, scope);
    expect(received).toBe(7);
    // Malmö (1280), the country (not asked for) and K of a KPI not split by gender.
    expect(ignored).toBe(3);
    expect(figures).toEqual([
      {
        kpi: 'N90001',
        area: 'municipality',
        period: '2020',
        gender: 'T',
        state: 'value',
        value: 12.5,
        sourceStatus: null,
      },
      {
        kpi: 'N90001',
        area: 'municipality',
        period: '2020',
        gender: 'K',
        state: 'value',
        value: 13,
        sourceStatus: null,
      },
      {
        kpi: 'N90001',
        area: 'municipality',
        period: '2020',
        gender: 'M',
        state: 'missing',
        value: null,
        sourceStatus: 'X',
      },
      {
        kpi: 'N90001',
        area: 'region',
        period: '2020',
        gender: 'T',
        state: 'value',
        value: 11,
        sourceStatus: null,
      },
    ]);
  });

  it('filters by year and counts a repeated page once', () => {
    const { figures } = koladaFigures([...answer.values, ...answer.values], {
      ...scope,
      compareWith: ['country'],
      years: new Set([2020]),
    });
    expect(figures.map((f) => `${f.area}:${f.gender}`)).toEqual([
      'municipality:T',
      'municipality:K',
      'municipality:M',
      'country:T',
    ]);
  });
});

describe('Kolada schemas', () => {
  it('needs years unless a saved answer is given, and refuses ids that are not Kolada ids', () => {
    const none = validateInput(koladaImportSchema, { kpis: ['N90001'] }, 'sv');
    expect(none.success === false && none.issues[0]?.field).toBe('years');
    const bad = validateInput(koladaImportSchema, { kpis: ['n1/../x'], years: [2020] }, 'en');
    expect(bad.success === false && bad.issues[0]).toMatchObject({
      field: 'kpis.0',
      code: 'kolada_id',
    });
    const file = validateInput(koladaImportSchema, { kpis: ['N90001'], data: answer }, 'sv');
    expect(file.success && file.data).toMatchObject({ compareWith: [], dryRun: false });
  });

  it('wants a Kolada id and yearly periods for a Kolada KPI in the catalogue', () => {
    const result = validateInput(
      createPlatformIndicatorSchema,
      { kind: 'kolada', nameSv: 'X', unit: 'count', higherIsBetter: false, periodType: 'month' },
      'sv',
    );
    expect(result.success === false && result.issues.map((i) => [i.field, i.code])).toEqual([
      ['koladaId', 'required'],
      ['periodType', 'kolada_yearly'],
    ]);
  });
});
