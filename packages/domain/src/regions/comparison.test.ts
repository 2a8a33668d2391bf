import { describe, expect, it } from '@jest/globals';
import {
  agreementCategory,
  agreementShares,
  currentAgreementCategories,
  currentPlan,
  growthPercent,
  statusDistribution,
} from './comparison.js';

describe('currentPlan', () => {
  const plan = (status: string, periodFrom: number, revision = 1) =>
    ({ status, periodFrom, revision }) as Parameters<typeof currentPlan>[0][number];

  it('prefers the plan in force, then adopted, then remiss and draft; never history', () => {
    const inForce = plan('in_force', 2020);
    expect(currentPlan([plan('draft', 2026), inForce, plan('adopted', 2025)])).toBe(inForce);
    const adopted = plan('adopted', 2025);
    expect(currentPlan([plan('draft', 2026), adopted])).toBe(adopted);
    expect(currentPlan([plan('replaced', 2020), plan('archived', 2018)])).toBeNull();
    expect(currentPlan([])).toBeNull();
  });

  it('takes the newest period, then the newest revision, among equals', () => {
    const newer = plan('draft', 2024, 1);
    expect(currentPlan([plan('draft', 2022, 3), newer])).toBe(newer);
    const rev2 = plan('draft', 2024, 2);
    expect(currentPlan([newer, rev2])).toBe(rev2);
  });
});

describe('statusDistribution', () => {
  it('counts each status and gives whole percentages that add up to 100', () => {
    const d = statusDistribution(['done', 'ongoing', 'ongoing']);
    expect(d.total).toBe(3);
    expect(d.counts).toEqual({ not_started: 0, ongoing: 2, done: 1, delayed: 0, cancelled: 0 });
    expect(d.percent).toEqual({ not_started: 0, ongoing: 67, done: 33, delayed: 0, cancelled: 0 });
    const six = statusDistribution([
      'done',
      'ongoing',
      'delayed',
      'not_started',
      'cancelled',
      'done',
    ]);
    expect(Object.values(six.percent).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('gives zeros, not NaN, when a plan has no activities', () => {
    const d = statusDistribution([]);
    expect(d.total).toBe(0);
    expect(Object.values(d.percent)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('agreements by partner type', () => {
  it('maps partners to the compared categories, healthcare by its service', () => {
    expect(agreementCategory({ type: 'womens_shelter', careService: null })).toBe('womens_shelter');
    expect(agreementCategory({ type: 'police', careService: null })).toBe('police');
    expect(agreementCategory({ type: 'region_healthcare', careService: 'adult_psychiatry' })).toBe(
      'adult_psychiatry',
    );
    expect(agreementCategory({ type: 'region_healthcare', careService: 'other_care' })).toBeNull();
    expect(agreementCategory({ type: 'region_healthcare', careService: null })).toBeNull();
    expect(agreementCategory({ type: 'school', careService: null })).toBeNull();
  });

  it('counts only agreements followed up (or signed) within 24 months', () => {
    const today = '2026-11-24';
    const found = currentAgreementCategories(
      [
        { category: 'police', signedOn: '2020-01-01', lastFollowUpOn: '2025-01-10' },
        { category: 'womens_shelter', signedOn: '2023-06-01', lastFollowUpOn: null },
        // Current through 2026-11-24 (the same date 24 months on): still counts today.
        { category: 'youth_clinic', signedOn: '2024-11-24', lastFollowUpOn: null },
        { category: 'primary_care', signedOn: '2024-11-23', lastFollowUpOn: null },
        { category: null, signedOn: '2026-01-01', lastFollowUpOn: null },
      ],
      today,
    );
    expect([...found].sort()).toEqual(['police', 'youth_clinic']);
  });

  it('gives the share of sharing kommuner with a current agreement per category', () => {
    const shares = agreementShares([
      new Set(['police', 'womens_shelter']),
      new Set(['police']),
      new Set(),
    ]);
    expect(shares.find((s) => s.category === 'police')).toEqual({
      category: 'police',
      withCurrent: 2,
      of: 3,
      percent: 67,
    });
    expect(shares.find((s) => s.category === 'womens_shelter')?.percent).toBe(33);
    expect(shares.find((s) => s.category === 'emergency_department')?.percent).toBe(0);
    expect(agreementShares([]).every((s) => s.percent === null && s.of === 0)).toBe(true);
  });
});

describe('growthPercent', () => {
  it('is the change in percent of the earlier figure, and unknown when either is unknown', () => {
    expect(growthPercent(40, 50)).toBe(25);
    expect(growthPercent(50, 40)).toBe(-20);
    expect(growthPercent(null, 40)).toBeNull();
    expect(growthPercent(40, null)).toBeNull();
    expect(growthPercent(0, 10)).toBeNull();
  });
});
