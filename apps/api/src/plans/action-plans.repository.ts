import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ActivityStatus } from '@samla/domain';
import { Injectable } from '@nestjs/common';
import { updateVersioned } from '../database/versioned-update.js';
import { ActionPlanEntity } from './action-plan.entity.js';
import {
  SELECT_WITH_DETAILS,
  withDetails,
  type ActivityWithDetails,
  type DetailsRow,
} from './activities.repository.js';
import type { GoalEntity } from './goal.entity.js';

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

/** A plan with everything its page shows. */
export interface WholePlan {
  plan: ActionPlanEntity;
  goals: GoalEntity[];
  activities: ActivityWithDetails[];
}

/**
 * The plan with its goals (in position order) as one row, the goals as a JSON array. Read
 * together with the plan's activities (findWhole).
 */
const PLAN_WITH_GOALS = `
  SELECT p.tenant_id AS "tenantId", p.id, p.title, p.kind, p.description,
         p.period_from AS "periodFrom", p.period_to AS "periodTo",
         p.owner_unit_id AS "ownerUnitId", p.status, p.adopted_by AS "adoptedBy",
         p.adopted_on::text AS "adoptedOn", p.adopted_paragraph AS "adoptedParagraph",
         p.revision_of_id AS "revisionOfId", p.revision, p.template_id AS "templateId",
         p.version, p.created_at AS "createdAt", p.updated_at AS "updatedAt",
         COALESCE((SELECT json_agg(json_build_object('tenantId', g.tenant_id, 'id', g.id,
                     'planId', g.plan_id, 'parentId', g.parent_id, 'lineageId', g.lineage_id,
                     'title', g.title, 'description', g.description, 'position', g.position,
                     'version', g.version, 'createdAt', g.created_at, 'updatedAt', g.updated_at)
                     ORDER BY g.position, g.created_at)
                     FROM goals g WHERE g.tenant_id = p.tenant_id AND g.plan_id = p.id),
                  '[]') AS whole_goals
    FROM action_plans p WHERE p.tenant_id = $1 AND p.id = $2`;

const ACTIVITIES_OF_PLAN = `${SELECT_WITH_DETAILS} FROM activities a
  WHERE a.tenant_id = $1 AND a.plan_id = $2 ORDER BY a.created_at, a.id`;

type JsonDates<T> = Omit<T, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

/** JSON carries timestamps as text: back to the Dates the entities hold. */
function withDates<T extends { createdAt: string; updatedAt: string }>(
  row: T,
): Omit<T, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date } {
  return { ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) };
}

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

  /**
   * The plan with its goals, and its activities with their details: two statements issued
   * together, so that on the pipelined connection (data-source-options.ts) they leave in one
   * write and cost one round trip, not three (plan, goals, activities; docs/benchmarks.md,
   * figure 1). The activities come as rows: aggregating 1,000 of them into JSON cost
   * PostgreSQL more than it saved. Null when there is no such plan.
   */
  async findWhole(tenantId: string, id: string): Promise<WholePlan | null> {
    const [plans, activities] = await Promise.all([
      this.txHost.tx.query(PLAN_WITH_GOALS, [tenantId, id]) as Promise<
        Array<ActionPlanEntity & { whole_goals: Array<JsonDates<GoalEntity>> }>
      >,
      this.txHost.tx.query(ACTIVITIES_OF_PLAN, [tenantId, id]) as Promise<DetailsRow[]>,
    ]);
    const row = plans[0];
    if (!row) return null;
    const { whole_goals: goals, ...plan } = row;
    return { plan, goals: goals.map(withDates), activities: activities.map(withDetails) };
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
