import {
  idParameters,
  operations,
  tableForSegment,
  type OpenApiDocument,
  type Operation,
} from './openapi-walk.js';
import type { TestApp } from './test-app.js';

/** Every route under `/tenants/{code}` in the OpenAPI document. */
export const tenantRoutes = (doc: OpenApiDocument): Operation[] =>
  operations(doc).filter((op) => op.path.startsWith('/api/v1/tenants/{code}'));

/**
 * The path of `op` under kommun `code`, with ids of `owner`'s rows filled in: for each id
 * parameter, a row of the table named after the route segment before it (the demo has one of
 * every tenant-owned table for each seed kommun). Throws, naming the route, when there is none.
 */
export async function pathWithIdsOf(
  t: TestApp,
  op: Operation,
  owner: { id: string; code: string },
  code: string,
): Promise<string> {
  let path = op.path.replace('{code}', code);
  for (const { name, segment } of idParameters(op.path)) {
    const table = tableForSegment(segment);
    const rows = await t
      .sql<{ id: string }>(`SELECT id::text FROM ${table} WHERE tenant_id = $1 LIMIT 1`, [owner.id])
      .catch(() => {
        throw new Error(
          `${op.operationId}: no table "${table}" for path segment "${segment}". Name tenant tables after their route segment.`,
        );
      });
    if (!rows[0])
      throw new Error(
        `${op.operationId}: the demo has no ${table} row for ${owner.code}; add one so this route is covered.`,
      );
    path = path.replace(`{${name}}`, rows[0].id);
  }
  return path;
}
