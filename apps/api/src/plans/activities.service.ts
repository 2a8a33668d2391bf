import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  isoDateIn,
  type Activity,
  type ActivityPage,
  type ActivityQuery,
  type CreateActivityInput,
  type UpdateActivityInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { OrgUnitsService } from '../organisation/org-units.service.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { ActionPlansService } from './action-plans.service.js';
import { ActivitiesRepository } from './activities.repository.js';
import type { ActivityEntity } from './activity.entity.js';
import { GoalsService } from './goals.service.js';
import { toActivity } from './plan-views.js';

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly plans: ActionPlansService,
    private readonly goals: GoalsService,
    private readonly orgUnits: OrgUnitsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  /** Entities → API views, with participants, latest update and tracking, in two queries. */
  async views(entities: ActivityEntity[]): Promise<Activity[]> {
    const tenantId = this.tenantId();
    const ids = entities.map((a) => a.id);
    const [participants, latest] = await Promise.all([
      this.activities.participantsOf(tenantId, ids),
      this.activities.latestUpdates(tenantId, ids),
    ]);
    const today = isoDateIn(new Date());
    return entities.map((a) =>
      toActivity(a, {
        participants: participants.get(a.id) ?? [],
        latest: latest.get(a.id),
        today,
      }),
    );
  }

  async search(query: ActivityQuery): Promise<ActivityPage> {
    const { items, total } = await this.activities.search(this.tenantId(), query);
    const today = isoDateIn(new Date());
    return {
      items: items.map((d) => toActivity(d.activity, { ...d, today })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string): Promise<Activity> {
    const activity = await this.activities.find(this.tenantId(), id);
    if (!activity) throw AppError.notFound();
    const [view] = await this.views([activity]);
    return view as Activity;
  }

  /** The activity, or 404; for other services (progress updates) that need the entity. */
  async entity(id: string, forUpdate = false): Promise<ActivityEntity> {
    const tenantId = this.tenantId();
    const activity = forUpdate
      ? await this.activities.findForUpdate(tenantId, id)
      : await this.activities.find(tenantId, id);
    if (!activity) throw AppError.notFound();
    return activity;
  }

  async create(input: CreateActivityInput): Promise<Activity> {
    const tenantId = this.tenantId();
    const plan = await this.plans.lockEditable(input.planId).catch((error: unknown) => {
      // An unknown plan in the body is a field error, not a missing route.
      if (error instanceof AppError && error.status === 404)
        throw new ValidationFailedError([
          fieldIssue('planId', 'unknown_reference', this.cls.get('language') ?? 'sv'),
        ]);
      throw error;
    });
    await this.checkReferences(plan.id, input);
    const id = randomUUID();
    const { planId: _planId, participatingUnitIds, ...fields } = input;
    await this.activities.insertMany(
      [
        {
          tenantId,
          id,
          planId: plan.id,
          lineageId: randomUUID(),
          title: fields.title,
          description: fields.description ?? null,
          goalId: fields.goalId ?? null,
          responsibleUnitId: fields.responsibleUnitId ?? null,
          level: fields.level,
          tier: fields.tier,
          targetGroups: fields.targetGroups ?? [],
          violenceTypes: fields.violenceTypes ?? [],
          methodId: fields.methodId ?? null,
          methodText: fields.methodText ?? null,
          startDate: fields.startDate ?? null,
          endDate: fields.endDate ?? null,
          budgetSek: fields.budgetSek ?? null,
          fundingSource: fields.fundingSource ?? 'none_identified',
          status: fields.status ?? 'not_started',
          progress: fields.progress ?? 0,
          weight: fields.weight ?? 1,
        },
      ],
      new Map([[id, participatingUnitIds ?? []]]),
    );
    const created = await this.get(id);
    await this.audit.record({
      action: 'activity.created',
      entityType: 'activity',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(id: string, input: UpdateActivityInput): Promise<Activity> {
    const tenantId = this.tenantId();
    const current = await this.entity(id);
    await this.plans.lockEditable(current.planId);
    const locked = await this.entity(id, true);
    const before = await this.get(id);
    if (locked.version !== input.version) throw AppError.stale(before);
    await this.checkReferences(locked.planId, input);
    const startDate = input.startDate === undefined ? locked.startDate : input.startDate;
    const endDate = input.endDate === undefined ? locked.endDate : input.endDate;
    if (startDate && endDate && endDate < startDate)
      throw new ValidationFailedError([
        fieldIssue('endDate', 'date_order', this.cls.get('language') ?? 'sv'),
      ]);
    const { version, participatingUnitIds, ...changes } = input;
    const updated = await this.activities.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(before);
    if (participatingUnitIds)
      await this.activities.replaceParticipants(tenantId, id, participatingUnitIds);
    const after = await this.get(id);
    await this.audit.record({
      action: 'activity.updated',
      entityType: 'activity',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  async remove(id: string): Promise<void> {
    const current = await this.entity(id);
    await this.plans.lockEditable(current.planId);
    const before = await this.get(id);
    await this.activities.delete(this.tenantId(), id);
    await this.audit.record({
      action: 'activity.deleted',
      entityType: 'activity',
      entityId: id,
      before,
    });
  }

  /** Every id the input names must exist where it should: goal in the plan, units in the kommun, method in the catalogue. */
  private async checkReferences(
    planId: string,
    input: Partial<
      Pick<
        CreateActivityInput,
        'goalId' | 'responsibleUnitId' | 'participatingUnitIds' | 'methodId'
      >
    >,
  ): Promise<void> {
    if (input.goalId) await this.goals.requireGoal(planId, input.goalId, 'goalId');
    await this.orgUnits.assertExist({
      responsibleUnitId: input.responsibleUnitId,
      participatingUnitIds: input.participatingUnitIds,
    });
    if (
      input.methodId &&
      !(await this.activities.existingMethods([input.methodId])).has(input.methodId)
    )
      throw new ValidationFailedError([
        fieldIssue('methodId', 'unknown_reference', this.cls.get('language') ?? 'sv'),
      ]);
  }
}
