import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityTarget, FindOptionsOrder, FindOptionsWhere, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { updateVersioned } from '../database/versioned-update.js';

interface Row {
  tenantId: string;
  id: string;
}

/**
 * What every repository of a versioned tenant table does the same way: find, lock, insert,
 * write only at the expected version (ADR 0004), delete. Subclasses add their own queries.
 */
export abstract class TenantRowsRepository<E extends Row> {
  protected constructor(
    protected readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly entity: EntityTarget<E>,
  ) {}

  protected get repo(): Repository<E> {
    return this.txHost.tx.getRepository(this.entity);
  }

  find(tenantId: string, id: string, scope: Partial<E> = {}): Promise<E | null> {
    return this.repo.findOneBy({ ...scope, tenantId, id } as FindOptionsWhere<E>);
  }

  findForUpdate(tenantId: string, id: string, scope: Partial<E> = {}): Promise<E | null> {
    return this.repo.findOne({
      where: { ...scope, tenantId, id } as FindOptionsWhere<E>,
      lock: { mode: 'pessimistic_write' },
    });
  }

  listWhere(where: Partial<E>, order: FindOptionsOrder<E>): Promise<E[]> {
    return this.repo.find({ where: where as FindOptionsWhere<E>, order });
  }

  async insert(row: QueryDeepPartialEntity<E>): Promise<void> {
    await this.repo.insert(row);
  }

  async updateIfVersion(
    tenantId: string,
    id: string,
    expectedVersion: number,
    changes: QueryDeepPartialEntity<E>,
  ): Promise<E | null> {
    const written = await updateVersioned(
      this.repo,
      { tenant_id: tenantId, id },
      expectedVersion,
      changes,
    );
    return written ? this.find(tenantId, id) : null;
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.repo.delete({ tenantId, id } as FindOptionsWhere<E>);
  }
}
