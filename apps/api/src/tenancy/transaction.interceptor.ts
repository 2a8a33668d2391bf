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
 * Every request runs acting for its tenant and user, declared to PostgreSQL transaction-local
 * (`set_config(…, true)`), so a pooled connection can never carry them to the next request.
 * Without a tenant, RLS lets no tenant-owned row through.
 *
 * A write runs in one explicit transaction: it and its audit record commit together or not
 * at all; its opening round trip declares tenant and user. A read (GET, HEAD) has no BEGIN
 * and no COMMIT: each of its statements runs in an implicit transaction of its own that
 * declares them, read-only, in the statement's own round trip (docs/adr/0009).
 */
const NO_TRANSACTION = 'samla:no-transaction';
const EXPLICIT_TRANSACTION = 'samla:explicit-transaction';

const READS = new Set(['GET', 'HEAD']);

/** For the one route that must answer when the database cannot: the health check. */
export const WithoutTransaction = () => SetMetadata(NO_TRANSACTION, true);

/**
 * For a read (GET) that must run in one explicit transaction, as a write does: one that
 * writes (the calendar feed records when it was last fetched) or that declares whom it acts
 * for itself, part-way through (the public page, the calendar feed). Without it such a
 * read fails: a write as read-only (SQLSTATE 25006), a declaration as refused (ActingQuery).
 */
export const WithExplicitTransaction = () => SetMetadata(EXPLICIT_TRANSACTION, true);

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly txHost: TransactionHost<ActingTransactionAdapter>,
    private readonly cls: ClsService<RequestContext>,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const handler = context.getHandler();
    if (this.reflector.get<boolean>(NO_TRANSACTION, handler)) return next.handle();
    const tenantId = this.cls.get('tenant')?.id ?? '';
    const userId = this.cls.get('principal')?.userId ?? '';
    // Only a region route sets a län, and a region route sets no tenant (AccessGuard).
    const regionCode = this.cls.get('region')?.code ?? '';
    const implicitRead =
      READS.has(context.switchToHttp().getRequest<Request>().method) &&
      !this.reflector.get<boolean>(EXPLICIT_TRANSACTION, handler);
    return from(
      this.txHost.withTransaction({ actAs: { tenantId, userId, regionCode }, implicitRead }, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
