/**
 * The path of the first place two JSON values differ ("$.activities[3].tracking.state"),
 * or null when they are equal. The benchmark uses it to prove the limit answers with the
 * API's JSON before it compares their speed.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}.length`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of [...keys].sort()) {
    if (!(key in left) || !(key in right)) return `${path}.${key}`;
    const d = firstDifference(left[key], right[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
}
