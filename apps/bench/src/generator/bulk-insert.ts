import type pg from 'pg';

/** A column and the PostgreSQL type its values are sent as. */
export type Column = readonly [name: string, type: string];

/**
 * Inserts many rows in one statement: each column travels as one array parameter and
 * `unnest` turns the arrays back into rows. The parameter count stays at one per column,
 * however many rows. Array-typed columns (text[]) cannot ride in a two-dimensional array
 * (unnest would flatten it), so each value goes as its array literal and is cast back.
 */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
): Promise<number> {
  if (!rows.length) return 0;
  const names = columns.map(([name]) => name);
  const params = columns.map((_, index) =>
    rows.map((row) => {
      const value = row[index];
      return Array.isArray(value) ? arrayLiteral(value as string[]) : (value ?? null);
    }),
  );
  const unnestArgs = columns.map(([, type], i) =>
    type.endsWith('[]') ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`,
  );
  const selected = columns.map(([name, type]) => (type.endsWith('[]') ? `${name}::${type}` : name));
  await client.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${selected.join(', ')} FROM unnest(${unnestArgs.join(', ')}) AS t(${names.join(', ')})`,
    params,
  );
  return rows.length;
}

/** A PostgreSQL array literal: every element quoted, quotes and backslashes escaped. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
