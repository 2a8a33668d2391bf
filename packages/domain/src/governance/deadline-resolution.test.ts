import { describe, expect, it } from '@jest/globals';
import { assignmentState, dueSpecOf, resolveDue } from './deadline-resolution.js';

describe('resolveDue', () => {
  const ksMeetings = ['2021-02-10', '2021-03-17', '2021-06-16', '2021-06-30'];

  it('resolves "the June meeting" to the body\'s first meeting in June', () => {
    expect(resolveDue({ kind: 'meeting', month: '2021-06' }, ksMeetings)).toEqual({
      date: '2021-06-16',
      source: 'meeting',
    });
  });

  it('estimates the end of the month while the meeting date is not known', () => {
    expect(resolveDue({ kind: 'meeting', month: '2021-06' }, ['2021-02-10'])).toEqual({
      date: '2021-06-30',
      source: 'end_of_month',
    });
  });

  it('keeps a date as it is, and has no date without a deadline', () => {
    expect(resolveDue({ kind: 'date', date: '2020-11-19' }, ksMeetings)).toEqual({
      date: '2020-11-19',
      source: 'date',
    });
    expect(resolveDue(dueSpecOf(null, null), ksMeetings)).toEqual({ date: null, source: 'none' });
    expect(dueSpecOf(null, '2021-06')).toEqual({ kind: 'meeting', month: '2021-06' });
  });
});

describe('assignmentState', () => {
  it('is due on the day itself and overdue the day after', () => {
    expect(assignmentState('open', '2021-06-16', '2021-06-16')).toEqual({
      state: 'due_soon',
      daysLeft: 0,
    });
    expect(assignmentState('open', '2021-06-16', '2021-06-17')).toEqual({
      state: 'overdue',
      daysLeft: -1,
    });
  });

  it('is due soon within 14 days and upcoming before that', () => {
    expect(assignmentState('open', '2021-06-16', '2021-06-02').state).toBe('due_soon');
    expect(assignmentState('open', '2021-06-16', '2021-06-01').state).toBe('upcoming');
  });

  it('is never overdue once reported back or cancelled, or without a deadline', () => {
    expect(assignmentState('reported', '2020-01-01', '2021-01-01').state).toBe('reported');
    expect(assignmentState('cancelled', '2020-01-01', '2021-01-01').state).toBe('cancelled');
    expect(assignmentState('open', null, '2021-01-01').state).toBe('no_deadline');
  });
});
