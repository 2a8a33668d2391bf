import type { EntityManager } from 'typeorm';

/**
 * Makes the rest of a transaction act for one kommun (and user), transaction-local: what
 * row-level security and the audit triggers read. For work outside a request's own
 * transaction (background jobs, start-up); a request's transaction declares this when it
 * opens (ActingTransactionAdapter).
 */
export async function declareActor(
  tx: EntityManager,
  tenantId: string,
  userId: string | null = null,
): Promise<void> {
  await tx.query(
    `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
    [tenantId, userId ?? ''],
  );
}
