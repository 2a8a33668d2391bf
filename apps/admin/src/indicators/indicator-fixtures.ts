import type { Indicator, IndicatorDetail, Measurement } from '@samla/domain';

/** Test data for the indicator screens: Trelleborg's monthly support talks. */

export const TALKS_ID = 'bbbbbbbb-0000-4000-8000-000000000001';

const notAvailable: IndicatorDetail['progress'] = {
  status: 'not_available',
  gap: 'no_baseline',
  higherIsBetter: true,
  baseline: null,
  latest: null,
  target: null,
  yearsElapsed: null,
  yearsToTarget: null,
  cagrActual: null,
  cagrRequired: null,
  ratio: null,
  thresholds: { substantial: 0.95, moderate: 0.6, limited: 0 },
};

export function newIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: TALKS_ID,
    kind: 'own',
    platformIndicatorId: null,
    koladaId: null,
    agenda2030IndicatorId: null,
    nameSv: 'Samtal med våldsutsatta',
    nameEn: 'Support talks with victims of violence',
    description: 'Antal samtalskontakter per månad.',
    unit: 'count',
    higherIsBetter: true,
    periodType: 'month',
    genderSplit: false,
    source: 'Demodata',
    agenda2030TargetId: '5.2',
    target: { baselinePeriod: null, baselineValue: null, targetValue: null, targetYear: null },
    trend: {
      latest: { period: '2020-03', value: 10 },
      yearBefore: { period: '2019-03', value: 8 },
      change: 2,
      direction: 'up',
      assessment: 'better',
      yearToDate: { year: 2020, throughMonth: 3, total: 37, yearBefore: 27 },
    },
    status: 'not_available',
    version: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function newDetail(overrides: Partial<IndicatorDetail> = {}): IndicatorDetail {
  return {
    ...newIndicator(),
    progress: notAvailable,
    linkedGoals: [],
    linkedActivities: [],
    ...overrides,
  };
}

export function figure(
  period: string,
  value: number | null,
  overrides: Partial<Measurement> = {},
): Measurement {
  return {
    period,
    gender: 'T',
    area: 'municipality',
    state: value === null ? 'missing' : 'value',
    value,
    source: 'Demodata',
    sourceStatus: null,
    note: null,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** January–March 2019 and 2020; February 2019 suppressed, April 2020 missing. */
export const talkFigures = (): Measurement[] => [
  figure('2019-01', 9),
  figure('2019-02', null, { state: 'suppressed' }),
  figure('2019-03', 8),
  figure('2020-01', 14),
  figure('2020-02', 13),
  figure('2020-03', 10),
  figure('2020-04', null),
];
