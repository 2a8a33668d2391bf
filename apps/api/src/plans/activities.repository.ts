import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { updateVersioned } from '../database/versioned-update.js';
import type { ActivityQuery } from '@samla/domain';
import { In } from 'typeorm';
import { ActivityEntity, ActivityUnitEntity } from './activity.entity.js';

export type NewActivity = Omit<ActivityEntity, 'version' | 'createdAt' | 'updatedAt'>;
export type ActivityChanges = Partial<
  Omit<
    ActivityEntity,
    'tenantId' | 'id' | 'planId' | 'lineageId' | 'version' | 'createdAt' | 'updatedAt'
  >
>;

export interface LatestUpdate {
  activityId: string;
  date: string;
  comment: string | null;
  authorName: string | null;
}

@Injectable()
export class ActivitiesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ActivityEntity);
  }

  private get units() {
    return this.txHost.tx.getRepository(ActivityUnitEntity);
  }

  listByPlan(tenantId: string, planId: string): Promise<ActivityEntity[]> {
    return this.repo.find({ where: { tenantId, planId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** One page of activities matching the filters, in plan and creation order. */
  async search(
    tenantId: string,
    query: ActivityQuery,
  ): Promise<{ items: ActivityEntity[]; total: number }> {
    const qb = this.repo.createQueryBuilder('a').where('a.tenant_id = :tenantId', { tenantId });
    if (query.planId) qb.andWhere('a.plan_id = :planId', { planId: query.planId });
    if (query.goalId) qb.andWhere('a.goal_id = :goalId', { goalId: query.goalId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.level) qb.andWhere('a.level = :level', { level: query.level });
    if (query.tier) qb.andWhere('a.tier = :tier', { tier: query.tier });
    if (query.targetGroup)
      qb.andWhere(':targetGroup = ANY(a.target_groups)', { targetGroup: query.targetGroup });
    if (query.unitId)
      qb.andWhere(
        `(a.responsible_unit_id = :unitId OR EXISTS (SELECT 1 FROM activity_units u
           WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id AND u.org_unit_id = :unitId))`,
        { unitId: query.unitId },
      );
    const [items, total] = await qb
      .orderBy('a.plan_id')
      .addOrderBy('a.created_at')
      .addOrderBy('a.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  find(tenantId: string, id: string): Promise<ActivityEntity | null> {
    return this.repo.findOneBy({ tenantId, id });
  }

  findForUpdate(tenantId: string, id: string): Promise<ActivityEntity | null> {
    return this.repo.findOne({ where: { tenantId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertMany(activities: NewActivity[], participants: Map<string, string[]>): Promise<void> {
    // Chunks keep each statement well under PostgreSQL's 65,535 parameters.
    for (let i = 0; i < activities.length; i += 500)
      await this.repo.insert(activities.slice(i, i + 500));
    const rows = activities.flatMap((a) =>
      (participants.get(a.id) ?? []).map((orgUnitId) => ({
        tenantId: a.tenantId,
        activityId: a.id,
        orgUnitId,
      })),
    );
    for (let i = 0; i < rows.length; i += 1000) await this.units.insert(rows.slice(i, i + 1000));
  }

  async updateIfVersion(
    tenantId: string,
    id: string,
    expectedVersion: number,
    changes: ActivityChanges,
  ) {
    const written = await updateVersioned(
      this.repo,
      { tenant_id: tenantId, id },
      expectedVersion,
      changes,
    );
    return written ? this.find(tenantId, id) : null;
  }

  async replaceParticipants(
    tenantId: string,
    activityId: string,
    unitIds: string[],
  ): Promise<void> {
    await this.units.delete({ tenantId, activityId });
    if (unitIds.length)
      await this.units.insert(unitIds.map((orgUnitId) => ({ tenantId, activityId, orgUnitId })));
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.repo.delete({ tenantId, id });
  }

  /** Participating units per activity. */
  async participantsOf(tenantId: string, activityIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (!activityIds.length) return map;
    const rows = await this.units.find({
      where: { tenantId, activityId: In(activityIds) },
      order: { orgUnitId: 'ASC' },
    });
    for (const r of rows) map.set(r.activityId, [...(map.get(r.activityId) ?? []), r.orgUnitId]);
    return map;
  }

  /** The newest progress update of each activity, with its author's name. */
  async latestUpdates(tenantId: string, activityIds: string[]): Promise<Map<string, LatestUpdate>> {
    const map = new Map<string, LatestUpdate>();
    if (!activityIds.length) return map;
    const rows: Array<{
      activity_id: string;
      date: string;
      comment: string | null;
      author_name: string | null;
    }> = await this.txHost.tx.query(
      `SELECT DISTINCT ON (p.activity_id) p.activity_id, to_char(p.date, 'YYYY-MM-DD') AS date, p.comment,
                u.display_name AS author_name
           FROM progress_updates p LEFT JOIN users u ON u.id = p.author_user_id
          WHERE p.tenant_id = $1 AND p.activity_id = ANY($2::uuid[])
          ORDER BY p.activity_id, p.date DESC, p.created_at DESC`,
      [tenantId, activityIds],
    );
    for (const r of rows)
      map.set(r.activity_id, {
        activityId: r.activity_id,
        date: r.date,
        comment: r.comment,
        authorName: r.author_name,
      });
    return map;
  }

  /** The org units a member works in (membership_units). */
  async unitsOfMember(tenantId: string, userId: string): Promise<string[]> {
    const rows: Array<{ org_unit_id: string }> = await this.txHost.tx.query(
      `SELECT org_unit_id FROM membership_units WHERE tenant_id = $1 AND user_id = $2`,
      [tenantId, userId],
    );
    return rows.map((r) => r.org_unit_id);
  }

  /** Which of these method ids exist in the shared catalogue. */
  async existingMethods(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: Array<{ id: string }> = await this.txHost.tx.query(
      `SELECT id FROM methods WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
