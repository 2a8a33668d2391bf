import { Injectable } from '@nestjs/common';
import { fieldIssue, type Links, type SetLinksInput } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { Agenda2030Repository } from './agenda2030.repository.js';
import { IndicatorLinksRepository, type LinkOwner } from './indicator-links.repository.js';
import { IndicatorsService } from './indicators.service.js';

/**
 * Which Agenda 2030 targets and which of the kommun's indicators a plan goal or activity
 * works towards. Links are follow-up: they can be set on a plan in any status.
 */
@Injectable()
export class IndicatorLinksService {
  constructor(
    private readonly links: IndicatorLinksRepository,
    private readonly agenda2030: Agenda2030Repository,
    private readonly indicators: IndicatorsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async get(owner: LinkOwner, id: string): Promise<Links> {
    const tenantId = requireTenant(this.cls).id;
    if (!(await this.links.item(owner, tenantId, id))) throw AppError.notFound();
    return this.view(owner, tenantId, id);
  }

  /** Replaces the goal's or activity's whole set of links. */
  async set(owner: LinkOwner, id: string, input: SetLinksInput): Promise<Links> {
    const tenantId = requireTenant(this.cls).id;
    if (!(await this.links.lockItem(owner, tenantId, id))) throw AppError.notFound();
    const language = this.cls.get('language') ?? 'sv';
    const issues = [];
    const targets = await this.agenda2030.existingTargets(input.targetIds);
    const unknownTarget = input.targetIds.findIndex((t) => !targets.has(t));
    if (unknownTarget >= 0)
      issues.push(fieldIssue(`targetIds.${unknownTarget}`, 'unknown_reference', language));
    const indicators = new Set(
      (await this.indicators.listByIds(input.indicatorIds)).map((i) => i.id),
    );
    const unknownIndicator = input.indicatorIds.findIndex((i) => !indicators.has(i));
    if (unknownIndicator >= 0)
      issues.push(fieldIssue(`indicatorIds.${unknownIndicator}`, 'unknown_reference', language));
    if (issues.length) throw new ValidationFailedError(issues);

    const before = await this.links.links(owner, tenantId, id);
    await this.links.replace(owner, tenantId, id, input.targetIds, input.indicatorIds);
    await this.audit.record({
      action: `${owner}.links_set`,
      entityType: owner,
      entityId: id,
      before,
      after: { targetIds: input.targetIds, indicatorIds: input.indicatorIds },
    });
    return this.view(owner, tenantId, id);
  }

  /** Keeps a new plan revision's links: old goal or activity id → its copy. */
  copyForRevision(owner: LinkOwner, idMap: ReadonlyMap<string, string>): Promise<void> {
    return this.links.copy(owner, requireTenant(this.cls).id, idMap);
  }

  private async view(owner: LinkOwner, tenantId: string, id: string): Promise<Links> {
    const { targetIds, indicatorIds } = await this.links.links(owner, tenantId, id);
    const targets = (await this.agenda2030.reference()).targets;
    const indicators = await this.indicators.listByIds(indicatorIds);
    return {
      targets: targets
        .filter((t) => targetIds.includes(t.id))
        .sort((a, b) => a.id.localeCompare(b.id, 'sv', { numeric: true }))
        .map((t) => ({ id: t.id, goal: t.goal, textSv: t.textSv, textEn: t.textEn })),
      indicators: indicators.map((i) => ({
        id: i.id,
        kind: i.kind,
        nameSv: i.nameSv,
        nameEn: i.nameEn,
        status: i.status,
      })),
    };
  }
}
