import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ActivityStatus } from '@samla/domain';
import { Injectable } from '@nestjs/common';
import { updateVersioned } from '../database/versioned-update.js';
import { ActionPlanEntity } from './action-plan.entity.js';

export type NewActionPlan = Omit<ActionPlanEntity, 'version' | 'createdAt' | 'updatedAt'>;
export type ActionPlanChanges = Partial<
  Pick<
    ActionPlanEntity,
    | 'title'
    | 'kind'
    | 'description'
    | 'periodFrom'
    | 'periodTo'
    | 'ownerUnitId'
    | 'status'
    | 'adoptedBy'
    | 'adoptedOn'
    | 'adoptedParagraph'
  >
>;

@Injectable()
export class ActionPlansRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ActionPlanEntity);
  }

  list(tenantId: string): Promise<ActionPlanEntity[]> {
    return this.repo.find({ where: { tenantId }, order: { periodFrom: 'DESC', title: 'ASC' } });
  }

  find(tenantId: string, id: string): Promise<ActionPlanEntity | null> {
    return this.repo.findOneBy({ tenantId, id });
  }

  /** Locks the plan: edits of the plan and of its goals and activities queue behind it. */
  findForUpdate(tenantId: string, id: string): Promise<ActionPlanEntity | null> {
    return this.repo.findOne({ where: { tenantId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(plan: NewActionPlan): Promise<ActionPlanEntity> {
    await this.repo.insert(plan);
    return this.repo.findOneByOrFail({ tenantId: plan.tenantId, id: plan.id });
  }

  /** Writes only if the plan is still at `expectedVersion`; null when it is not. */
  async updateIfVersion(
    tenantId: string,
    id: string,
    expectedVersion: number,
    changes: ActionPlanChanges,
  ) {
    const written = await updateVersioned(
      this.repo,
      { tenant_id: tenantId, id },
      expectedVersion,
      changes,
    );
    return written ? this.find(tenantId, id) : null;
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.repo.delete({ tenantId, id });
  }

  /** Highest revision number in the family a plan belongs to. */
  async latestRevision(tenantId: string, rootId: string): Promise<number> {
    const [row] = await this.txHost.tx.query(
      `WITH RECURSIVE family AS (
         SELECT id, revision FROM action_plans WHERE tenant_id = $1 AND id = $2
         UNION
         SELECT p.id, p.revision FROM action_plans p JOIN family f ON p.revision_of_id = f.id WHERE p.tenant_id = $1
       ) SELECT max(revision)::int AS revision FROM family`,
      [tenantId, rootId],
    );
    return (row as { revision: number } | undefined)?.revision ?? 1;
  }

  /** Per plan: how many activities and their weighted progress inputs, for lists. */
  async activityStats(
    tenantId: string,
  ): Promise<Array<{ planId: string; status: ActivityStatus; progress: number; weight: number }>> {
    const rows: Array<{
      plan_id: string;
      status: ActivityStatus;
      progress: number;
      weight: number;
    }> = await this.txHost.tx.query(
      `SELECT plan_id, status, progress, weight FROM activities WHERE tenant_id = $1`,
      [tenantId],
    );
    return rows.map((r) => ({
      planId: r.plan_id,
      status: r.status,
      progress: r.progress,
      weight: r.weight,
    }));
  }
}
