import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { RequestContext } from '../common/request-context.js';

/**
 * Every request runs in one transaction: a write and its audit record commit together or
 * not at all. Its first statement hands PostgreSQL the tenant and user, transaction-local
 * (`set_config(…, true)`), so a pooled connection can never carry them to the next request.
 * Without a tenant, RLS lets no tenant-owned row through.
 */
const NO_TRANSACTION = 'samla:no-transaction';

/** For the one route that must answer when the database cannot: the health check. */
export const WithoutTransaction = () => SetMetadata(NO_TRANSACTION, true);

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService<RequestContext>,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.reflector.get<boolean>(NO_TRANSACTION, context.getHandler())) return next.handle();
    const tenantId = this.cls.get('tenant')?.id ?? '';
    const userId = this.cls.get('principal')?.userId ?? '';
    // Only a region route sets a län, and a region route sets no tenant (AccessGuard).
    const regionCode = this.cls.get('region')?.code ?? '';
    return from(
      this.txHost.withTransaction(async () => {
        await this.txHost.tx.query(
          `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true), set_config('app.region_code', $3, true)`,
          [tenantId, userId, regionCode],
        );
        return lastValueFrom(next.handle(), { defaultValue: undefined });
      }),
    );
  }
}
