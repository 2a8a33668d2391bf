import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { ProgressUpdateEntity } from './progress-update.entity.js';

export interface ProgressUpdateRow extends ProgressUpdateEntity {
  authorName: string | null;
}

@Injectable()
export class ProgressUpdatesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insertMany(updates: Array<Omit<ProgressUpdateEntity, 'createdAt'>>): Promise<void> {
    for (let i = 0; i < updates.length; i += 1000)
      await this.txHost.tx.getRepository(ProgressUpdateEntity).insert(updates.slice(i, i + 1000));
  }

  /** The history of an activity, newest first. */
  async listByActivity(tenantId: string, activityId: string): Promise<ProgressUpdateRow[]> {
    const { entities, raw } = await this.txHost.tx
      .getRepository(ProgressUpdateEntity)
      .createQueryBuilder('p')
      .leftJoin('users', 'u', 'u.id = p.author_user_id')
      .addSelect('u.display_name', 'author_name')
      .where('p.tenant_id = :tenantId AND p.activity_id = :activityId', { tenantId, activityId })
      .orderBy('p.date', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .getRawAndEntities<{ author_name: string | null }>();
    return entities.map((e, i) => Object.assign(e, { authorName: raw[i]?.author_name ?? null }));
  }
}
