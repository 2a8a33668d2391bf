import { Injectable } from '@nestjs/common';
import { fieldIssue, type CreateGoalInput, type Goal, type UpdateGoalInput } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { ActionPlansService } from './action-plans.service.js';
import type { GoalEntity } from './goal.entity.js';
import { GoalsRepository } from './goals.repository.js';
import { toGoal } from './plan-views.js';

/** The goal tree (mål, delmål) of a plan. Progress comes with the plan (GET action-plans/{id}). */
@Injectable()
export class GoalsService {
  constructor(
    private readonly goals: GoalsRepository,
    private readonly plans: ActionPlansService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async list(planId: string): Promise<Goal[]> {
    const plan = await this.plans.get(planId);
    return plan.goals;
  }

  async create(planId: string, input: CreateGoalInput): Promise<Goal> {
    const tenantId = this.tenantId();
    await this.plans.lockEditable(planId);
    const parentId = input.parentId ?? null;
    if (parentId) await this.requireGoal(planId, parentId, 'parentId');
    const id = randomUUID();
    await this.goals.insertMany([
      {
        tenantId,
        id,
        planId,
        parentId,
        lineageId: randomUUID(),
        title: input.title,
        description: input.description ?? null,
        position: input.position ?? (await this.goals.nextPosition(tenantId, planId, parentId)),
      },
    ]);
    const created = toGoal((await this.goals.find(tenantId, planId, id)) as GoalEntity, null);
    await this.audit.record({
      action: 'goal.created',
      entityType: 'goal',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(planId: string, id: string, input: UpdateGoalInput): Promise<Goal> {
    const tenantId = this.tenantId();
    await this.plans.lockEditable(planId);
    const current = await this.goals.findForUpdate(tenantId, planId, id);
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(toGoal(current, null));
    if (input.parentId) {
      await this.requireGoal(planId, input.parentId, 'parentId');
      const all = await this.goals.listByPlan(tenantId, planId);
      const parentOf = new Map(all.map((g) => [g.id, g.parentId]));
      for (
        let cursor: string | null | undefined = input.parentId;
        cursor;
        cursor = parentOf.get(cursor)
      )
        if (cursor === id)
          throw new ValidationFailedError([
            fieldIssue('parentId', 'invalid', this.cls.get('language') ?? 'sv'),
          ]);
    }
    const { version, ...changes } = input;
    const updated = await this.goals.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(toGoal(current, null));
    const after = toGoal(updated, null);
    await this.audit.record({
      action: 'goal.updated',
      entityType: 'goal',
      entityId: id,
      before: toGoal(current, null),
      after,
    });
    return after;
  }

  /** Deletes a goal without sub-goals; its activities stay in the plan, without a goal. */
  async remove(planId: string, id: string): Promise<void> {
    const tenantId = this.tenantId();
    await this.plans.lockEditable(planId);
    const current = await this.goals.findForUpdate(tenantId, planId, id);
    if (!current) throw AppError.notFound();
    const all = await this.goals.listByPlan(tenantId, planId);
    if (all.some((g) => g.parentId === id)) throw new AppError(409, 'goal_has_children');
    await this.goals.delete(tenantId, id);
    await this.audit.record({
      action: 'goal.deleted',
      entityType: 'goal',
      entityId: id,
      before: toGoal(current, null),
    });
  }

  /** A goal referenced by another (parent, an activity's goal) must be in the same plan. */
  async requireGoal(planId: string, goalId: string, field: string): Promise<void> {
    if (await this.goals.find(this.tenantId(), planId, goalId)) return;
    throw new ValidationFailedError([
      fieldIssue(field, 'unknown_reference', this.cls.get('language') ?? 'sv'),
    ]);
  }
}
