import { Injectable } from '@nestjs/common';
import type { TemplateGoal } from '@samla/domain';
import { randomUUID } from 'node:crypto';
import { ActivitiesRepository, type NewActivity } from './activities.repository.js';
import type { ActivityEntity } from './activity.entity.js';
import type { GoalEntity } from './goal.entity.js';
import { GoalsRepository, type NewGoal } from './goals.repository.js';
import { ProgressUpdatesRepository } from './progress-updates.repository.js';

/**
 * Writes a plan's goals and activities in bulk: from a template (a kommun's own copy) or
 * from another revision (same lineage, so revisions can be compared).
 */
@Injectable()
export class PlanContentWriter {
  constructor(
    private readonly goals: GoalsRepository,
    private readonly activities: ActivitiesRepository,
    private readonly updates: ProgressUpdatesRepository,
  ) {}

  /** Copies a template's goal tree and suggested activities into a plan; returns the activity count. */
  async copyTemplate(
    tenantId: string,
    planId: string,
    goals: readonly TemplateGoal[],
    methodIdsByName: Map<string, string>,
  ) {
    const newGoals: NewGoal[] = [];
    const newActivities: NewActivity[] = [];
    const walk = (list: readonly TemplateGoal[], parentId: string | null) =>
      list.forEach((goal, position) => {
        const id = randomUUID();
        newGoals.push({
          tenantId,
          id,
          planId,
          parentId,
          lineageId: randomUUID(),
          title: goal.title,
          description: goal.description ?? null,
          position,
        });
        for (const a of goal.activities) {
          const methodId = a.methodName ? (methodIdsByName.get(a.methodName) ?? null) : null;
          newActivities.push({
            tenantId,
            id: randomUUID(),
            planId,
            goalId: id,
            lineageId: randomUUID(),
            title: a.title,
            description: a.description ?? null,
            responsibleUnitId: null,
            level: a.level,
            tier: a.tier,
            targetGroups: a.targetGroups,
            violenceTypes: a.violenceTypes,
            methodId,
            methodText: methodId ? null : (a.methodName ?? null),
            startDate: null,
            endDate: null,
            budgetSek: null,
            fundingSource: 'none_identified',
            status: 'not_started',
            progress: 0,
            weight: 1,
          });
        }
        walk(goal.children, id);
      });
    walk(goals, null);
    await this.goals.insertMany(newGoals);
    await this.activities.insertMany(newActivities, new Map());
    return newActivities.length;
  }

  /**
   * Copies goals and activities (with their participants) from one revision into another;
   * returns which new id each old one got, for what hangs on them elsewhere.
   */
  async copyRevision(
    tenantId: string,
    toPlanId: string,
    goals: GoalEntity[],
    activities: ActivityEntity[],
  ) {
    const goalIds = new Map(goals.map((g) => [g.id, randomUUID()]));
    await this.goals.insertMany(
      goals.map((g) => ({
        tenantId,
        id: goalIds.get(g.id) as string,
        planId: toPlanId,
        parentId: g.parentId ? (goalIds.get(g.parentId) ?? null) : null,
        lineageId: g.lineageId,
        title: g.title,
        description: g.description,
        position: g.position,
      })),
    );
    const participants = await this.activities.participantsOf(
      tenantId,
      activities.map((a) => a.id),
    );
    const copies = activities.map((a) => {
      const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = a;
      return {
        ...fields,
        id: randomUUID(),
        planId: toPlanId,
        goalId: a.goalId ? (goalIds.get(a.goalId) ?? null) : null,
        sourceId: a.id,
      };
    });
    const copiedParticipants = new Map(
      copies.map((c) => [c.id, participants.get(c.sourceId) ?? []]),
    );
    await this.activities.insertMany(
      copies.map(({ sourceId: _s, ...c }) => c),
      copiedParticipants,
    );
    return { goalIds, activityIds: new Map(copies.map((c) => [c.sourceId, c.id])) };
  }

  /** Records progress updates in bulk (the demo's history, imports). */
  recordHistory(rows: Parameters<ProgressUpdatesRepository['insertMany']>[0]) {
    return this.updates.insertMany(rows);
  }
}
