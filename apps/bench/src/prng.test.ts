import { describe, expect, it } from '@jest/globals';
import { Prng, seedFor } from './prng.js';

describe('Prng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('stays within the asked range and reaches both ends', () => {
    const prng = new Prng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = prng.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('makes uuids PostgreSQL accepts, reproducibly and without repeats', () => {
    const ids = Array.from(
      { length: 1000 },
      (
        (p) => () =>
          p.uuid()
      )(new Prng(1)),
    );
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1000);
    expect(new Prng(1).uuid()).toBe(ids[0]);
  });

  it('picks distinct subsets of the asked size, in list order', () => {
    const prng = new Prng(3);
    const items = ['a', 'b', 'c', 'd', 'e'];
    for (let i = 0; i < 100; i++) {
      const chosen = prng.subset(items, 1, 3);
      expect(chosen.length).toBeGreaterThanOrEqual(1);
      expect(chosen.length).toBeLessThanOrEqual(3);
      expect(new Set(chosen).size).toBe(chosen.length);
      expect([...chosen].sort()).toEqual(chosen);
    }
  });

  it('derives different seeds per kommun from one run seed', () => {
    expect(seedFor(1, '0180')).toBe(seedFor(1, '0180'));
    expect(seedFor(1, '0180')).not.toBe(seedFor(1, '1287'));
    expect(seedFor(1, '0180')).not.toBe(seedFor(2, '0180'));
  });
});
