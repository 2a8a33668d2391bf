import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { RequestContext } from '../common/request-context.js';

/**
 * Runs work outside any HTTP request (start-up, the demo, the CLI) the way a request
 * runs: with a request context (Swedish, no user) and in one transaction.
 */
export function runInSystemContext<T>(
  app: INestApplicationContext,
  work: (cls: ClsService<RequestContext>) => Promise<T>,
): Promise<T> {
  const cls = app.get<ClsService<RequestContext>>(ClsService);
  const txHost = app.get(TransactionHost);
  return cls.run(async () => {
    cls.set('language', 'sv');
    return txHost.withTransaction(() => work(cls));
  });
}

/**
 * Makes the rest of the system transaction act inside one kommun: in the request context
 * (for the services) and in PostgreSQL (for row-level security), together.
 */
export async function enterTenant(
  app: INestApplicationContext,
  cls: ClsService<RequestContext>,
  tenant: { id: string; code: string },
): Promise<void> {
  cls.set('tenant', { id: tenant.id, code: tenant.code, role: 'tenant_admin' });
  await app
    .get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost)
    .tx.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant.id]);
}
