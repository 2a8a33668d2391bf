import { describe, expect, it } from '@jest/globals';
import { computeCoverage, type CoverageActivity } from './coverage.js';

const a = (overrides: Partial<CoverageActivity>): CoverageActivity => ({
  level: 'individual',
  tier: 'targeted',
  targetGroups: ['victims'],
  violenceTypes: ['vinr'],
  budgetSek: 100_000,
  status: 'ongoing',
  ...overrides,
});

describe('computeCoverage', () => {
  it('counts activities and budget per level × tier cell and marks empty cells as gaps', () => {
    const coverage = computeCoverage([
      a({}),
      a({ budgetSek: 50_000, targetGroups: ['perpetrators'] }),
      a({ level: 'organisation', tier: 'promotive', targetGroups: ['employees'], budgetSek: null }),
    ]);
    expect(coverage.matrix.individual.targeted).toEqual({
      activities: 2,
      budgetSek: 150_000,
      gap: false,
    });
    expect(coverage.matrix.organisation.promotive).toEqual({
      activities: 1,
      budgetSek: 0,
      gap: false,
    });
    expect(coverage.matrix.society.promotive).toEqual({ activities: 0, budgetSek: 0, gap: true });
    expect(coverage.gaps.matrix).toHaveLength(7);
    expect(coverage.gaps.matrix).toContainEqual({ level: 'society', tier: 'promotive' });
    expect(coverage.totals).toEqual({ activities: 3, budgetSek: 150_000, excludedCancelled: 0 });
  });

  it('counts an activity once in each of its target groups and violence types', () => {
    const coverage = computeCoverage([
      a({ targetGroups: ['victims', 'relatives', 'victims'], violenceTypes: ['vinr', 'hrv'] }),
    ]);
    expect(coverage.byTargetGroup.victims.activities).toBe(1);
    expect(coverage.byTargetGroup.relatives.activities).toBe(1);
    expect(coverage.byViolenceType.hrv.budgetSek).toBe(100_000);
    expect(coverage.gaps.targetGroups).toEqual([
      'employees',
      'residents',
      'children_youth',
      'perpetrators',
    ]);
    expect(coverage.gaps.violenceTypes).toEqual([
      'mvk',
      'violence_against_children',
      'prostitution_trafficking',
    ]);
  });

  it('does not let cancelled activities cover anything', () => {
    const coverage = computeCoverage([a({ status: 'cancelled' })]);
    expect(coverage.matrix.individual.targeted.gap).toBe(true);
    expect(coverage.totals).toEqual({ activities: 0, budgetSek: 0, excludedCancelled: 1 });
  });
});
