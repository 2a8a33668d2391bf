import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type {
  ActivityStatus,
  CareService,
  Gender,
  IndicatorUnit,
  Level,
  MeasurementState,
  PartnerType,
  PeriodType,
  PlanKind,
  PlanStatus,
  Tier,
} from '@samla/domain';

export interface SharingKommun {
  id: string;
  code: string;
  name: string;
  plans: boolean;
  coverage: boolean;
  indicators: boolean;
  collaboration: boolean;
}

export interface PlanRow {
  tenant_id: string;
  id: string;
  title: string;
  kind: PlanKind;
  status: PlanStatus;
  period_from: number;
  period_to: number;
  adopted_on: string | null;
  revision: number;
}

/** Activities of one plan with the same status, level and tier, added up in the database. */
export interface ActivityGroupRow {
  tenant_id: string;
  plan_id: string;
  status: ActivityStatus;
  level: Level;
  tier: Tier;
  /** How many activities. */
  n: number;
  /** Σ weight × progress and Σ weight: the weighted mean survives the grouping. */
  weighted_progress: number;
  weight: number;
  budget_sek: number;
}

/** An ActivityGroupRow with level and tier summed away. */
export type PlanStatusGroupRow = Omit<ActivityGroupRow, 'level' | 'tier'>;

/** A catalogue indicator's own columns, as the comparisons read them. */
export interface CatalogueIndicatorColumns {
  platform_indicator_id: string;
  name_sv: string;
  name_en: string | null;
  unit: IndicatorUnit;
  period_type: PeriodType;
  gender_split: boolean;
  higher_is_better: boolean;
}

/** A kommun's indicator that follows a catalogue one. */
export interface IndicatorRow extends CatalogueIndicatorColumns {
  tenant_id: string;
  id: string;
}

/** A catalogue indicator with how many of the given kommuner follow it. */
export interface FollowedIndicatorRow extends CatalogueIndicatorColumns {
  followed_by: number;
}

export interface MeasurementRow {
  tenant_id: string;
  indicator_id: string;
  period: string;
  gender: Gender;
  state: MeasurementState;
  value: number | null;
}

export interface AgreementRow {
  tenant_id: string;
  signed_on: string;
  last_follow_up_on: string | null;
  type: PartnerType;
  care_service: CareService | null;
}

/**
 * The rows regional comparisons read. Every query runs as the runtime role with
 * `app.region_code` set and no tenant: row-level security (region_read policies) lets
 * through only the rows of kommuner in that län that share the area, so these queries
 * need not — and cannot — widen what a coordinator sees.
 */
@Injectable()
export class ComparisonRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.txHost.tx.query(sql, params);
  }

  region(code: string): Promise<{ code: string; name: string } | undefined> {
    return this.query<{ code: string; name: string }>(
      `SELECT code, name FROM regions WHERE code = $1`,
      [code],
    ).then((rows) => rows[0]);
  }

  /** The kommuner of the län that share at least one area, with what they share. */
  sharingKommuner(): Promise<SharingKommun[]> {
    return this.query<SharingKommun>(
      `SELECT t.id, t.code, t.name, s.plans, s.coverage, s.indicators, s.collaboration
         FROM region_sharing s JOIN tenants t ON t.id = s.tenant_id
        WHERE t.region_code = samla_current_region()
          AND (s.plans OR s.coverage OR s.indicators OR s.collaboration)
        ORDER BY t.name`,
    );
  }

  plans(tenantIds: string[]): Promise<PlanRow[]> {
    return this.query<PlanRow>(
      `SELECT tenant_id, id, title, kind, status, period_from, period_to, adopted_on::text, revision
         FROM action_plans WHERE tenant_id = ANY($1) ORDER BY period_from DESC, title`,
      [tenantIds],
    );
  }

  goalCounts(tenantIds: string[]): Promise<Array<{ plan_id: string; n: number }>> {
    return this.query(
      `SELECT plan_id, count(*)::int AS n FROM goals WHERE tenant_id = ANY($1) GROUP BY plan_id`,
      [tenantIds],
    );
  }

  /**
   * The activities (of these plans only, when given), summed by plan, status, level and tier:
   * every comparison needs only these sums, which a trigger keeps in `plan_activity_totals`
   * (migration 1765400000000); a län of 290 kommuner has some 130,000 activities.
   */
  activityGroups(tenantIds: string[], planIds?: string[]): Promise<ActivityGroupRow[]> {
    return this.query<ActivityGroupRow>(
      `SELECT tenant_id, plan_id, status, level, tier, activities AS n,
              weighted_progress::float8 AS weighted_progress, weight::float8 AS weight,
              budget_sek::float8 AS budget_sek
         FROM plan_activity_totals
        WHERE tenant_id = ANY($1) ${planIds ? 'AND plan_id = ANY($2)' : ''}`,
      planIds ? [tenantIds, planIds] : [tenantIds],
    );
  }

  /**
   * The same sums per plan and status only (level and tier summed away in SQL): all the
   * plans comparison needs, and at 290 kommuner some 2,600 rows instead of 38,000.
   */
  planStatusGroups(tenantIds: string[]): Promise<PlanStatusGroupRow[]> {
    return this.query<PlanStatusGroupRow>(
      `SELECT tenant_id, plan_id, status,
              sum(activities)::int AS n, sum(weighted_progress)::float8 AS weighted_progress,
              sum(weight)::float8 AS weight, sum(budget_sek)::float8 AS budget_sek
         FROM plan_activity_totals WHERE tenant_id = ANY($1)
        GROUP BY tenant_id, plan_id, status`,
      [tenantIds],
    );
  }

  /** Indicators from the shared catalogue: a kommun's own indicators compare with nothing. */
  indicators(tenantIds: string[]): Promise<IndicatorRow[]> {
    return this.query<IndicatorRow>(
      `SELECT i.tenant_id, i.id, i.platform_indicator_id, p.name_sv, p.name_en, p.unit,
              p.period_type, p.gender_split, p.higher_is_better
         FROM indicators i JOIN platform_indicators p ON p.id = i.platform_indicator_id
        WHERE i.tenant_id = ANY($1) ORDER BY p.name_sv`,
      [tenantIds],
    );
  }

  /** The kommun's own figures of catalogue indicators (not the län's or Sweden's rows). */
  measurements(tenantIds: string[]): Promise<MeasurementRow[]> {
    return this.query<MeasurementRow>(
      `SELECT m.tenant_id, m.indicator_id, m.period, m.gender, m.state, m.value
         FROM measurements m
         JOIN indicators i ON i.tenant_id = m.tenant_id AND i.id = m.indicator_id
        WHERE m.tenant_id = ANY($1) AND m.area = 'municipality'
          AND i.platform_indicator_id IS NOT NULL
        ORDER BY m.period, CASE m.gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END`,
      [tenantIds],
    );
  }

  /**
   * The catalogue indicators these kommuner follow, one row each, most followed first:
   * the list a coordinator chooses from, without a single figure.
   */
  followedIndicators(tenantIds: string[]): Promise<FollowedIndicatorRow[]> {
    return this.query<FollowedIndicatorRow>(
      `SELECT p.id AS platform_indicator_id, p.name_sv, p.name_en, p.unit, p.period_type,
              p.gender_split, p.higher_is_better, count(*)::int AS followed_by
         FROM indicators i JOIN platform_indicators p ON p.id = i.platform_indicator_id
        WHERE i.tenant_id = ANY($1)
        GROUP BY p.id
        ORDER BY followed_by DESC, p.name_sv, p.id`,
      [tenantIds],
    );
  }

  /** Which of these kommuner follow one catalogue indicator (their own indicator's id). */
  followers(
    tenantIds: string[],
    platformIndicatorId: string,
  ): Promise<Array<{ tenant_id: string; id: string }>> {
    return this.query(
      `SELECT tenant_id, id FROM indicators
        WHERE tenant_id = ANY($1) AND platform_indicator_id = $2`,
      [tenantIds, platformIndicatorId],
    );
  }

  /**
   * The figures of the given kommun indicators (one catalogue indicator's, from
   * followers()), optionally of the periods from..to only (inclusive, as text:
   * '2024-01'..'2024-12' is one year's months), in the same order as measurements() so the
   * small-number rule meets them in the same order. Each (kommun, indicator) pair is one
   * primary-key range; without a join to indicators the planner has one table's policies to
   * expand, not two.
   */
  indicatorMeasurements(
    followers: ReadonlyArray<{ tenant_id: string; id: string }>,
    window?: { from: string; to: string },
  ): Promise<MeasurementRow[]> {
    const pairs = [followers.map((f) => f.tenant_id), followers.map((f) => f.id)];
    return this.query<MeasurementRow>(
      `SELECT m.tenant_id, m.indicator_id, m.period, m.gender, m.state, m.value
         FROM unnest($1::uuid[], $2::uuid[]) AS k(tenant_id, indicator_id)
         JOIN measurements m ON m.tenant_id = k.tenant_id AND m.indicator_id = k.indicator_id
        WHERE m.area = 'municipality' ${window ? 'AND m.period BETWEEN $3 AND $4' : ''}
        ORDER BY m.period, CASE m.gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END`,
      window ? [...pairs, window.from, window.to] : pairs,
    );
  }

  /** The years these kommun indicators have figures for (a monthly indicator's years). */
  indicatorYears(followers: ReadonlyArray<{ tenant_id: string; id: string }>): Promise<string[]> {
    return this.query<{ year: string }>(
      `SELECT DISTINCT left(m.period, 4) AS year
         FROM unnest($1::uuid[], $2::uuid[]) AS k(tenant_id, indicator_id)
         JOIN measurements m ON m.tenant_id = k.tenant_id AND m.indicator_id = k.indicator_id
        WHERE m.area = 'municipality'
        ORDER BY 1`,
      [followers.map((f) => f.tenant_id), followers.map((f) => f.id)],
    ).then((rows) => rows.map((r) => r.year));
  }

  agreements(tenantIds: string[]): Promise<AgreementRow[]> {
    return this.query<AgreementRow>(
      `SELECT a.tenant_id, a.signed_on::text, a.last_follow_up_on::text, p.type, p.care_service
         FROM agreements a JOIN partners p ON p.tenant_id = a.tenant_id AND p.id = a.partner_id
        WHERE a.tenant_id = ANY($1)`,
      [tenantIds],
    );
  }
}
