import type { ActionPlanSummary } from '@samla/domain';

/** The first plan of a line of revisions (revision 1), found by following revisionOfId. */
export function familyRoot(plan: ActionPlanSummary, byId: Map<string, ActionPlanSummary>): string {
  let current = plan;
  const seen = new Set<string>();
  while (current.revisionOfId && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.revisionOfId);
    if (!parent) return current.revisionOfId;
    current = parent;
  }
  return current.id;
}

/**
 * Plans grouped by family (a plan and its revisions), newest revision first; families in
 * the order of their newest revision's period, then title.
 */
export function planFamilies(plans: readonly ActionPlanSummary[]): ActionPlanSummary[][] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const families = new Map<string, ActionPlanSummary[]>();
  for (const plan of plans) {
    const root = familyRoot(plan, byId);
    families.set(root, [...(families.get(root) ?? []), plan]);
  }
  const collator = new Intl.Collator('sv');
  return [...families.values()]
    .map((family) => [...family].sort((a, b) => b.revision - a.revision))
    .sort(
      (a, b) =>
        (b[0]?.periodTo ?? 0) - (a[0]?.periodTo ?? 0) ||
        collator.compare(a[0]?.title ?? '', b[0]?.title ?? ''),
    );
}

/** The other revisions of a plan's family: what it can be compared with. */
export function revisionsOf(
  planId: string,
  plans: readonly ActionPlanSummary[],
): ActionPlanSummary[] {
  const family = planFamilies(plans).find((f) => f.some((p) => p.id === planId)) ?? [];
  return family.filter((p) => p.id !== planId);
}
