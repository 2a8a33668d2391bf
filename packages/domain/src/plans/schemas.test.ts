import { describe, expect, it } from '@jest/globals';
import { validateInput } from '../validation/validate.js';
import { createActionPlanSchema, createActivitySchema, planTransitionSchema } from './schemas.js';

describe('plan schemas', () => {
  it('refuses a period that ends before it starts, naming the field', () => {
    const result = validateInput(
      createActionPlanSchema,
      { title: 'Plan', kind: 'strategy', periodFrom: 2026, periodTo: 2022 },
      'sv',
    );
    expect(result).toEqual({
      success: false,
      issues: [
        {
          field: 'periodTo',
          code: 'period_order',
          message: 'Period till kan inte vara före periodens början.',
        },
      ],
    });
  });

  it('demands the deciding body, date and paragraph when a plan is adopted', () => {
    const result = validateInput(
      planTransitionSchema,
      { version: 3, to: 'adopted', decidedBy: 'Kommunfullmäktige' },
      'en',
    );
    expect(result.success === false && result.issues.map((i) => [i.field, i.code])).toEqual([
      ['decidedOn', 'required'],
      ['paragraph', 'required'],
    ]);
    expect(
      validateInput(planTransitionSchema, { version: 3, to: 'consultation' }, 'sv').success,
    ).toBe(true);
  });

  it('validates an activity: dates in order, progress 0–100, known codes, no duplicates kept', () => {
    const ok = validateInput(
      createActivitySchema,
      {
        planId: '6f1c1d1e-0000-4000-8000-000000000000',
        title: 'ATV',
        level: 'individual',
        tier: 'targeted',
        targetGroups: ['perpetrators', 'perpetrators'],
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
      'sv',
    );
    expect(ok.success && ok.data.targetGroups).toEqual(['perpetrators']);
    const bad = validateInput(
      createActivitySchema,
      {
        planId: '6f1c1d1e-0000-4000-8000-000000000000',
        title: 'ATV',
        level: 'individ',
        tier: 'targeted',
        progress: 120,
        startDate: '2026-05-01',
        endDate: '2026-01-01',
        budgetSek: -5,
      },
      'sv',
    );
    expect(bad.success === false && bad.issues.map((i) => [i.field, i.code])).toEqual([
      ['level', 'invalid_choice'],
      ['budgetSek', 'too_small'],
      ['progress', 'too_big'],
    ]);
  });
});
