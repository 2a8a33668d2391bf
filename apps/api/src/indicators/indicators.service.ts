import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  validateTarget,
  type CreateIndicatorInput,
  type FollowIndicatorInput,
  type Indicator,
  type IndicatorDetail,
  type ProgressExplanation,
  type SetIndicatorTargetInput,
  type StatusSeriesPoint,
  type UpdateIndicatorInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { Agenda2030Repository } from './agenda2030.repository.js';
import { IndicatorLinksRepository } from './indicator-links.repository.js';
import { progressOf, toIndicator, toMeasurement } from './indicator-views.js';
import { IndicatorsRepository, type IndicatorRow } from './indicators.repository.js';
import { MeasurementsRepository } from './measurements.repository.js';
import { PlatformIndicatorsRepository } from './platform-indicators.repository.js';

/**
 * A kommun's indicators: its own, and the catalogue entries it follows, each with the
 * kommun's baseline and target, its latest figure, trend and progress status.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly indicators: IndicatorsRepository,
    private readonly measurements: MeasurementsRepository,
    private readonly platform: PlatformIndicatorsRepository,
    private readonly agenda2030: Agenda2030Repository,
    private readonly links: IndicatorLinksRepository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  private language() {
    return this.cls.get('language') ?? 'sv';
  }

  /** The indicator or 404; `lock` for writes. */
  async row(id: string, lock = false): Promise<IndicatorRow> {
    const row = await this.indicators.find(this.tenantId(), id, lock);
    if (!row) throw AppError.notFound();
    return row;
  }

  /** Rows → views, reading every indicator's totals in one query. */
  async views(rows: IndicatorRow[]): Promise<Indicator[]> {
    const series = await this.totals(rows.map((r) => r.id));
    return rows.map((r) => toIndicator(r, series.get(r.id) ?? []));
  }

  private async totals(ids: string[]): Promise<Map<string, StatusSeriesPoint[]>> {
    const map = new Map<string, StatusSeriesPoint[]>();
    for (const p of await this.measurements.totals(this.tenantId(), ids))
      map.set(p.indicatorId, [...(map.get(p.indicatorId) ?? []), p]);
    return map;
  }

  async list(): Promise<Indicator[]> {
    return this.views(await this.indicators.list(this.tenantId()));
  }

  async listByIds(ids: string[]): Promise<Indicator[]> {
    return this.views(await this.indicators.listByIds(this.tenantId(), ids));
  }

  async view(id: string): Promise<Indicator> {
    const [view] = await this.views([await this.row(id)]);
    return view as Indicator;
  }

  async get(id: string): Promise<IndicatorDetail> {
    const tenantId = this.tenantId();
    const row = await this.row(id);
    const points = (await this.totals([id])).get(id) ?? [];
    const [linkedGoals, linkedActivities] = await Promise.all([
      this.links.itemsForIndicator('goal', tenantId, id),
      this.links.itemsForIndicator('activity', tenantId, id),
    ]);
    return {
      ...toIndicator(row, points),
      progress: progressOf(row, points),
      linkedGoals,
      linkedActivities,
    };
  }

  /** The progress status with what it was computed from, so the admin can explain it. */
  async status(id: string): Promise<ProgressExplanation> {
    const row = await this.row(id);
    return progressOf(row, (await this.totals([id])).get(id) ?? []);
  }

  async create(input: CreateIndicatorInput): Promise<Indicator> {
    const tenantId = this.tenantId();
    await this.assertTarget(input.agenda2030TargetId);
    const id = randomUUID();
    await this.indicators.insert({
      tenantId,
      id,
      platformIndicatorId: null,
      nameSv: input.nameSv,
      nameEn: input.nameEn ?? null,
      description: input.description ?? null,
      unit: input.unit,
      higherIsBetter: input.higherIsBetter,
      periodType: input.periodType,
      genderSplit: input.genderSplit,
      source: input.source ?? null,
      agenda2030TargetId: input.agenda2030TargetId ?? null,
      baselinePeriod: null,
      baselineValue: null,
      targetValue: null,
      targetYear: null,
    });
    const created = await this.view(id);
    await this.audit.record({
      action: 'indicator.created',
      entityType: 'indicator',
      entityId: id,
      after: created,
    });
    return created;
  }

  /** Follows a catalogue entry; following one already followed changes nothing. */
  async follow(input: FollowIndicatorInput): Promise<Indicator> {
    const { id } = await this.followPlatform(input.platformIndicatorId, 'platformIndicatorId');
    return this.view(id);
  }

  /** The kommun's follow of a catalogue entry, made when missing (also for Kolada imports). */
  async followPlatform(
    platformIndicatorId: string,
    field: string,
  ): Promise<{ id: string; followed: boolean }> {
    const tenantId = this.tenantId();
    const existing = (await this.indicators.followsOf(tenantId, [platformIndicatorId])).get(
      platformIndicatorId,
    );
    if (existing) return { id: existing, followed: false };
    if (!(await this.platform.find(platformIndicatorId)))
      throw new ValidationFailedError([fieldIssue(field, 'unknown_reference', this.language())]);
    const id = randomUUID();
    await this.indicators.insert({
      tenantId,
      id,
      platformIndicatorId,
      nameSv: null,
      nameEn: null,
      description: null,
      unit: null,
      higherIsBetter: null,
      periodType: null,
      genderSplit: null,
      source: null,
      agenda2030TargetId: null,
      baselinePeriod: null,
      baselineValue: null,
      targetValue: null,
      targetYear: null,
    });
    await this.audit.record({
      action: 'indicator.followed',
      entityType: 'indicator',
      entityId: id,
      after: { platformIndicatorId },
    });
    return { id, followed: true };
  }

  async update(id: string, input: UpdateIndicatorInput): Promise<Indicator> {
    const tenantId = this.tenantId();
    const current = await this.row(id, true);
    if (current.kind !== 'own') throw new AppError(409, 'indicator_not_own');
    if (current.version !== input.version) throw AppError.stale(await this.view(id));
    await this.assertTarget(input.agenda2030TargetId);
    const { version, ...changes } = input;
    const before = await this.view(id);
    if (!(await this.indicators.updateIfVersion(tenantId, id, version, changes)))
      throw AppError.stale(before);
    const after = await this.view(id);
    await this.audit.record({
      action: 'indicator.updated',
      entityType: 'indicator',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  /**
   * Removes the kommun's indicator: deletes its own, or stops following a catalogue entry.
   * Its figures and links go with it; the audit record keeps them.
   */
  async remove(id: string): Promise<void> {
    const tenantId = this.tenantId();
    const row = await this.row(id, true);
    const before = {
      indicator: (await this.views([row]))[0],
      measurements: (await this.measurements.list(tenantId, id)).map(toMeasurement),
    };
    await this.indicators.delete(tenantId, id);
    await this.audit.record({
      action: row.kind === 'own' ? 'indicator.deleted' : 'indicator.unfollowed',
      entityType: 'indicator',
      entityId: id,
      before,
    });
  }

  /** Sets baseline and target; a stale version answers 409 with the current indicator. */
  async setTarget(id: string, input: SetIndicatorTargetInput): Promise<Indicator> {
    const tenantId = this.tenantId();
    const current = await this.row(id, true);
    if (current.version !== input.version) throw AppError.stale(await this.view(id));
    const issues = validateTarget(input, current, this.language());
    if (issues.length) throw new ValidationFailedError(issues);
    const before = await this.view(id);
    const { version, ...target } = input;
    if (!(await this.indicators.updateIfVersion(tenantId, id, version, target)))
      throw AppError.stale(before);
    const after = await this.view(id);
    await this.audit.record({
      action: 'indicator.target_set',
      entityType: 'indicator',
      entityId: id,
      before: before.target,
      after: after.target,
    });
    return after;
  }

  private async assertTarget(targetId: string | null | undefined): Promise<void> {
    if (!targetId) return;
    if ((await this.agenda2030.existingTargets([targetId])).has(targetId)) return;
    throw new ValidationFailedError([
      fieldIssue('agenda2030TargetId', 'unknown_reference', this.language()),
    ]);
  }
}
