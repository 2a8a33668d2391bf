import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  type CreatePlatformIndicatorInput,
  type PlatformIndicator,
  type UpdatePlatformIndicatorInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { Agenda2030Repository } from './agenda2030.repository.js';
import { toPlatformIndicator } from './indicator-views.js';
import { PlatformIndicatorsRepository } from './platform-indicators.repository.js';

/**
 * The shared indicator catalogue. The Agenda 2030 indicators come with the platform;
 * platform admins add Kolada KPIs by their Kolada id (Samla names none itself).
 */
@Injectable()
export class PlatformIndicatorsService {
  constructor(
    private readonly catalogue: PlatformIndicatorsRepository,
    private readonly agenda2030: Agenda2030Repository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private unknown(field: string): ValidationFailedError {
    return new ValidationFailedError([
      fieldIssue(field, 'unknown_reference', this.cls.get('language') ?? 'sv'),
    ]);
  }

  async list(): Promise<PlatformIndicator[]> {
    return (await this.catalogue.list()).map(toPlatformIndicator);
  }

  async create(input: CreatePlatformIndicatorInput): Promise<PlatformIndicator> {
    let targetId = input.agenda2030TargetId ?? null;
    if (input.kind === 'kolada') {
      const koladaId = input.koladaId as string;
      if ((await this.catalogue.findByKoladaIds([koladaId])).length)
        throw new AppError(409, 'platform_indicator_exists', { id: koladaId });
    } else {
      const id = input.agenda2030IndicatorId as string;
      const reference = await this.agenda2030.findIndicator(id);
      if (!reference) throw this.unknown('agenda2030IndicatorId');
      if (await this.catalogue.findByAgenda2030Indicator(id))
        throw new AppError(409, 'platform_indicator_exists', { id });
      targetId ??= reference.targetId;
    }
    if (targetId && !(await this.agenda2030.existingTargets([targetId])).has(targetId))
      throw this.unknown('agenda2030TargetId');
    const created = toPlatformIndicator(
      await this.catalogue.insert({
        id: randomUUID(),
        kind: input.kind,
        koladaId: input.kind === 'kolada' ? (input.koladaId ?? null) : null,
        agenda2030IndicatorId:
          input.kind === 'agenda2030' ? (input.agenda2030IndicatorId ?? null) : null,
        agenda2030TargetId: targetId,
        nameSv: input.nameSv,
        nameEn: input.nameEn ?? null,
        description: input.description ?? null,
        unit: input.unit,
        higherIsBetter: input.higherIsBetter,
        periodType: input.periodType,
        genderSplit: input.genderSplit,
        source: input.source ?? (input.kind === 'kolada' ? 'Kolada' : null),
      }),
    );
    await this.audit.record({
      tenantId: null,
      action: 'platform_indicator.created',
      entityType: 'platform_indicator',
      entityId: created.id,
      after: created,
    });
    return created;
  }

  async update(id: string, input: UpdatePlatformIndicatorInput): Promise<PlatformIndicator> {
    const current = await this.catalogue.findForUpdate(id);
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(toPlatformIndicator(current));
    const { version, ...changes } = input;
    const target = changes.agenda2030TargetId;
    if (target && !(await this.agenda2030.existingTargets([target])).has(target))
      throw this.unknown('agenda2030TargetId');
    const updated = await this.catalogue.updateIfVersion(id, version, changes);
    if (!updated) throw AppError.stale(toPlatformIndicator(current));
    const after = toPlatformIndicator(updated);
    await this.audit.record({
      tenantId: null,
      action: 'platform_indicator.updated',
      entityType: 'platform_indicator',
      entityId: id,
      before: toPlatformIndicator(current),
      after,
    });
    return after;
  }
}
