import { z } from 'zod';
import { freeText, optionalFreeText, versionField } from '../validation/fields.js';

/** The kinds of unit a kommun's organisation is built from (nämnd, förvaltning, bolag …). */
export const ORG_UNIT_KINDS = [
  'municipal_council', // kommunfullmäktige
  'executive_board', // kommunstyrelse
  'committee', // nämnd
  'working_committee', // utskott, e.g. KSAU, SNAU
  'administration', // förvaltning
  'company', // kommunalt bolag, e.g. Alingsåshem
  'unit', // enhet, e.g. familjevårdsgruppen
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const createOrgUnitSchema = z.strictObject({
  name: freeText(200),
  shortName: optionalFreeText(20),
  kind: z.enum(ORG_UNIT_KINDS),
  parentId: z.uuid().nullable().optional(),
});
export type CreateOrgUnitInput = z.infer<typeof createOrgUnitSchema>;

/** A partial update; `version` is the one the edit was based on (stale → 409). */
export const updateOrgUnitSchema = z.strictObject({
  version: versionField,
  name: freeText(200).optional(),
  shortName: optionalFreeText(20),
  kind: z.enum(ORG_UNIT_KINDS).optional(),
  parentId: z.uuid().nullable().optional(),
});
export type UpdateOrgUnitInput = z.infer<typeof updateOrgUnitSchema>;

export const orgUnitSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORG_UNIT_KINDS),
  parentId: z.uuid().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

/** True when moving `unitId` under `newParentId` would make it its own ancestor. */
export function wouldCreateCycle(
  units: ReadonlyArray<Pick<OrgUnit, 'id' | 'parentId'>>,
  unitId: string,
  newParentId: string | null,
): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let cursor: string | null | undefined = newParentId;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === unitId) return true;
    if (seen.has(cursor)) return true;
    seen.add(cursor);
    cursor = parentOf.get(cursor);
  }
  return false;
}

export interface OrgUnitNode extends OrgUnit {
  children: OrgUnitNode[];
}

/** Builds the tree from a flat list, children ordered by name (Swedish collation). */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const nodes = new Map<string, OrgUnitNode>(units.map((u) => [u.id, { ...u, children: [] }]));
  const roots: OrgUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const collator = new Intl.Collator('sv');
  const sort = (list: OrgUnitNode[]) => {
    list.sort((a, b) => collator.compare(a.name, b.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
