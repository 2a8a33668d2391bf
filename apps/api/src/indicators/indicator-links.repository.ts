import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { LinkedPlanItem } from '@samla/domain';

/** A plan goal or activity: what links to targets and indicators. */
export type LinkOwner = 'goal' | 'activity';

const TABLES: Record<
  LinkOwner,
  { items: string; targets: string; indicators: string; column: string }
> = {
  goal: {
    items: 'goals',
    targets: 'goal_targets',
    indicators: 'goal_indicators',
    column: 'goal_id',
  },
  activity: {
    items: 'activities',
    targets: 'activity_targets',
    indicators: 'activity_indicators',
    column: 'activity_id',
  },
};

type RawItem = { id: string; plan_id: string; plan_title: string; title: string };
const toItem = (r: RawItem): LinkedPlanItem => ({
  id: r.id,
  planId: r.plan_id,
  planTitle: r.plan_title,
  title: r.title,
});

/**
 * The links from plan goals and activities to Agenda 2030 targets and indicators. The
 * tables are named after what they join; the table names come from the constant above,
 * never from input.
 */
@Injectable()
export class IndicatorLinksRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.txHost.tx.query(sql, params);
  }

  /** The goal or activity with its plan's title, or null when the kommun has none such. */
  async item(owner: LinkOwner, tenantId: string, id: string): Promise<LinkedPlanItem | null> {
    const [row] = await this.query<RawItem>(
      `SELECT x.id, x.plan_id, p.title AS plan_title, x.title
         FROM ${TABLES[owner].items} x JOIN action_plans p ON p.tenant_id = x.tenant_id AND p.id = x.plan_id
        WHERE x.tenant_id = $1 AND x.id = $2`,
      [tenantId, id],
    );
    return row ? toItem(row) : null;
  }

  /** Locks the goal or activity, so two edits of its links queue up. */
  async lockItem(owner: LinkOwner, tenantId: string, id: string): Promise<boolean> {
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM ${TABLES[owner].items} WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, id],
    );
    return rows.length > 0;
  }

  async links(
    owner: LinkOwner,
    tenantId: string,
    id: string,
  ): Promise<{ targetIds: string[]; indicatorIds: string[] }> {
    const t = TABLES[owner];
    const [targets, indicators] = await Promise.all([
      this.query<{ target_id: string }>(
        `SELECT target_id FROM ${t.targets} WHERE tenant_id = $1 AND ${t.column} = $2 ORDER BY target_id`,
        [tenantId, id],
      ),
      this.query<{ indicator_id: string }>(
        `SELECT indicator_id FROM ${t.indicators} WHERE tenant_id = $1 AND ${t.column} = $2`,
        [tenantId, id],
      ),
    ]);
    return {
      targetIds: targets.map((r) => r.target_id),
      indicatorIds: indicators.map((r) => r.indicator_id),
    };
  }

  async replace(
    owner: LinkOwner,
    tenantId: string,
    id: string,
    targetIds: readonly string[],
    indicatorIds: readonly string[],
  ): Promise<void> {
    const t = TABLES[owner];
    await this.query(`DELETE FROM ${t.targets} WHERE tenant_id = $1 AND ${t.column} = $2`, [
      tenantId,
      id,
    ]);
    await this.query(`DELETE FROM ${t.indicators} WHERE tenant_id = $1 AND ${t.column} = $2`, [
      tenantId,
      id,
    ]);
    if (targetIds.length)
      await this.query(
        `INSERT INTO ${t.targets} (tenant_id, ${t.column}, target_id) SELECT $1, $2, unnest($3::text[])`,
        [tenantId, id, targetIds],
      );
    if (indicatorIds.length)
      await this.query(
        `INSERT INTO ${t.indicators} (tenant_id, ${t.column}, indicator_id) SELECT $1, $2, unnest($3::uuid[])`,
        [tenantId, id, indicatorIds],
      );
  }

  /** The goals or activities that name this indicator. */
  async itemsForIndicator(
    owner: LinkOwner,
    tenantId: string,
    indicatorId: string,
  ): Promise<LinkedPlanItem[]> {
    const t = TABLES[owner];
    const rows = await this.query<RawItem>(
      `SELECT x.id, x.plan_id, p.title AS plan_title, x.title
         FROM ${t.indicators} l
         JOIN ${t.items} x ON x.tenant_id = l.tenant_id AND x.id = l.${t.column}
         JOIN action_plans p ON p.tenant_id = x.tenant_id AND p.id = x.plan_id
        WHERE l.tenant_id = $1 AND l.indicator_id = $2
        ORDER BY p.title, x.title, x.id`,
      [tenantId, indicatorId],
    );
    return rows.map(toItem);
  }

  /** For each Agenda 2030 target, the goals or activities that work towards it. */
  async itemsByTarget(owner: LinkOwner, tenantId: string): Promise<Map<string, LinkedPlanItem[]>> {
    const t = TABLES[owner];
    const rows = await this.query<RawItem & { target_id: string }>(
      `SELECT l.target_id, x.id, x.plan_id, p.title AS plan_title, x.title
         FROM ${t.targets} l
         JOIN ${t.items} x ON x.tenant_id = l.tenant_id AND x.id = l.${t.column}
         JOIN action_plans p ON p.tenant_id = x.tenant_id AND p.id = x.plan_id
        WHERE l.tenant_id = $1
        ORDER BY p.title, x.title, x.id`,
      [tenantId],
    );
    const map = new Map<string, LinkedPlanItem[]>();
    for (const r of rows) map.set(r.target_id, [...(map.get(r.target_id) ?? []), toItem(r)]);
    return map;
  }

  /**
   * Copies links to the goals and activities of a new plan revision (old id → new id), so
   * a revision keeps its targets and indicators. For the plans module to call.
   */
  async copy(
    owner: LinkOwner,
    tenantId: string,
    idMap: ReadonlyMap<string, string>,
  ): Promise<void> {
    if (!idMap.size) return;
    const t = TABLES[owner];
    const from = [...idMap.keys()];
    const to = [...idMap.values()];
    for (const table of [t.targets, t.indicators]) {
      const other = table === t.targets ? 'target_id' : 'indicator_id';
      await this.query(
        `INSERT INTO ${table} (tenant_id, ${t.column}, ${other})
         SELECT l.tenant_id, m.new_id, l.${other}
           FROM ${table} l JOIN unnest($2::uuid[], $3::uuid[]) AS m (old_id, new_id) ON m.old_id = l.${t.column}
          WHERE l.tenant_id = $1
         ON CONFLICT DO NOTHING`,
        [tenantId, from, to],
      );
    }
  }
}
