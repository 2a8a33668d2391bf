import { Injectable } from '@nestjs/common';
import type { RegionSharing, UpdateRegionSharingInput } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { RegionSharingRepository } from './region-sharing.repository.js';

const HISTORY = 10;
const flags = (s: {
  plans: boolean;
  coverage: boolean;
  indicators: boolean;
  collaboration: boolean;
}) => ({
  plans: s.plans,
  coverage: s.coverage,
  indicators: s.indicators,
  collaboration: s.collaboration,
});

/**
 * What the kommun shares with its region. Nothing until a tenant admin chooses; every
 * change is one audited write, and a withdrawal holds from the next request on, since
 * the coordinator's reads ask the database each time (no copy is kept).
 */
@Injectable()
export class RegionSharingService {
  constructor(
    private readonly sharing: RegionSharingRepository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async get(): Promise<RegionSharing> {
    const tenantId = requireTenant(this.cls).id;
    const row = await this.sharing.find(tenantId);
    const region = await this.sharing.region(tenantId);
    const history = await this.sharing.history(tenantId, HISTORY);
    const updatedBy = row?.updatedBy
      ? { id: row.updatedBy, displayName: (await this.sharing.displayName(row.updatedBy)) ?? '' }
      : null;
    return {
      ...(row
        ? flags(row)
        : { plans: false, coverage: false, indicators: false, collaboration: false }),
      region: region ?? { code: '', name: '' },
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy,
      history: history.map((h) => ({
        occurredAt: new Date(h.occurred_at).toISOString(),
        by: h.actor_user_id ? { id: h.actor_user_id, displayName: h.display_name ?? '' } : null,
        ...flags({
          plans: Boolean(h.after?.plans),
          coverage: Boolean(h.after?.coverage),
          indicators: Boolean(h.after?.indicators),
          collaboration: Boolean(h.after?.collaboration),
        }),
      })),
    };
  }

  async update(input: UpdateRegionSharingInput): Promise<RegionSharing> {
    const tenantId = requireTenant(this.cls).id;
    const userId = this.cls.get('principal')?.userId ?? null;
    const current = await this.sharing.find(tenantId, true);
    const before = current ? flags(current) : null;
    const next = { ...flags(input), updatedBy: userId };
    if (!current) {
      if (input.version !== 0) throw AppError.stale(await this.get());
      await this.sharing.insert({ tenantId, ...next });
    } else if (!(await this.sharing.update(tenantId, input.version, next))) {
      throw AppError.stale(await this.get());
    }
    await this.audit.record({
      action: 'region_sharing.updated',
      entityType: 'region_sharing',
      entityId: tenantId,
      before,
      after: flags(input),
    });
    return this.get();
  }
}
