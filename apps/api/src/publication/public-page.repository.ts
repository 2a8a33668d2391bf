import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type {
  ActivityStatus,
  Gender,
  IndicatorUnit,
  Level,
  MeasurementState,
  PeriodType,
  PlanKind,
  PlanStatus,
  Tier,
} from '@samla/domain';

export interface PublicPlanRow {
  id: string;
  title: string;
  kind: PlanKind;
  description: string | null;
  status: PlanStatus;
  periodFrom: number;
  periodTo: number;
  adoptedBy: string | null;
  adoptedOn: string | null;
}

export interface PublicGoalRow {
  id: string;
  planId: string;
  parentId: string | null;
  title: string;
  description: string | null;
}

export interface PublicActivityRow {
  id: string;
  planId: string;
  goalId: string | null;
  title: string;
  description: string | null;
  responsibleUnit: string | null;
  level: Level;
  tier: Tier;
  status: ActivityStatus;
  progress: number;
  weight: number;
  startDate: string | null;
  endDate: string | null;
}

export interface PublicIndicatorRow {
  id: string;
  planId: string;
  nameSv: string;
  nameEn: string | null;
  unit: IndicatorUnit;
  periodType: PeriodType;
  genderSplit: boolean;
  higherIsBetter: boolean;
  source: string | null;
  baselinePeriod: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

export interface PublicFigureRow {
  indicatorId: string;
  period: string;
  gender: Gender;
  state: MeasurementState;
  value: number | null;
}

/**
 * Anonymous reads for the public page. The transaction names the kommun in
 * `app.public_tenant_id` only (never `app.tenant_id`), so what these queries see is what
 * the `public_read` policies allow: the published plans of a kommun that publishes, and
 * nothing else (migration 1765200000000). The WHERE clauses only help the planner.
 */
@Injectable()
export class PublicPageRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.txHost.tx.query(sql, params);
  }

  /** Tenants are readable without a tenant: the kommunkod is public. */
  async tenantByCode(code: string): Promise<{ id: string; code: string; name: string } | null> {
    const [row] = await this.query<{ id: string; code: string; name: string }>(
      `SELECT id::text, code, name FROM tenants WHERE code = $1`,
      [code],
    );
    return row ?? null;
  }

  /** From here on the transaction reads as the public, for this kommun. */
  async actAsPublic(tenantId: string): Promise<void> {
    await this.query(
      `SELECT set_config('app.tenant_id', '', true), set_config('app.user_id', '', true),
              set_config('app.public_tenant_id', $1, true)`,
      [tenantId],
    );
  }

  /** When the kommun last changed its publication; null unless it publishes. */
  async publishedAt(tenantId: string): Promise<Date | null> {
    const [row] = await this.query<{ updatedAt: Date }>(
      `SELECT updated_at AS "updatedAt" FROM publications WHERE tenant_id = $1`,
      [tenantId],
    );
    return row?.updatedAt ?? null;
  }

  plans(tenantId: string): Promise<PublicPlanRow[]> {
    return this.query(
      `SELECT id::text, title, kind, description, status, period_from AS "periodFrom",
              period_to AS "periodTo", adopted_by AS "adoptedBy", adopted_on::text AS "adoptedOn"
         FROM action_plans WHERE tenant_id = $1 ORDER BY period_to DESC, title, id`,
      [tenantId],
    );
  }

  goals(tenantId: string): Promise<PublicGoalRow[]> {
    return this.query(
      `SELECT id::text, plan_id::text AS "planId", parent_id::text AS "parentId", title, description
         FROM goals WHERE tenant_id = $1 ORDER BY position, title, id`,
      [tenantId],
    );
  }

  activities(tenantId: string): Promise<PublicActivityRow[]> {
    return this.query(
      `SELECT a.id::text, a.plan_id::text AS "planId", a.goal_id::text AS "goalId", a.title,
              a.description, u.name AS "responsibleUnit", a.level, a.tier, a.status,
              a.progress, a.weight, a.start_date::text AS "startDate", a.end_date::text AS "endDate"
         FROM activities a
         LEFT JOIN org_units u ON u.tenant_id = a.tenant_id AND u.id = a.responsible_unit_id
        WHERE a.tenant_id = $1 ORDER BY a.start_date NULLS LAST, a.title, a.id`,
      [tenantId],
    );
  }

  /** Indicators linked to a public goal or activity, once per plan; catalogue definitions win. */
  indicators(tenantId: string): Promise<PublicIndicatorRow[]> {
    return this.query(
      `WITH links AS (
         SELECT g.plan_id, gi.indicator_id FROM goal_indicators gi
           JOIN goals g ON g.tenant_id = gi.tenant_id AND g.id = gi.goal_id WHERE gi.tenant_id = $1
         UNION
         SELECT a.plan_id, ai.indicator_id FROM activity_indicators ai
           JOIN activities a ON a.tenant_id = ai.tenant_id AND a.id = ai.activity_id WHERE ai.tenant_id = $1
       )
       SELECT i.id::text, l.plan_id::text AS "planId",
              COALESCE(p.name_sv, i.name_sv) AS "nameSv",
              CASE WHEN p.id IS NULL THEN i.name_en ELSE p.name_en END AS "nameEn",
              COALESCE(p.unit, i.unit) AS unit,
              COALESCE(p.period_type, i.period_type) AS "periodType",
              COALESCE(p.gender_split, i.gender_split) AS "genderSplit",
              COALESCE(p.higher_is_better, i.higher_is_better) AS "higherIsBetter",
              CASE WHEN p.id IS NULL THEN i.source ELSE p.source END AS source,
              i.baseline_period AS "baselinePeriod", i.baseline_value AS "baselineValue",
              i.target_value AS "targetValue", i.target_year AS "targetYear"
         FROM links l
         JOIN indicators i ON i.tenant_id = $1 AND i.id = l.indicator_id
         LEFT JOIN platform_indicators p ON p.id = i.platform_indicator_id
        ORDER BY "nameSv", i.id`,
      [tenantId],
    );
  }

  /** The kommun's own figures of the public indicators (not the län's or Sweden's). */
  figures(tenantId: string): Promise<PublicFigureRow[]> {
    return this.query(
      `SELECT indicator_id::text AS "indicatorId", period, gender, state, value
         FROM measurements WHERE tenant_id = $1 AND area = 'municipality'
        ORDER BY indicator_id, period, gender`,
      [tenantId],
    );
  }
}
