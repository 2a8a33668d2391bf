import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { updateVersioned } from '../database/versioned-update.js';
import { GoalEntity } from './goal.entity.js';

export type NewGoal = Omit<GoalEntity, 'version' | 'createdAt' | 'updatedAt'>;
export type GoalChanges = Partial<
  Pick<GoalEntity, 'title' | 'description' | 'parentId' | 'position'>
>;

@Injectable()
export class GoalsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(GoalEntity);
  }

  listByPlan(tenantId: string, planId: string): Promise<GoalEntity[]> {
    return this.repo.find({
      where: { tenantId, planId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  find(tenantId: string, planId: string, id: string): Promise<GoalEntity | null> {
    return this.repo.findOneBy({ tenantId, planId, id });
  }

  findForUpdate(tenantId: string, planId: string, id: string): Promise<GoalEntity | null> {
    return this.repo.findOne({
      where: { tenantId, planId, id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insertMany(goals: NewGoal[]): Promise<void> {
    if (goals.length) await this.repo.insert(goals);
  }

  async nextPosition(tenantId: string, planId: string, parentId: string | null): Promise<number> {
    const qb = this.repo
      .createQueryBuilder('g')
      .select('COALESCE(max(g.position) + 1, 0)', 'next')
      .where('g.tenant_id = :tenantId AND g.plan_id = :planId', { tenantId, planId });
    if (parentId) qb.andWhere('g.parent_id = :parentId', { parentId });
    else qb.andWhere('g.parent_id IS NULL');
    const row = await qb.getRawOne<{ next: number }>();
    return Number(row?.next ?? 0);
  }

  async updateIfVersion(
    tenantId: string,
    id: string,
    expectedVersion: number,
    changes: GoalChanges,
  ) {
    const written = await updateVersioned(
      this.repo,
      { tenant_id: tenantId, id },
      expectedVersion,
      changes,
    );
    return written ? this.repo.findOneBy({ tenantId, id }) : null;
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.repo.delete({ tenantId, id });
  }
}
