import { describe, expect, it } from '@jest/globals';
import { codeFromLabel, PLAN_LABELS } from './plan-labels.js';

describe('codeFromLabel', () => {
  it('reads codes, Swedish labels and English labels, ignoring case and space', () => {
    expect(codeFromLabel('tier', ' främjande ')).toBe('promotive');
    expect(codeFromLabel('tier', 'Preventive')).toBe('preventive');
    expect(codeFromLabel('tier', 'targeted')).toBe('targeted');
    expect(codeFromLabel('targetGroup', 'BARN OCH UNGA')).toBe('children_youth');
    expect(codeFromLabel('fundingSource', 'Statsbidrag')).toBe('state_grant');
    expect(codeFromLabel('tier', 'universell')).toBeUndefined();
    expect(codeFromLabel('tier', '')).toBeUndefined();
  });

  it('has a label for every code in both languages', () => {
    for (const group of Object.keys(PLAN_LABELS.sv) as Array<keyof typeof PLAN_LABELS.sv>)
      expect(Object.keys(PLAN_LABELS.en[group]).sort()).toEqual(
        Object.keys(PLAN_LABELS.sv[group]).sort(),
      );
  });
});
