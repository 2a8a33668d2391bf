import { describe, expect, it } from '@jest/globals';
import { goalNumbers, orderGoalTree } from './goal-tree.js';

const goals = [
  { id: 'b', parentId: null, position: 1 },
  { id: 'a1', parentId: 'a', position: 0 },
  { id: 'a', parentId: null, position: 0 },
  { id: 'b1', parentId: 'b', position: 0 },
  { id: 'a2', parentId: 'a', position: 1 },
];

describe('goal tree', () => {
  it('orders goals depth-first, siblings by position', () => {
    expect(orderGoalTree(goals).map((g) => g.id)).toEqual(['a', 'a1', 'a2', 'b', 'b1']);
  });

  it('numbers goals as a plan document does', () => {
    expect(Object.fromEntries(goalNumbers(goals))).toEqual({
      a: '1',
      a1: '1.1',
      a2: '1.2',
      b: '2',
      b1: '2.1',
    });
  });

  it('keeps a goal whose parent is missing', () => {
    expect(orderGoalTree([{ id: 'x', parentId: 'gone', position: 0 }]).map((g) => g.id)).toEqual([
      'x',
    ]);
  });
});
