/**
 * What changed between two revisions of a plan. Goals and activities copied into a new
 * revision keep the `lineageId` of what they were copied from, so an item is matched
 * across revisions even when it was renamed or moved.
 */
export interface ComparableItem {
  lineageId: string;
  title: string;
  fields: Record<string, unknown>;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemDiff<T extends ComparableItem> {
  added: T[];
  removed: T[];
  changed: Array<{ before: T; after: T; changes: FieldChange[] }>;
  unchanged: number;
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
const normalise = (v: unknown): unknown =>
  Array.isArray(v) ? [...v].map(normalise).sort() : v === undefined ? null : v;

export function diffItems<T extends ComparableItem>(
  before: readonly T[],
  after: readonly T[],
): ItemDiff<T> {
  const previous = new Map(before.map((item) => [item.lineageId, item]));
  const next = new Map(after.map((item) => [item.lineageId, item]));
  const result: ItemDiff<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of after) {
    const old = previous.get(item.lineageId);
    if (!old) {
      result.added.push(item);
      continue;
    }
    const fields = new Set([...Object.keys(old.fields), ...Object.keys(item.fields), 'title']);
    const changes: FieldChange[] = [];
    for (const field of fields) {
      const a = field === 'title' ? old.title : old.fields[field];
      const b = field === 'title' ? item.title : item.fields[field];
      if (!same(a, b)) changes.push({ field, before: a ?? null, after: b ?? null });
    }
    if (changes.length) result.changed.push({ before: old, after: item, changes });
    else result.unchanged++;
  }
  for (const item of before) if (!next.has(item.lineageId)) result.removed.push(item);
  return result;
}
