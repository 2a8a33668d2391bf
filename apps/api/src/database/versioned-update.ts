import type { ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/**
 * Optimistic concurrency (ADR 0004) in one statement: write the changes and bump `version`
 * only while the row is still at `expectedVersion` (any version when null, for rows the
 * caller has locked). Returns whether a row was written.
 */
export async function updateVersioned<E extends ObjectLiteral>(
  repo: Repository<E>,
  key: Record<string, string>,
  expectedVersion: number | null,
  changes: QueryDeepPartialEntity<E>,
): Promise<boolean> {
  const conditions = Object.keys(key).map((column) => `${column} = :${column}`);
  if (expectedVersion !== null) conditions.push('version = :expectedVersion');
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({
      ...changes,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    } as QueryDeepPartialEntity<E>)
    .where(conditions.join(' AND '), { ...key, expectedVersion })
    .execute();
  return Boolean(result.affected);
}
