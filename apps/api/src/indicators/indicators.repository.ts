import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { IndicatorKind, IndicatorUnit, PeriodType } from '@samla/domain';
import { updateVersioned } from '../database/versioned-update.js';
import { IndicatorEntity } from './indicator.entity.js';
import { declareActor } from '../database/declare-actor.js';

/** A kommun's indicator with its definition: its own, or the catalogue entry it follows. */
export interface IndicatorRow {
  id: string;
  kind: IndicatorKind;
  platformIndicatorId: string | null;
  koladaId: string | null;
  agenda2030IndicatorId: string | null;
  nameSv: string;
  nameEn: string | null;
  description: string | null;
  unit: IndicatorUnit;
  higherIsBetter: boolean;
  periodType: PeriodType;
  genderSplit: boolean;
  source: string | null;
  agenda2030TargetId: string | null;
  baselinePeriod: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
  version: number;
  updatedAt: Date;
}

export type NewIndicator = Omit<IndicatorEntity, 'version' | 'createdAt' | 'updatedAt'>;
export type IndicatorChanges = Partial<
  Pick<
    IndicatorEntity,
    | 'nameSv'
    | 'nameEn'
    | 'description'
    | 'unit'
    | 'higherIsBetter'
    | 'source'
    | 'agenda2030TargetId'
    | 'baselinePeriod'
    | 'baselineValue'
    | 'targetValue'
    | 'targetYear'
  >
>;

const SELECT = `
  SELECT i.id, i.platform_indicator_id, COALESCE(p.kind, 'own') AS kind, p.kolada_id,
         p.agenda2030_indicator_id,
         COALESCE(p.name_sv, i.name_sv) AS name_sv,
         CASE WHEN p.id IS NULL THEN i.name_en ELSE p.name_en END AS name_en,
         CASE WHEN p.id IS NULL THEN i.description ELSE p.description END AS description,
         COALESCE(p.unit, i.unit) AS unit,
         COALESCE(p.higher_is_better, i.higher_is_better) AS higher_is_better,
         COALESCE(p.period_type, i.period_type) AS period_type,
         COALESCE(p.gender_split, i.gender_split) AS gender_split,
         CASE WHEN p.id IS NULL THEN i.source ELSE p.source END AS source,
         CASE WHEN p.id IS NULL THEN i.agenda2030_target_id ELSE p.agenda2030_target_id END
           AS agenda2030_target_id,
         i.baseline_period, i.baseline_value, i.target_value, i.target_year, i.version, i.updated_at
    FROM indicators i LEFT JOIN platform_indicators p ON p.id = i.platform_indicator_id`;

interface RawRow {
  id: string;
  platform_indicator_id: string | null;
  kind: IndicatorKind;
  kolada_id: string | null;
  agenda2030_indicator_id: string | null;
  name_sv: string;
  name_en: string | null;
  description: string | null;
  unit: IndicatorUnit;
  higher_is_better: boolean;
  period_type: PeriodType;
  gender_split: boolean;
  source: string | null;
  agenda2030_target_id: string | null;
  baseline_period: string | null;
  baseline_value: number | null;
  target_value: number | null;
  target_year: number | null;
  version: number;
  updated_at: Date;
}

const toRow = (r: RawRow): IndicatorRow => ({
  id: r.id,
  kind: r.kind,
  platformIndicatorId: r.platform_indicator_id,
  koladaId: r.kolada_id,
  agenda2030IndicatorId: r.agenda2030_indicator_id,
  nameSv: r.name_sv,
  nameEn: r.name_en,
  description: r.description,
  unit: r.unit,
  higherIsBetter: r.higher_is_better,
  periodType: r.period_type,
  genderSplit: r.gender_split,
  source: r.source,
  agenda2030TargetId: r.agenda2030_target_id,
  baselinePeriod: r.baseline_period,
  baselineValue: r.baseline_value,
  targetValue: r.target_value,
  targetYear: r.target_year,
  version: r.version,
  updatedAt: r.updated_at,
});

@Injectable()
export class IndicatorsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(IndicatorEntity);
  }

  /** Makes the rest of this transaction act for one kommun and user, for RLS. */
  async actAs(tenantId: string, userId: string | null): Promise<void> {
    await declareActor(this.txHost.tx, tenantId, userId);
  }

  /** The kommun's kommunkod and länskod: the areas Kolada figures are read for. */
  async tenantArea(tenantId: string): Promise<{ code: string; regionCode: string }> {
    const [row]: Array<{ code: string; region_code: string }> = await this.txHost.tx.query(
      `SELECT code, region_code FROM tenants WHERE id = $1`,
      [tenantId],
    );
    if (!row) throw new Error(`No tenant ${tenantId}`);
    return { code: row.code, regionCode: row.region_code };
  }

  async list(tenantId: string): Promise<IndicatorRow[]> {
    const rows: RawRow[] = await this.txHost.tx.query(
      `${SELECT} WHERE i.tenant_id = $1 ORDER BY name_sv, i.id`,
      [tenantId],
    );
    return rows.map(toRow);
  }

  async listByIds(tenantId: string, ids: readonly string[]): Promise<IndicatorRow[]> {
    if (!ids.length) return [];
    const rows: RawRow[] = await this.txHost.tx.query(
      `${SELECT} WHERE i.tenant_id = $1 AND i.id = ANY($2::uuid[]) ORDER BY name_sv, i.id`,
      [tenantId, ids],
    );
    return rows.map(toRow);
  }

  /** One indicator; `lock` takes the kommun's row for update (edits, target, figures). */
  async find(tenantId: string, id: string, lock = false): Promise<IndicatorRow | null> {
    const [row]: RawRow[] = await this.txHost.tx.query(
      `${SELECT} WHERE i.tenant_id = $1 AND i.id = $2 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [tenantId, id],
    );
    return row ? toRow(row) : null;
  }

  /** The kommun's follows of these catalogue entries, by catalogue id. */
  async followsOf(tenantId: string, platformIds: readonly string[]): Promise<Map<string, string>> {
    if (!platformIds.length) return new Map();
    const rows: Array<{ id: string; platform_indicator_id: string }> = await this.txHost.tx.query(
      `SELECT id, platform_indicator_id FROM indicators
        WHERE tenant_id = $1 AND platform_indicator_id = ANY($2::uuid[])`,
      [tenantId, platformIds],
    );
    return new Map(rows.map((r) => [r.platform_indicator_id, r.id]));
  }

  async insert(indicator: NewIndicator): Promise<void> {
    await this.repo.insert(indicator);
  }

  /** Applies the changes when the version still matches; false when someone came first. */
  updateIfVersion(
    tenantId: string,
    id: string,
    expectedVersion: number,
    changes: IndicatorChanges,
  ): Promise<boolean> {
    return updateVersioned(this.repo, { tenant_id: tenantId, id }, expectedVersion, changes);
  }

  /** Deletes the indicator; its figures and links go with it (ON DELETE CASCADE). */
  async delete(tenantId: string, id: string): Promise<void> {
    await this.repo.delete({ tenantId, id });
  }
}
