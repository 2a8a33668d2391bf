import { describe, expect, it } from '@jest/globals';
import { buildOrgUnitTree, wouldCreateCycle, type OrgUnit } from './org-unit.js';

const unit = (id: string, name: string, parentId: string | null = null): OrgUnit => ({
  id,
  name,
  parentId,
  shortName: null,
  kind: 'committee',
  version: 1,
  createdAt: '',
  updatedAt: '',
});

describe('org-unit tree', () => {
  const units = [
    unit('kf', 'Kommunfullmäktige'),
    unit('ks', 'Kommunstyrelsen', 'kf'),
    unit('sn', 'Socialnämnden', 'kf'),
    unit('ksau', 'Kommunstyrelsens arbetsutskott', 'ks'),
    unit('af', 'Arbetsmarknadsförvaltningen', 'kf'),
  ];

  it('nests children under parents, sorted with Swedish collation', () => {
    const [root] = buildOrgUnitTree(units);
    expect(root?.id).toBe('kf');
    expect(root?.children.map((c) => c.id)).toEqual(['af', 'ks', 'sn']);
    expect(root?.children[1]?.children.map((c) => c.id)).toEqual(['ksau']);
  });

  it('sorts Å, Ä, Ö after Z as Swedish readers expect', () => {
    const roots = buildOrgUnitTree([
      unit('a', 'Äldreomsorgen'),
      unit('b', 'Zeta'),
      unit('c', 'Alingsåshem'),
    ]);
    expect(roots.map((r) => r.name)).toEqual(['Alingsåshem', 'Zeta', 'Äldreomsorgen']);
  });

  it('detects a move that would make a unit its own ancestor', () => {
    expect(wouldCreateCycle(units, 'ks', 'ksau')).toBe(true);
    expect(wouldCreateCycle(units, 'ks', 'ks')).toBe(true);
    expect(wouldCreateCycle(units, 'ksau', 'sn')).toBe(false);
    expect(wouldCreateCycle(units, 'ks', null)).toBe(false);
  });
});
