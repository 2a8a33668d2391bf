import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  GENDERS,
  MEASUREMENT_AREAS,
  type MeasurementArea,
  type MeasurementState,
} from '@samla/domain';
import { Between, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { MeasurementEntity } from './measurement.entity.js';

const AREA_ORDER: readonly string[] = MEASUREMENT_AREAS;
const GENDER_ORDER: readonly string[] = GENDERS;

export type MeasurementRow = Omit<MeasurementEntity, 'createdAt' | 'updatedAt'>;

export interface TotalPoint {
  indicatorId: string;
  period: string;
  state: MeasurementState;
  value: number | null;
}

@Injectable()
export class MeasurementsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(MeasurementEntity);
  }

  /** Figures of one indicator, in area, period and gender order; bounds are inclusive. */
  async list(
    tenantId: string,
    indicatorId: string,
    range: { from?: string; to?: string; area?: MeasurementArea } = {},
  ): Promise<MeasurementEntity[]> {
    const period =
      range.from && range.to
        ? Between(range.from, range.to)
        : range.from
          ? MoreThanOrEqual(range.from)
          : range.to
            ? LessThanOrEqual(range.to)
            : undefined;
    const rows = await this.repo.find({
      where: {
        tenantId,
        indicatorId,
        ...(period ? { period } : {}),
        ...(range.area ? { area: range.area } : {}),
      },
    });
    return rows.sort(
      (a, b) =>
        AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area) ||
        a.period.localeCompare(b.period) ||
        GENDER_ORDER.indexOf(a.gender) - GENDER_ORDER.indexOf(b.gender),
    );
  }

  /** The kommun's own totals (gender T) of these indicators: what status and trend read. */
  async totals(tenantId: string, indicatorIds: readonly string[]): Promise<TotalPoint[]> {
    if (!indicatorIds.length) return [];
    const rows: Array<{
      indicator_id: string;
      period: string;
      state: MeasurementState;
      value: number | null;
    }> = await this.txHost.tx.query(
      `SELECT indicator_id, period, state, value FROM measurements
        WHERE tenant_id = $1 AND indicator_id = ANY($2::uuid[]) AND area = 'municipality' AND gender = 'T'
        ORDER BY indicator_id, period`,
      [tenantId, indicatorIds],
    );
    return rows.map((r) => ({
      indicatorId: r.indicator_id,
      period: r.period,
      state: r.state,
      value: r.value,
    }));
  }

  /**
   * Inserts or replaces figures, keyed by indicator, area, period and gender, in one
   * statement per thousand rows.
   */
  async upsert(rows: readonly MeasurementRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const column = <K extends keyof MeasurementRow>(key: K) => chunk.map((r) => r[key]);
      await this.txHost.tx.query(
        `INSERT INTO measurements (tenant_id, indicator_id, area, period, gender, state, value,
                                   source, source_status, note)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[],
                              $6::text[], $7::float8[], $8::text[], $9::text[], $10::text[])
         ON CONFLICT (tenant_id, indicator_id, area, period, gender) DO UPDATE
           SET state = EXCLUDED.state, value = EXCLUDED.value, source = EXCLUDED.source,
               source_status = EXCLUDED.source_status, note = EXCLUDED.note, updated_at = now()`,
        [
          column('tenantId'),
          column('indicatorId'),
          column('area'),
          column('period'),
          column('gender'),
          column('state'),
          column('value'),
          column('source'),
          column('sourceStatus'),
          column('note'),
        ],
      );
    }
  }
}
