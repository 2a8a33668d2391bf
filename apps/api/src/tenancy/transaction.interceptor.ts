import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { RequestContext } from '../common/request-context.js';

/**
 * Every request runs in one transaction: a write and its audit record commit together or
 * not at all. Its first statement hands PostgreSQL the tenant and user, transaction-local
 * (`set_config(…, true)`), so a pooled connection can never carry them to the next request.
 * Without a tenant, RLS lets no tenant-owned row through.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenantId = this.cls.get('tenant')?.id ?? '';
    const userId = this.cls.get('principal')?.userId ?? '';
    return from(
      this.txHost.withTransaction(async () => {
        await this.txHost.tx.query(
          `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
          [tenantId, userId],
        );
        return lastValueFrom(next.handle(), { defaultValue: undefined });
      }),
    );
  }
}
