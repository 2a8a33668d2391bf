import {
  trackActivity,
  type Activity,
  type ActionPlanSummary,
  type Goal,
  type Rollup,
} from '@samla/domain';
import type { ActionPlanEntity } from './action-plan.entity.js';
import type { ActivityEntity } from './activity.entity.js';
import type { LatestUpdate } from './activities.repository.js';
import type { GoalEntity } from './goal.entity.js';

/** Entities → the shapes the API answers with (declared in @samla/domain). */

export function toPlanSummary(
  plan: ActionPlanEntity,
  rollup: Pick<Rollup, 'progress'> & { activityCount: number },
): ActionPlanSummary {
  return {
    id: plan.id,
    title: plan.title,
    kind: plan.kind,
    description: plan.description,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    ownerUnitId: plan.ownerUnitId,
    status: plan.status,
    adoption:
      plan.adoptedBy && plan.adoptedOn && plan.adoptedParagraph
        ? { decidedBy: plan.adoptedBy, decidedOn: plan.adoptedOn, paragraph: plan.adoptedParagraph }
        : null,
    revisionOfId: plan.revisionOfId,
    revision: plan.revision,
    templateId: plan.templateId,
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    progress: rollup.progress,
    activityCount: rollup.activityCount,
  };
}

export function toGoal(goal: GoalEntity, progress: number | null): Goal {
  return {
    id: goal.id,
    planId: goal.planId,
    parentId: goal.parentId,
    title: goal.title,
    description: goal.description,
    position: goal.position,
    version: goal.version,
    progress,
  };
}

export function toActivity(
  a: ActivityEntity,
  context: { participants: string[]; latest: LatestUpdate | undefined; today: string },
): Activity {
  return {
    id: a.id,
    planId: a.planId,
    goalId: a.goalId,
    title: a.title,
    description: a.description,
    responsibleUnitId: a.responsibleUnitId,
    participatingUnitIds: context.participants,
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
    status: a.status,
    progress: a.progress,
    weight: a.weight,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
    tracking: trackActivity(a, context.today),
    latestUpdate: context.latest
      ? {
          date: context.latest.date,
          comment: context.latest.comment,
          authorName: context.latest.authorName,
        }
      : null,
  };
}
