import { TransactionHost } from '@nestjs-cls/transactional';
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
