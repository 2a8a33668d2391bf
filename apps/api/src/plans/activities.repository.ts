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

/** An activity with what its API view needs besides its own columns. */
export interface ActivityWithDetails {
  activity: ActivityEntity;
  participants: string[];
  latest: LatestUpdate | undefined;
}

/**
 * An activity's columns under its entity's property names (dates as YYYY-MM-DD text, as
 * TypeORM gives them), plus its participants and latest update with its author's name.
 * The arrays come as JSON: pg reads that with the engine's JSON.parse, where its parser for
 * PostgreSQL's array text built every element a character at a time (a third of the
 * garbage a page of the list made; docs/benchmarks.md, figure 2).
 * The hot reads (a plan, a page of the list) map these rows themselves: TypeORM's
 * entity hydration cost more than the rest of the request for a 1,000-activity plan
 * (docs/benchmarks.md, figures 1 and 4).
 */
export const SELECT_WITH_DETAILS = `
  SELECT a.tenant_id AS "tenantId", a.id, a.plan_id AS "planId", a.goal_id AS "goalId",
         a.lineage_id AS "lineageId", a.title, a.description,
         a.responsible_unit_id AS "responsibleUnitId", a.level, a.tier,
         to_json(a.target_groups) AS "targetGroups", to_json(a.violence_types) AS "violenceTypes",
         a.method_id AS "methodId", a.method_text AS "methodText",
         a.start_date::text AS "startDate", a.end_date::text AS "endDate",
         a.budget_sek::float8 AS "budgetSek", a.funding_source AS "fundingSource", a.status,
         a.progress, a.weight, a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
         COALESCE((SELECT json_agg(u.org_unit_id ORDER BY u.org_unit_id)
                     FROM activity_units u
                    WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id), '[]') AS details_participants,
         (SELECT json_build_object('date', to_char(p.date, 'YYYY-MM-DD'), 'comment', p.comment,
                   'authorName', us.display_name)
            FROM progress_updates p LEFT JOIN users us ON us.id = p.author_user_id
           WHERE p.tenant_id = a.tenant_id AND p.activity_id = a.id
           ORDER BY p.date DESC, p.created_at DESC LIMIT 1) AS details_latest`;

export type DetailsRow = ActivityEntity & {
  details_participants: string[];
  details_latest: Omit<LatestUpdate, 'activityId'> | null;
};

/** Splits a row into the entity and its details; a page's window `total` is left out too. */
export function withDetails(row: DetailsRow & { total?: string }): ActivityWithDetails {
  // One copy of the row, not one per column dropped: a page maps 20 of them per request.
  const {
    details_participants: participants,
    details_latest: latest,
    total: _total,
    ...activity
  } = row;
  return {
    activity,
    participants,
    latest: latest ? { activityId: activity.id, ...latest } : undefined,
  };
}

/**
 * The page query for each combination of filters, built once: the text is 2 kB, and the
 * same string object each time lets the prepared-statement lookup reuse its hash instead of
 * flattening and hashing a new one on every request.
 */
const pageQueries = new Map<string, string>();

function pageSql(filter: string, paramCount: number): string {
  let sql = pageQueries.get(filter);
  if (!sql) {
    sql = `${SELECT_WITH_DETAILS}, count(*) OVER () AS total FROM activities a WHERE ${filter}
        ORDER BY a.plan_id, a.created_at, a.id LIMIT $${paramCount + 1} OFFSET $${paramCount + 2}`;
    pageQueries.set(filter, sql);
  }
  return sql;
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

  /**
   * One page of activities matching the filters, in plan and creation order, each with its
   * participants and latest update, and the total: one query, so a page costs one round
   * trip to PostgreSQL rather than four (docs/benchmarks.md, figure 2).
   */
  async search(
    tenantId: string,
    query: ActivityQuery,
  ): Promise<{ items: ActivityWithDetails[]; total: number }> {
    const params: unknown[] = [tenantId];
    const where = ['a.tenant_id = $1'];
    const add = (condition: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (query.planId) add((p) => `a.plan_id = ${p}`, query.planId);
    if (query.goalId) add((p) => `a.goal_id = ${p}`, query.goalId);
    if (query.status) add((p) => `a.status = ${p}`, query.status);
    if (query.level) add((p) => `a.level = ${p}`, query.level);
    if (query.tier) add((p) => `a.tier = ${p}`, query.tier);
    if (query.targetGroup) add((p) => `${p} = ANY(a.target_groups)`, query.targetGroup);
    if (query.unitId)
      add(
        (p) => `(a.responsible_unit_id = ${p} OR EXISTS (SELECT 1 FROM activity_units u
           WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id AND u.org_unit_id = ${p}))`,
        query.unitId,
      );
    const filter = where.join(' AND ');
    const rows: Array<DetailsRow & { total: string }> = await this.txHost.tx.query(
      pageSql(filter, params.length),
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    let total = rows[0] ? Number(rows[0].total) : 0;
    // A page past the end has no row to carry the total: count it apart then.
    if (!rows.length && query.page > 1) {
      const [counted]: Array<{ n: string }> = await this.txHost.tx.query(
        `SELECT count(*) AS n FROM activities a WHERE ${filter}`,
        params,
      );
      total = Number(counted?.n ?? 0);
    }
    return { items: rows.map(withDetails), total };
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
