import { Injectable } from '@nestjs/common';
import {
  canEditTenantContent,
  type CreateProgressUpdateInput,
  type ProgressUpdate,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { ActionPlansService } from './action-plans.service.js';
import { ActivitiesRepository } from './activities.repository.js';
import { ActivitiesService } from './activities.service.js';
import {
  ProgressUpdatesRepository,
  type ProgressUpdateRow,
} from './progress-updates.repository.js';

const toView = (u: ProgressUpdateRow): ProgressUpdate => ({
  id: u.id,
  activityId: u.activityId,
  date: u.date,
  status: u.status,
  progress: u.progress,
  comment: u.comment,
  authorUserId: u.authorUserId,
  authorName: u.authorName,
  createdAt: u.createdAt.toISOString(),
});

/**
 * Uppföljning: the dated history of an activity. An update also becomes the activity's
 * current status and progress when it is the newest by date.
 */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly updates: ProgressUpdatesRepository,
    private readonly activities: ActivitiesService,
    private readonly activityRows: ActivitiesRepository,
    private readonly plans: ActionPlansService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async list(activityId: string): Promise<ProgressUpdate[]> {
    const tenantId = requireTenant(this.cls).id;
    await this.activities.entity(activityId);
    return (await this.updates.listByActivity(tenantId, activityId)).map(toView);
  }

  async create(activityId: string, input: CreateProgressUpdateInput): Promise<ProgressUpdate> {
    const tenant = requireTenant(this.cls);
    const userId = this.cls.get('principal')?.userId ?? null;
    const found = await this.activities.entity(activityId);
    await this.plans.lockEditable(found.planId);
    const activity = await this.activities.entity(activityId, true);
    await this.assertMayFollowUp(activity.responsibleUnitId, activityId, userId);
    if (activity.version !== input.activityVersion)
      throw AppError.stale(await this.activities.get(activityId));

    const history = await this.updates.listByActivity(tenant.id, activityId);
    const id = randomUUID();
    await this.updates.insertMany([
      {
        tenantId: tenant.id,
        id,
        activityId,
        date: input.date,
        status: input.status,
        progress: input.progress,
        comment: input.comment ?? null,
        authorUserId: userId,
      },
    ]);
    const newest = history.every((u) => u.date <= input.date);
    if (newest)
      await this.activityRows.updateIfVersion(tenant.id, activityId, activity.version, {
        status: input.status,
        progress: input.progress,
      });
    const [created] = (await this.updates.listByActivity(tenant.id, activityId)).filter(
      (u) => u.id === id,
    );
    const view = toView(created as ProgressUpdateRow);
    await this.audit.record({
      action: 'progress_update.created',
      entityType: 'activity',
      entityId: activityId,
      after: view,
    });
    return view;
  }

  /**
   * Strategists and tenant admins follow up everything; a contributor only activities
   * their own unit is responsible for or takes part in.
   */
  private async assertMayFollowUp(
    responsibleUnitId: string | null,
    activityId: string,
    userId: string | null,
  ) {
    const tenant = requireTenant(this.cls);
    if (canEditTenantContent(tenant.role)) return;
    if (tenant.role !== 'contributor' || !userId) throw AppError.forbidden();
    const mine = new Set(await this.activityRows.unitsOfMember(tenant.id, userId));
    const participants =
      (await this.activityRows.participantsOf(tenant.id, [activityId])).get(activityId) ?? [];
    const involved = [responsibleUnitId, ...participants].filter((u): u is string => Boolean(u));
    if (!involved.some((u) => mine.has(u))) throw new AppError(403, 'not_your_activity');
  }
}
