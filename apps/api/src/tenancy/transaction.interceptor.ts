import { TransactionHost } from '@nestjs-cls/transactional';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { RequestContext } from '../common/request-context.js';
import type { ActingTransactionAdapter } from '../database/acting-transaction-adapter.js';

/**
 * Every request runs in one transaction: a write and its audit record commit together or
 * not at all. Its opening round trip hands PostgreSQL the tenant and user, transaction-local
 * (`set_config(…, true)`), so a pooled connection can never carry them to the next request.
 * Without a tenant, RLS lets no tenant-owned row through.
 */
const NO_TRANSACTION = 'samla:no-transaction';

/** For the one route that must answer when the database cannot: the health check. */
export const WithoutTransaction = () => SetMetadata(NO_TRANSACTION, true);

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly txHost: TransactionHost<ActingTransactionAdapter>,
    private readonly cls: ClsService<RequestContext>,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.reflector.get<boolean>(NO_TRANSACTION, context.getHandler())) return next.handle();
    const tenantId = this.cls.get('tenant')?.id ?? '';
    const userId = this.cls.get('principal')?.userId ?? '';
    // Only a region route sets a län, and a region route sets no tenant (AccessGuard).
    const regionCode = this.cls.get('region')?.code ?? '';
    const pipelined = context.switchToHttp().getRequest<Request>().method === 'GET';
    return from(
      // BEGIN and the declarations travel as one round trip (ActingTransactionAdapter);
      // for a read, together with its first query.
      this.txHost.withTransaction({ actAs: { tenantId, userId, regionCode }, pipelined }, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
