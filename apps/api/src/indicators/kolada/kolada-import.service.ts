import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  KOLADA_COUNTRY,
  koladaFigures,
  koladaRegionId,
  type KoladaDataPoint,
  type KoladaImportInput,
  type KoladaImportResult,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../../common/app-error.js';
import type { RequestContext } from '../../common/request-context.js';
import { requireTenant } from '../../tenancy/require-tenant.js';
import { IndicatorsRepository } from '../indicators.repository.js';
import { IndicatorsService } from '../indicators.service.js';
import { MeasurementsRepository, type MeasurementRow } from '../measurements.repository.js';
import { diffMeasurements, MeasurementsService } from '../measurements.service.js';
import { PlatformIndicatorsRepository } from '../platform-indicators.repository.js';
import { KoladaClient, KoladaError } from './kolada.client.js';

const MAX_LISTED_CHANGES = 500;
const side = (m: MeasurementRow | null) =>
  m && { state: m.state, value: m.value, sourceStatus: m.sourceStatus };

/**
 * Imports chosen Kolada KPIs for the kommun — and for comparison its län and the whole
 * country — from Kolada itself or from a saved answer. The KPIs must be in the catalogue;
 * the kommun starts following the ones it does not yet. Figures are upserted: importing
 * the same data again changes nothing. Kolada is asked outside any database transaction
 * (it may be slow), between a short one that checks the request and one that writes.
 */
@Injectable()
export class KoladaImportService {
  constructor(
    private readonly client: KoladaClient,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly indicatorRows: IndicatorsRepository,
    private readonly indicators: IndicatorsService,
    private readonly catalogue: PlatformIndicatorsRepository,
    private readonly measurementRows: MeasurementsRepository,
    private readonly measurements: MeasurementsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  /** A transaction for the request's kommun and user, as a request's own would be. */
  private inTenant<T>(work: () => Promise<T>): Promise<T> {
    const tenant = requireTenant(this.cls);
    const userId = this.cls.get('principal')?.userId ?? null;
    return this.txHost.withTransaction(async () => {
      await this.indicatorRows.actAs(tenant.id, userId);
      return work();
    });
  }

  async import(input: KoladaImportInput): Promise<KoladaImportResult> {
    const tenantId = requireTenant(this.cls).id;
    const { entries, area } = await this.inTenant(async () => {
      const entries = await this.catalogue.findByKoladaIds(input.kpis);
      const known = new Set(entries.map((e) => e.koladaId));
      const language = this.cls.get('language') ?? 'sv';
      const issues = input.kpis.flatMap((kpi, i) =>
        known.has(kpi)
          ? []
          : [fieldIssue(`kpis.${i}`, 'unknown_kolada_kpi', language, { value: kpi })],
      );
      if (issues.length) throw new ValidationFailedError(issues);
      return { entries, area: await this.indicatorRows.tenantArea(tenantId) };
    });

    const kpis = [...new Set(input.kpis)];
    const { points, requests } = input.data
      ? { points: [input.data].flat().flatMap((page) => page.values), requests: 0 }
      : await this.fetch(kpis, area, input);
    const { figures, received, ignored } = koladaFigures(points, {
      municipalityCode: area.code,
      regionCode: area.regionCode,
      compareWith: input.compareWith,
      kpis: new Set(kpis),
      years: input.years ? new Set(input.years) : null,
      genderSplit: new Set(entries.filter((e) => e.genderSplit).map((e) => e.koladaId as string)),
    });

    return this.inTenant(async () => {
      const result: KoladaImportResult = {
        dryRun: input.dryRun,
        from: input.data ? 'file' : 'kolada',
        requests,
        received,
        created: 0,
        updated: 0,
        unchanged: 0,
        ignored,
        indicators: [],
        changes: [],
      };
      const follows = await this.indicatorRows.followsOf(
        tenantId,
        entries.map((e) => e.id),
      );
      for (const entry of entries.sort(
        (a, b) => kpis.indexOf(a.koladaId as string) - kpis.indexOf(b.koladaId as string),
      )) {
        const kpi = entry.koladaId as string;
        let indicatorId = follows.get(entry.id) ?? null;
        const followed = indicatorId === null;
        if (indicatorId === null && !input.dryRun)
          indicatorId = (await this.indicators.followPlatform(entry.id, 'kpis')).id;
        result.indicators.push({ kpi, indicatorId, followed });

        const existing = indicatorId ? await this.measurementRows.list(tenantId, indicatorId) : [];
        const notes = new Map(existing.map((m) => [`${m.area}|${m.period}|${m.gender}`, m.note]));
        const incoming: MeasurementRow[] = figures
          .filter((f) => f.kpi === kpi)
          .map((f) => ({
            tenantId,
            indicatorId: indicatorId ?? '',
            area: f.area,
            period: f.period,
            gender: f.gender,
            state: f.state,
            value: f.value,
            source: 'Kolada',
            sourceStatus: f.sourceStatus,
            // A note the kommun wrote stays.
            note: notes.get(`${f.area}|${f.period}|${f.gender}`) ?? null,
          }));
        const diff = diffMeasurements(existing, incoming);
        result.created += diff.created.length;
        result.updated += diff.updated.length;
        result.unchanged += diff.unchanged;
        for (const change of [
          ...diff.created.map((after) => ({ before: null, after })),
          ...diff.updated,
        ])
          if (result.changes.length < MAX_LISTED_CHANGES)
            result.changes.push({
              kpi,
              area: change.after.area,
              period: change.after.period,
              gender: change.after.gender,
              before: side(change.before),
              after: side(change.after),
            });
        if (!input.dryRun && indicatorId)
          await this.measurements.write(indicatorId, diff, 'measurements.imported_from_kolada');
      }
      if (!input.dryRun && (result.created || result.updated))
        await this.audit.record({
          action: 'kolada.imported',
          entityType: 'tenant',
          entityId: tenantId,
          after: {
            from: result.from,
            kpis,
            years: input.years ?? null,
            compareWith: input.compareWith,
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
          },
        });
      return result;
    });
  }

  private async fetch(
    kpis: string[],
    area: { code: string; regionCode: string },
    input: KoladaImportInput,
  ): Promise<{ points: KoladaDataPoint[]; requests: number }> {
    const areas = [area.code];
    if (input.compareWith.includes('region')) areas.push(koladaRegionId(area.regionCode));
    if (input.compareWith.includes('country')) areas.push(KOLADA_COUNTRY);
    try {
      const { values, requests } = await this.client.fetchData(kpis, areas, input.years ?? []);
      return { points: values, requests };
    } catch (error) {
      if (!(error instanceof KoladaError)) throw error;
      throw new AppError(
        502,
        error.kind === 'unavailable' ? 'kolada_unavailable' : 'kolada_invalid_response',
        { detail: error.message },
      );
    }
  }
}
