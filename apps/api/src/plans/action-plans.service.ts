import { Injectable } from '@nestjs/common';
import {
  canTransition,
  computeCoverage,
  diffItems,
  fieldIssue,
  isoDateIn,
  isPlanReadOnly,
  orderGoalTree,
  PLAN_LABELS,
  rollUp,
  rollUpPlan,
  type ActionPlanDetail,
  type ActionPlanSummary,
  type Coverage,
  type CreateActionPlanInput,
  type PlanComparison,
  type PlanTransitionInput,
  type UpdateActionPlanInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { OrgUnitsService } from '../organisation/org-units.service.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { ToolkitService } from '../toolkit/toolkit.service.js';
import { IndicatorLinksService } from '../indicators/indicator-links.service.js';
import type { ActionPlanEntity } from './action-plan.entity.js';
import { ActionPlansRepository } from './action-plans.repository.js';
import { ActivitiesRepository } from './activities.repository.js';
import { GoalsRepository } from './goals.repository.js';
import { PlanContentWriter } from './plan-content.writer.js';
import { toActivity, toGoal, toPlanSummary } from './plan-views.js';

@Injectable()
export class ActionPlansService {
  constructor(
    private readonly plans: ActionPlansRepository,
    private readonly goals: GoalsRepository,
    private readonly activities: ActivitiesRepository,
    private readonly content: PlanContentWriter,
    private readonly orgUnits: OrgUnitsService,
    private readonly toolkit: ToolkitService,
    private readonly links: IndicatorLinksService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async list(): Promise<ActionPlanSummary[]> {
    const tenantId = this.tenantId();
    const [plans, stats] = await Promise.all([
      this.plans.list(tenantId),
      this.plans.activityStats(tenantId),
    ]);
    return plans.map((plan) => {
      const own = stats.filter((s) => s.planId === plan.id);
      return toPlanSummary(plan, { progress: rollUp(own).progress, activityCount: own.length });
    });
  }

  /** The plan with its goal tree, every activity, and the roll-ups. */
  async get(id: string): Promise<ActionPlanDetail> {
    const tenantId = this.tenantId();
    // Plan, goals, and activities with their participants and latest update: one query.
    const whole = await this.plans.findWhole(tenantId, id);
    if (!whole) throw AppError.notFound();
    const { plan, goals, activities: details } = whole;
    const activities = details.map((d) => d.activity);
    const rollups = rollUpPlan(goals, activities);
    const today = isoDateIn(new Date());
    return {
      ...toPlanSummary(plan, { progress: rollups.plan.progress, activityCount: activities.length }),
      goals: orderGoalTree(goals).map((g) => toGoal(g, rollups.goals.get(g.id)?.progress ?? null)),
      activities: details.map((d) => toActivity(d.activity, { ...d, today })),
    };
  }

  /** A new plan, empty or as the kommun's own copy of a toolkit template. Starts as a draft. */
  async create(input: CreateActionPlanInput): Promise<ActionPlanDetail> {
    const tenantId = this.tenantId();
    await this.orgUnits.assertExist({ ownerUnitId: input.ownerUnitId });
    const template = input.templateId
      ? await this.toolkit.findTemplateEntity(input.templateId)
      : null;
    if (input.templateId && !template)
      throw new ValidationFailedError([
        fieldIssue('templateId', 'unknown_reference', this.cls.get('language') ?? 'sv'),
      ]);
    const plan = await this.plans.insert({
      tenantId,
      id: randomUUID(),
      title: input.title,
      kind: input.kind,
      description: input.description ?? template?.description ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      ownerUnitId: input.ownerUnitId ?? null,
      status: 'draft',
      adoptedBy: null,
      adoptedOn: null,
      adoptedParagraph: null,
      revisionOfId: null,
      revision: 1,
      templateId: template?.id ?? null,
    });
    if (template) {
      const methods = new Map((await this.toolkit.listMethods()).map((m) => [m.name, m.id]));
      await this.content.copyTemplate(tenantId, plan.id, template.goals, methods);
    }
    const created = await this.get(plan.id);
    await this.audit.record({
      action: template ? 'action_plan.created_from_template' : 'action_plan.created',
      entityType: 'action_plan',
      entityId: plan.id,
      after: {
        title: plan.title,
        templateId: plan.templateId,
        goals: created.goals.length,
        activities: created.activities.length,
      },
    });
    return created;
  }

  /**
   * Locks a plan for a change to it or its content, and refuses when it is history
   * (replaced or archived). Goals and activities call this too, so edits of one plan queue.
   */
  async lockEditable(planId: string): Promise<ActionPlanEntity> {
    const plan = await this.plans.findForUpdate(this.tenantId(), planId);
    if (!plan) throw AppError.notFound();
    if (isPlanReadOnly(plan.status)) throw this.readOnly(plan);
    return plan;
  }

  private readOnly(plan: ActionPlanEntity): AppError {
    const language = this.cls.get('language') ?? 'sv';
    return new AppError(409, 'plan_read_only', {
      status: PLAN_LABELS[language].planStatus[plan.status].toLowerCase(),
    });
  }

  async update(id: string, input: UpdateActionPlanInput): Promise<ActionPlanSummary> {
    const tenantId = this.tenantId();
    const current = await this.lockEditable(id);
    if (current.version !== input.version) throw AppError.stale(await this.summary(current));
    await this.orgUnits.assertExist({ ownerUnitId: input.ownerUnitId });
    const periodFrom = input.periodFrom ?? current.periodFrom;
    const periodTo = input.periodTo ?? current.periodTo;
    if (periodTo < periodFrom)
      throw new ValidationFailedError([
        fieldIssue('periodTo', 'period_order', this.cls.get('language') ?? 'sv'),
      ]);
    const { version, ...changes } = input;
    const updated = await this.plans.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(await this.summary(current));
    const after = await this.summary(updated);
    await this.audit.record({
      action: 'action_plan.updated',
      entityType: 'action_plan',
      entityId: id,
      before: await this.summary(current),
      after,
    });
    return after;
  }

  /** Moves a plan along draft → remiss → adopted → in force → replaced/archived. */
  async transition(id: string, input: PlanTransitionInput): Promise<ActionPlanSummary> {
    const tenantId = this.tenantId();
    const current = await this.plans.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(await this.summary(current));
    if (!canTransition(current.status, input.to)) {
      const labels = PLAN_LABELS[this.cls.get('language') ?? 'sv'].planStatus;
      throw new AppError(409, 'invalid_transition', {
        from: labels[current.status],
        to: labels[input.to],
      });
    }
    const adoption =
      input.to === 'adopted'
        ? {
            adoptedBy: input.decidedBy ?? null,
            adoptedOn: input.decidedOn ?? null,
            adoptedParagraph: input.paragraph ?? null,
          }
        : {};
    const updated = await this.plans.updateIfVersion(tenantId, id, input.version, {
      status: input.to,
      ...adoption,
    });
    if (!updated) throw AppError.stale(await this.summary(current));
    await this.audit.record({
      action: 'action_plan.status_changed',
      entityType: 'action_plan',
      entityId: id,
      before: { status: current.status },
      after: { status: input.to, ...adoption },
    });
    return this.summary(updated);
  }

  /** Deletes a draft (and its goals and activities). Anything further along is archived instead. */
  async remove(id: string): Promise<void> {
    const tenantId = this.tenantId();
    const current = await this.plans.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    if (current.status !== 'draft') throw new AppError(409, 'plan_not_draft');
    const before = await this.summary(current);
    await this.plans.delete(tenantId, id);
    await this.audit.record({
      action: 'action_plan.deleted',
      entityType: 'action_plan',
      entityId: id,
      before,
    });
  }

  /**
   * A new revision: a draft copy of the plan with every goal and activity (and where
   * they stand), linked to its original so the two can be compared.
   */
  async createRevision(id: string): Promise<ActionPlanDetail> {
    const tenantId = this.tenantId();
    const source = await this.plans.findForUpdate(tenantId, id);
    if (!source) throw AppError.notFound();
    const revision = (await this.plans.latestRevision(tenantId, id)) + 1;
    const copy = await this.plans.insert({
      ...source,
      id: randomUUID(),
      status: 'draft',
      adoptedBy: null,
      adoptedOn: null,
      adoptedParagraph: null,
      revisionOfId: source.id,
      revision,
    });
    const [goals, activities] = await Promise.all([
      this.goals.listByPlan(tenantId, id),
      this.activities.listByPlan(tenantId, id),
    ]);
    const copied = await this.content.copyRevision(tenantId, copy.id, goals, activities);
    // Links to Agenda 2030 targets and indicators follow the goals and activities.
    await this.links.copyForRevision('goal', copied.goalIds);
    await this.links.copyForRevision('activity', copied.activityIds);
    await this.audit.record({
      action: 'action_plan.revision_created',
      entityType: 'action_plan',
      entityId: copy.id,
      after: {
        revisionOfId: source.id,
        revision,
        goals: goals.length,
        activities: activities.length,
      },
    });
    return this.get(copy.id);
  }

  /** What was added, removed and changed from one revision (`id`) to another (`otherId`). */
  async compare(id: string, otherId: string): Promise<PlanComparison> {
    const tenantId = this.tenantId();
    const [fromPlan, toPlan] = await Promise.all([
      this.plans.find(tenantId, id),
      this.plans.find(tenantId, otherId),
    ]);
    if (!fromPlan || !toPlan) throw AppError.notFound();
    const side = async (plan: ActionPlanEntity) => {
      const [goals, activities] = await Promise.all([
        this.goals.listByPlan(tenantId, plan.id),
        this.activities.listByPlan(tenantId, plan.id),
      ]);
      const participants = await this.activities.participantsOf(
        tenantId,
        activities.map((a) => a.id),
      );
      const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
      return {
        summary: toPlanSummary(plan, {
          progress: rollUp(activities).progress,
          activityCount: activities.length,
        }),
        goals: goals.map((g) => ({
          lineageId: g.lineageId,
          title: g.title,
          fields: {
            description: g.description,
            parent: g.parentId ? (goalTitle.get(g.parentId) ?? null) : null,
          },
        })),
        activities: activities.map((a) => ({
          lineageId: a.lineageId,
          title: a.title,
          fields: {
            goal: a.goalId ? (goalTitle.get(a.goalId) ?? null) : null,
            description: a.description,
            responsibleUnitId: a.responsibleUnitId,
            participatingUnitIds: participants.get(a.id) ?? [],
            level: a.level,
            tier: a.tier,
            targetGroups: a.targetGroups,
            violenceTypes: a.violenceTypes,
            methodId: a.methodId,
            methodText: a.methodText,
            startDate: a.startDate,
            endDate: a.endDate,
            budgetSek: a.budgetSek,
            fundingSource: a.fundingSource,
            weight: a.weight,
          },
        })),
      };
    };
    const [from, to] = await Promise.all([side(fromPlan), side(toPlan)]);
    const planFields = [
      'title',
      'kind',
      'description',
      'periodFrom',
      'periodTo',
      'ownerUnitId',
    ] as const;
    return {
      from: from.summary,
      to: to.summary,
      plan: planFields
        .filter((f) => from.summary[f] !== to.summary[f])
        .map((f) => ({ field: f, before: from.summary[f], after: to.summary[f] })),
      goals: diffItems(from.goals, to.goals),
      activities: diffItems(from.activities, to.activities),
    };
  }

  /** Where the plan's activities fall: level × tier, target groups, violence types, and the gaps. */
  async coverage(id: string): Promise<Coverage> {
    const tenantId = this.tenantId();
    if (!(await this.plans.find(tenantId, id))) throw AppError.notFound();
    return computeCoverage(await this.activities.listByPlan(tenantId, id));
  }

  private async summary(plan: ActionPlanEntity): Promise<ActionPlanSummary> {
    const activities = await this.activities.listByPlan(plan.tenantId, plan.id);
    return toPlanSummary(plan, {
      progress: rollUp(activities).progress,
      activityCount: activities.length,
    });
  }
}
