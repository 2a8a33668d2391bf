import { Injectable } from '@nestjs/common';
import {
  rangeBound,
  validateMeasurementRows,
  type Measurement,
  type MeasurementQuery,
  type UpsertMeasurementsInput,
  type UpsertMeasurementsResult,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../audit/audit.service.js';
import { ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { toMeasurement } from './indicator-views.js';
import { IndicatorsService } from './indicators.service.js';
import type { MeasurementEntity } from './measurement.entity.js';
import { MeasurementsRepository, type MeasurementRow } from './measurements.repository.js';

const keyOf = (m: Pick<MeasurementRow, 'area' | 'period' | 'gender'>) =>
  `${m.area}|${m.period}|${m.gender}`;

const same = (a: MeasurementRow, b: MeasurementRow) =>
  a.state === b.state &&
  a.value === b.value &&
  a.source === b.source &&
  a.sourceStatus === b.sourceStatus &&
  a.note === b.note;

export interface MeasurementDiff {
  created: MeasurementRow[];
  updated: Array<{ before: MeasurementRow; after: MeasurementRow }>;
  unchanged: number;
}

/** What writing `incoming` over `existing` would change: re-sending the same figures changes nothing. */
export function diffMeasurements(
  existing: readonly MeasurementEntity[],
  incoming: readonly MeasurementRow[],
): MeasurementDiff {
  const current = new Map(existing.map((m) => [keyOf(m), m]));
  const diff: MeasurementDiff = { created: [], updated: [], unchanged: 0 };
  for (const row of incoming) {
    const before = current.get(keyOf(row));
    if (!before) diff.created.push(row);
    else if (same(before, row)) diff.unchanged++;
    else diff.updated.push({ before, after: row });
  }
  return diff;
}

const audited = (m: MeasurementRow) => ({
  area: m.area,
  period: m.period,
  gender: m.gender,
  state: m.state,
  value: m.value,
  source: m.source,
  sourceStatus: m.sourceStatus,
  note: m.note,
});

/** Utfall: a kommun's figures for one of its indicators, listed by period and written in bulk. */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly measurements: MeasurementsRepository,
    private readonly indicators: IndicatorsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async list(indicatorId: string, query: MeasurementQuery): Promise<Measurement[]> {
    const tenantId = requireTenant(this.cls).id;
    const indicator = await this.indicators.row(indicatorId);
    const rows = await this.measurements.list(tenantId, indicatorId, {
      from: query.from && rangeBound(query.from, indicator.periodType, 'from'),
      to: query.to && rangeBound(query.to, indicator.periodType, 'to'),
      area: query.area,
    });
    return rows.map(toMeasurement);
  }

  /**
   * Writes every row or none: each is checked against the indicator first (period form,
   * gender, state and value, unit), all problems reported together; then the changed ones
   * are written and audited in the request's transaction. Unchanged rows are left alone.
   */
  async upsert(
    indicatorId: string,
    input: UpsertMeasurementsInput,
  ): Promise<UpsertMeasurementsResult> {
    const tenantId = requireTenant(this.cls).id;
    const indicator = await this.indicators.row(indicatorId, true);
    const issues = validateMeasurementRows(
      input.measurements,
      indicator,
      this.cls.get('language') ?? 'sv',
    );
    if (issues.length) throw new ValidationFailedError(issues);

    const existing = await this.measurements.list(tenantId, indicatorId);
    const current = new Map(existing.map((m) => [keyOf(m), m]));
    const incoming: MeasurementRow[] = input.measurements.map((m) => {
      const before = current.get(keyOf(m));
      return {
        tenantId,
        indicatorId,
        area: m.area,
        period: m.period,
        gender: m.gender,
        state: m.state,
        value: m.state === 'value' ? (m.value ?? null) : null,
        // Left out: kept as it was. Sent empty: cleared.
        source: m.source === undefined ? (before?.source ?? null) : m.source,
        note: m.note === undefined ? (before?.note ?? null) : m.note,
        sourceStatus: null,
      };
    });
    const diff = diffMeasurements(existing, incoming);
    await this.write(indicatorId, diff, 'measurements.upserted');
    const wanted = new Set(incoming.map(keyOf));
    return {
      created: diff.created.length,
      updated: diff.updated.length,
      unchanged: diff.unchanged,
      measurements: (await this.measurements.list(tenantId, indicatorId))
        .filter((m) => wanted.has(keyOf(m)))
        .map(toMeasurement),
    };
  }

  /** Writes a diff and records it in the audit log; nothing at all when nothing changed. */
  async write(indicatorId: string, diff: MeasurementDiff, action: string): Promise<void> {
    if (!diff.created.length && !diff.updated.length) return;
    await this.measurements.upsert([...diff.created, ...diff.updated.map((u) => u.after)]);
    await this.audit.record({
      action,
      entityType: 'indicator',
      entityId: indicatorId,
      before: { measurements: diff.updated.map((u) => audited(u.before)) },
      after: {
        created: diff.created.map(audited),
        updated: diff.updated.map((u) => audited(u.after)),
      },
    });
  }
}
