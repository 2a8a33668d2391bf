import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { RequestContext, TenantScope } from '../../common/request-context.js';
import { requireTenant } from '../../tenancy/require-tenant.js';
import { ImportsRepository } from './imports.repository.js';
import { actingUser } from '../../common/acting-user.js';

/**
 * Transactions that act for a kommun the way a request's does (TransactionInterceptor): the
 * first statement hands PostgreSQL the tenant and user, transaction-local, so row-level
 * security applies. For what runs outside the request's own transaction: an upload (read
 * before a connection is taken), the background import, its progress, start-up.
 */
@Injectable()
export class TenantTransactions {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService<RequestContext>,
    private readonly imports: ImportsRepository,
  ) {}

  /** One transaction for the kommun and user of the current context. */
  run<T>(work: () => Promise<T>, propagation: Propagation = Propagation.Required): Promise<T> {
    const tenant = requireTenant(this.cls);
    const userId = this.cls.get('principal')?.userId ?? null;
    return this.txHost.withTransaction(propagation, async () => {
      await this.imports.actAs(tenant.id, userId);
      return work();
    });
  }

  /** A short transaction of its own, committed at once, whatever transaction is around it. */
  separately<T>(work: () => Promise<T>): Promise<T> {
    return this.run(work, Propagation.RequiresNew);
  }

  /**
   * Work after (or without) a request, in a context of its own: Swedish, the kommun given,
   * and the user it is done for, so the audit log names them. Like runInSystemContext, with
   * a tenant.
   */
  detached<T>(
    scope: { tenant: TenantScope; userId: string | null },
    work: () => Promise<T>,
  ): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set('language', 'sv');
      this.cls.set('tenant', scope.tenant);
      if (scope.userId) this.cls.set('principal', actingUser(scope.userId));
      return work();
    });
  }

  /** Work in no kommun at all (start-up), in one transaction. */
  system<T>(work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set('language', 'sv');
      return this.txHost.withTransaction(work);
    });
  }
}
