import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { FindOptionsSelect, QueryDeepPartialEntity } from 'typeorm';
import type { ActivityState } from './activity-sheet.js';
import { ImportEntity, type ImportStatus } from './import.entity.js';
import { declareActor } from '../../database/declare-actor.js';

export type NewImport = Omit<ImportEntity, 'version' | 'createdAt' | 'updatedAt'>;
/** An import without its rows (which can be megabytes): what polling needs. */
export type ImportHead = Omit<ImportEntity, 'rows'>;

const HEAD_COLUMNS: FindOptionsSelect<ImportEntity> = Object.fromEntries(
  (
    [
      'tenantId',
      'id',
      'planId',
      'createdBy',
      'fileName',
      'format',
      'status',
      'totalRows',
      'processedRows',
      'summary',
      'error',
      'version',
      'createdAt',
      'updatedAt',
    ] satisfies Array<keyof ImportHead>
  ).map((column) => [column, true]),
);

/** UPDATE … RETURNING answers [rows, count] through TypeORM's query(). */
const returned = <T>(result: unknown): T[] =>
  Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);

@Injectable()
export class ImportsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ImportEntity);
  }

  async insert(row: NewImport): Promise<ImportHead> {
    // The jsonb columns' types are ours; TypeORM's deep-partial type cannot follow `unknown`.
    await this.repo.insert(row as QueryDeepPartialEntity<ImportEntity>);
    return (await this.findHead(row.tenantId, row.planId, row.id)) as ImportHead;
  }

  findHead(tenantId: string, planId: string, id: string): Promise<ImportHead | null> {
    return this.repo.findOne({ select: HEAD_COLUMNS, where: { tenantId, planId, id } });
  }

  /** Locks the import for a change of status; confirmations of one import queue here. */
  findHeadForUpdate(tenantId: string, planId: string, id: string): Promise<ImportHead | null> {
    return this.repo.findOne({
      select: HEAD_COLUMNS,
      where: { tenantId, planId, id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * The import about to be written, with its rows, under a KEY SHARE lock: it waits for
   * the confirming request to commit, lets the progress writes (other transactions) through,
   * and keeps a restarting API (FOR UPDATE SKIP LOCKED) from taking it for abandoned.
   */
  findForWriting(tenantId: string, id: string): Promise<ImportEntity | null> {
    return this.repo.findOne({ where: { tenantId, id }, lock: { mode: 'for_key_share' } });
  }

  async setStatus(
    tenantId: string,
    id: string,
    changes: Partial<Pick<ImportEntity, 'status' | 'processedRows' | 'error'>>,
  ): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('tenant_id = :tenantId AND id = :id', { tenantId, id })
      .execute();
  }

  /** Marks it done if it is still running (a restart elsewhere may have failed it); false when not. */
  async finish(tenantId: string, id: string, processedRows: number): Promise<boolean> {
    const rows = returned<{ id: string }>(
      await this.txHost.tx.query(
        `UPDATE imports SET status = 'done', processed_rows = $3, error = NULL, version = version + 1, updated_at = now()
          WHERE tenant_id = $1 AND id = $2 AND status = 'running' RETURNING id`,
        [tenantId, id, processedRows],
      ),
    );
    return rows.length === 1;
  }

  /**
   * Marks a running import failed, keeping why (the code, and its message's values in the
   * summary). Nothing of it was written, so its progress goes back to 0.
   */
  async setFailed(
    tenantId: string,
    id: string,
    code: string,
    values: Record<string, unknown>,
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE imports SET status = 'failed', error = $3, processed_rows = 0,
              summary = summary || jsonb_build_object('failure', jsonb_build_object('code', $3::text, 'values', $4::jsonb)),
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND status = 'running'`,
      [tenantId, id, code, JSON.stringify(values)],
    );
  }

  async setProgress(tenantId: string, id: string, processedRows: number): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE imports SET processed_rows = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, processedRows],
    );
  }

  /** Makes the rest of this transaction act for a kommun and a user, as a request does. */
  async actAs(tenantId: string, userId: string | null): Promise<void> {
    await declareActor(this.txHost.tx, tenantId, userId);
  }

  /**
   * Imports left 'running' by a process that died: their transaction was rolled back by
   * PostgreSQL, so they failed. Rows still locked by a live writer (another instance) are
   * skipped. Row-level security shows one kommun at a time, so it goes kommun by kommun.
   */
  async failAbandoned(): Promise<number> {
    const tenants: Array<{ id: string }> = await this.txHost.tx.query(`SELECT id FROM tenants`);
    let failed = 0;
    for (const { id: tenantId } of tenants) {
      await this.actAs(tenantId, null);
      const rows = returned<{ id: string }>(
        await this.txHost.tx.query(
          `UPDATE imports SET status = 'failed', error = 'import_interrupted', version = version + 1, updated_at = now()
            WHERE tenant_id = $1 AND id IN (
              SELECT id FROM imports WHERE tenant_id = $1 AND status = 'running' FOR UPDATE SKIP LOCKED)
            RETURNING id`,
          [tenantId],
        ),
      );
      failed += rows.length;
    }
    return failed;
  }

  /**
   * Writes many activities in one statement, each only if it is still at the version the
   * preview saw. Returns the ids written; a missing one was changed or deleted meanwhile.
   */
  async updateActivitiesIfVersion(
    tenantId: string,
    rows: Array<{ id: string; version: number; values: ActivityState }>,
  ): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const records = rows.map(({ id, version, values: v }) => ({
      id,
      version,
      goal_id: v.goalId,
      title: v.title,
      description: v.description,
      responsible_unit_id: v.responsibleUnitId,
      level: v.level,
      tier: v.tier,
      target_groups: v.targetGroups,
      violence_types: v.violenceTypes,
      method_id: v.methodId,
      method_text: v.methodText,
      start_date: v.startDate,
      end_date: v.endDate,
      budget_sek: v.budgetSek,
      funding_source: v.fundingSource,
      status: v.status,
      progress: v.progress,
      weight: v.weight,
    }));
    const updated = returned<{ id: string }>(
      await this.txHost.tx.query(
        `UPDATE activities a SET
           goal_id = v.goal_id, title = v.title, description = v.description,
           responsible_unit_id = v.responsible_unit_id, level = v.level, tier = v.tier,
           target_groups = v.target_groups, violence_types = v.violence_types,
           method_id = v.method_id, method_text = v.method_text,
           start_date = v.start_date, end_date = v.end_date, budget_sek = v.budget_sek,
           funding_source = v.funding_source, status = v.status, progress = v.progress, weight = v.weight,
           version = a.version + 1, updated_at = now()
         FROM jsonb_to_recordset($2::jsonb) AS v(
           id uuid, version int, goal_id uuid, title text, description text, responsible_unit_id uuid,
           level text, tier text, target_groups text[], violence_types text[], method_id uuid, method_text text,
           start_date date, end_date date, budget_sek bigint, funding_source text, status text,
           progress int, weight int)
         WHERE a.tenant_id = $1 AND a.id = v.id AND a.version = v.version
         RETURNING a.id`,
        [tenantId, JSON.stringify(records)],
      ),
    );
    return new Set(updated.map((r) => r.id));
  }

  /** Sets the participating units of many activities at once. */
  async replaceParticipants(tenantId: string, participants: Map<string, string[]>): Promise<void> {
    if (!participants.size) return;
    await this.txHost.tx.query(
      `DELETE FROM activity_units WHERE tenant_id = $1 AND activity_id = ANY($2::uuid[])`,
      [tenantId, [...participants.keys()]],
    );
    const pairs = [...participants].flatMap(([activityId, units]) =>
      units.map((unitId) => [activityId, unitId] as const),
    );
    if (pairs.length)
      await this.txHost.tx.query(
        `INSERT INTO activity_units (tenant_id, activity_id, org_unit_id)
         SELECT $1, a, u FROM unnest($2::uuid[], $3::uuid[]) AS p(a, u)`,
        [tenantId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
  }
}

export type { ImportStatus };
