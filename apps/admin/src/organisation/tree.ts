import { buildOrgUnitTree, type OrgUnit, type OrgUnitNode } from '@samla/domain';

export interface FlatNode {
  unit: OrgUnit;
  depth: number;
}

/** The tree in reading order with each unit's depth: for parent selects. */
export function flattenTree(units: readonly OrgUnit[]): FlatNode[] {
  const result: FlatNode[] = [];
  const walk = (nodes: OrgUnitNode[], depth: number) => {
    for (const node of nodes) {
      result.push({ unit: node, depth });
      walk(node.children, depth + 1);
    }
  };
  walk(buildOrgUnitTree(units), 0);
  return result;
}

/** Replaces one unit in a cached list (after an update, or with a 409's current values). */
export const replaceUnit = (units: OrgUnit[] | undefined, unit: OrgUnit): OrgUnit[] | undefined =>
  units?.map((u) => (u.id === unit.id ? unit : u));
