import { describe, expect, it } from '@jest/globals';
import { addMonths, easterSunday, isSwedishNonWorkingDay } from './dates.js';
import { deadlineState, reminderDue, reminderKey, sortDeadlines } from './deadlines.js';

describe('dates', () => {
  it('knows Easter and the Swedish holidays', () => {
    expect(easterSunday(2021)).toBe('2021-04-04');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(isSwedishNonWorkingDay('2021-06-25')).toBe(true); // midsommarafton
    expect(isSwedishNonWorkingDay('2021-11-06')).toBe(true); // alla helgons dag
    expect(isSwedishNonWorkingDay('2021-10-20')).toBe(false);
  });

  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2021-12-15', 2)).toBe('2022-02-15');
  });
});

describe('deadlines', () => {
  it('is overdue after the due date, due soon within 14 days', () => {
    expect(deadlineState('2021-06-30', '2021-07-01')).toBe('overdue');
    expect(deadlineState('2021-06-30', '2021-06-16')).toBe('due_soon');
    expect(deadlineState('2021-06-30', '2021-06-15')).toBe('upcoming');
  });

  it('reminds from 14 days before through the due date, not after', () => {
    expect(reminderDue('2021-06-30', '2021-06-15')).toBe(false);
    expect(reminderDue('2021-06-30', '2021-06-16')).toBe(true);
    expect(reminderDue('2021-06-30', '2021-06-30')).toBe(true);
    expect(reminderDue('2021-06-30', '2021-07-01')).toBe(false);
  });

  it('keys a reminder by deadline, due date and recipient', () => {
    const d = { kind: 'assignment_report', entityId: 'a1', dueDate: '2021-06-30' } as const;
    expect(reminderKey(d, 'u1')).toBe('assignment_report:a1:2021-06-30:u1');
    expect(reminderKey({ ...d, dueDate: '2021-06-16' }, 'u1')).not.toBe(reminderKey(d, 'u1'));
  });

  it('sorts nearest first', () => {
    const sorted = sortDeadlines([
      { dueDate: '2021-06-30', kind: 'plan_period_end', title: 'b' },
      { dueDate: '2021-06-16', kind: 'agreement_follow_up', title: 'a' },
      { dueDate: '2021-06-30', kind: 'assignment_report', title: 'c' },
    ]);
    expect(sorted.map((d) => d.title)).toEqual(['a', 'c', 'b']);
  });
});
