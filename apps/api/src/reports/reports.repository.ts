import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { ReportStage } from '@samla/domain';
import { declareActor } from '../database/declare-actor.js';
import { ReportEntity } from './report.entity.js';

export type NewReport = Omit<
  ReportEntity,
  'version' | 'createdAt' | 'updatedAt' | 'content' | 'size' | 'error'
>;
/** A report without its file: what polling needs. */
export type ReportHead = Omit<ReportEntity, 'content'>;

export interface PeriodComment {
  activityId: string;
  date: string;
  comment: string;
  authorName: string | null;
}

/** A report whose job has not written for this long is taken for dead. */
const ABANDONED_AFTER = '10 minutes';

/** The newest reports of a plan that are kept; older ones (and their files) are deleted. */
export const REPORTS_KEPT_PER_PLAN = 20;

/** How many follow-up comments of each activity the report quotes. */
const COMMENTS_PER_ACTIVITY = 3;

/** The reports table, and the few reads a report needs that no other module offers. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ReportEntity);
  }

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.txHost.tx.query(sql, params);
  }

  async insert(row: NewReport): Promise<ReportHead> {
    await this.repo.insert(row);
    return (await this.findHead(row.tenantId, row.planId, row.id)) as ReportHead;
  }

  /** Deletes all but the newest REPORTS_KEPT_PER_PLAN reports of the plan. */
  async prune(tenantId: string, planId: string): Promise<void> {
    await this.query(
      `DELETE FROM reports WHERE tenant_id = $1 AND plan_id = $2 AND id NOT IN (
         SELECT id FROM reports WHERE tenant_id = $1 AND plan_id = $2
          ORDER BY created_at DESC, id LIMIT $3)`,
      [tenantId, planId, REPORTS_KEPT_PER_PLAN],
    );
  }

  findHead(tenantId: string, planId: string, id: string): Promise<ReportHead | null> {
    return this.repo.findOneBy({ tenantId, planId, id });
  }

  async content(tenantId: string, id: string): Promise<Buffer | null> {
    const [row] = await this.query<{ content: Buffer | null }>(
      `SELECT content FROM reports WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return row?.content ?? null;
  }

  async setStage(tenantId: string, id: string, stage: ReportStage, percent: number): Promise<void> {
    await this.query(
      `UPDATE reports SET stage = $3, percent = $4, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND stage NOT IN ('done', 'failed')`,
      [tenantId, id, stage, percent],
    );
  }

  async finish(tenantId: string, id: string, content: Buffer): Promise<void> {
    await this.query(
      `UPDATE reports SET stage = 'done', percent = 100, content = $3, size = $4, error = NULL,
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, content, content.length],
    );
  }

  async fail(tenantId: string, id: string, code: string): Promise<void> {
    await this.query(
      `UPDATE reports SET stage = 'failed', error = $3, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND stage <> 'done'`,
      [tenantId, id, code],
    );
  }

  /** Makes the rest of this transaction act for a kommun and a user, as a request does. */
  async actAs(tenantId: string, userId: string | null): Promise<void> {
    await declareActor(this.txHost.tx, tenantId, userId);
  }

  /**
   * Reports a dead process left unfinished: they will never finish, so they are marked
   * failed (the user starts a new one). A live job writes its stage every few seconds, so
   * only reports untouched for ABANDONED_AFTER count as dead: another API instance's
   * running jobs are left alone. Kommun by kommun, as row-level security shows one.
   */
  async failAbandoned(): Promise<number> {
    const tenants = await this.query<{ id: string }>(`SELECT id FROM tenants`, []);
    let failed = 0;
    for (const { id: tenantId } of tenants) {
      await this.actAs(tenantId, null);
      const rows = await this.query<{ id: string }>(
        `WITH f AS (
           UPDATE reports SET stage = 'failed', error = 'report_failed', version = version + 1, updated_at = now()
            WHERE tenant_id = $1 AND stage NOT IN ('done', 'failed')
              AND updated_at < now() - $2::interval RETURNING id)
         SELECT id FROM f`,
        [tenantId, ABANDONED_AFTER],
      );
      failed += rows.length;
    }
    return failed;
  }

  /** The plan's title and period: what a report's name and default period need. */
  async plan(
    tenantId: string,
    id: string,
  ): Promise<{ title: string; periodFrom: number; periodTo: number } | null> {
    const [row] = await this.query<{ title: string; periodFrom: number; periodTo: number }>(
      `SELECT title, period_from AS "periodFrom", period_to AS "periodTo"
         FROM action_plans WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return row ?? null;
  }

  async kommunName(tenantId: string): Promise<string> {
    const [row] = await this.query<{ name: string }>(`SELECT name FROM tenants WHERE id = $1`, [
      tenantId,
    ]);
    return row?.name ?? '';
  }

  /** The latest follow-up comments of each of the plan's activities within the period. */
  async commentsInPeriod(
    tenantId: string,
    planId: string,
    period: { start: string; end: string },
  ): Promise<PeriodComment[]> {
    return this.query<PeriodComment>(
      `SELECT "activityId", date, comment, "authorName" FROM (
         SELECT p.activity_id AS "activityId", to_char(p.date, 'YYYY-MM-DD') AS date, p.comment,
                u.display_name AS "authorName",
                row_number() OVER (PARTITION BY p.activity_id ORDER BY p.date DESC, p.created_at DESC) AS n
           FROM progress_updates p
           JOIN activities a ON a.tenant_id = p.tenant_id AND a.id = p.activity_id
           LEFT JOIN users u ON u.id = p.author_user_id
          WHERE p.tenant_id = $1 AND a.plan_id = $2 AND p.date BETWEEN $3 AND $4
            AND p.comment IS NOT NULL AND p.comment <> '') c
        WHERE n <= $5
        ORDER BY "activityId", date DESC`,
      [tenantId, planId, period.start, period.end, COMMENTS_PER_ACTIVITY],
    );
  }

  /** The indicators the plan's goals and activities name, each once. */
  async linkedIndicatorIds(tenantId: string, planId: string): Promise<string[]> {
    const rows = await this.query<{ indicator_id: string }>(
      `SELECT DISTINCT indicator_id FROM (
         SELECT l.indicator_id FROM goal_indicators l
           JOIN goals g ON g.tenant_id = l.tenant_id AND g.id = l.goal_id
          WHERE l.tenant_id = $1 AND g.plan_id = $2
         UNION
         SELECT l.indicator_id FROM activity_indicators l
           JOIN activities a ON a.tenant_id = l.tenant_id AND a.id = l.activity_id
          WHERE l.tenant_id = $1 AND a.plan_id = $2) x`,
      [tenantId, planId],
    );
    return rows.map((r) => r.indicator_id);
  }

  /** Meetings held within the period, per forum. */
  async meetingsInPeriod(
    tenantId: string,
    period: { start: string; end: string },
  ): Promise<Map<string, number>> {
    const rows = await this.query<{ forum_id: string; n: number }>(
      `SELECT forum_id, count(*)::int AS n FROM meetings
        WHERE tenant_id = $1 AND date BETWEEN $2 AND $3 GROUP BY forum_id`,
      [tenantId, period.start, period.end],
    );
    return new Map(rows.map((r) => [r.forum_id, r.n]));
  }

  /** Each case's title and diarienummer, for the report-backs. */
  async cases(
    tenantId: string,
  ): Promise<Map<string, { title: string; diarienummer: string | null }>> {
    const rows = await this.query<{ id: string; title: string; diarienummer: string | null }>(
      `SELECT id, title, diarienummer FROM cases WHERE tenant_id = $1`,
      [tenantId],
    );
    return new Map(rows.map((r) => [r.id, { title: r.title, diarienummer: r.diarienummer }]));
  }
}
