import { describe, expect, it } from '@jest/globals';
import { orderTimeline, type TimelineEntry } from './timeline.js';

const e = (date: string, kind: TimelineEntry['kind'], title: string = kind): TimelineEntry => ({
  date,
  kind,
  title,
  refId: null,
});

describe('orderTimeline', () => {
  it('orders by date, and within a day the submission before the decision it led to', () => {
    const ordered = orderTimeline([
      e('2020-06-17', 'decision', 'KS §163'),
      e('2020-05-06', 'assignment_given'),
      e('2020-05-06', 'decision', 'KS §126'),
      e('2020-05-06', 'submitted'),
    ]);
    expect(ordered.map((x) => `${x.date} ${x.kind}`)).toEqual([
      '2020-05-06 submitted',
      '2020-05-06 decision',
      '2020-05-06 assignment_given',
      '2020-06-17 decision',
    ]);
  });
});
