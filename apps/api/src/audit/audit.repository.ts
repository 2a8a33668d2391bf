import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { PlatformAuditEventEntity } from './platform-audit-event.entity.js';

@Injectable()
export class AuditRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  // TypeORM's deep-partial type cannot describe free-form jsonb; the columns take any object.
  async insertTenantEvent(event: AuditEventEntity): Promise<void> {
    await this.txHost.tx
      .getRepository(AuditEventEntity)
      .insert(event as QueryDeepPartialEntity<AuditEventEntity>);
  }

  async insertPlatformEvent(event: PlatformAuditEventEntity): Promise<void> {
    await this.txHost.tx
      .getRepository(PlatformAuditEventEntity)
      .insert(event as QueryDeepPartialEntity<PlatformAuditEventEntity>);
  }

  /** The current tenant's events (RLS filters by the transaction's tenant), newest first. */
  list(filter: { entityType?: string; entityId?: string; before?: Date; limit: number }) {
    const qb = this.txHost.tx
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(filter.limit);
    if (filter.entityType) qb.andWhere('e.entity_type = :t', { t: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :i', { i: filter.entityId });
    if (filter.before) qb.andWhere('e.occurred_at < :b', { b: filter.before });
    return qb.getMany();
  }
}
