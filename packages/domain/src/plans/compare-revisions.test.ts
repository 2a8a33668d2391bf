import { describe, expect, it } from '@jest/globals';
import { diffItems } from './compare-revisions.js';

const item = (lineageId: string, title: string, fields: Record<string, unknown> = {}) => ({
  lineageId,
  title,
  fields,
});

describe('diffItems', () => {
  it('matches items by lineage and reports added, removed and changed fields', () => {
    const before = [
      item('a', 'Utbildning för chefer', { level: 'organisation', targetGroups: ['employees'] }),
      item('b', 'Trappan'),
    ];
    const after = [
      item('a', 'Utbildning för alla chefer', {
        level: 'organisation',
        targetGroups: ['employees'],
      }),
      item('c', 'Uppsökande verksamhet'),
    ];
    const diff = diffItems(before, after);
    expect(diff.added.map((i) => i.title)).toEqual(['Uppsökande verksamhet']);
    expect(diff.removed.map((i) => i.title)).toEqual(['Trappan']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.changes).toEqual([
      { field: 'title', before: 'Utbildning för chefer', after: 'Utbildning för alla chefer' },
    ]);
  });

  it('ignores the order of list values and treats missing as null', () => {
    const diff = diffItems(
      [item('a', 'X', { targetGroups: ['victims', 'relatives'], budgetSek: null })],
      [item('a', 'X', { targetGroups: ['relatives', 'victims'] })],
    );
    expect(diff).toMatchObject({ changed: [], unchanged: 1 });
  });
});
