import { Injectable } from '@nestjs/common';
import type { Programme, UpdateProgrammeInput } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { OrgUnitsService } from '../organisation/org-units.service.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { ProgrammeRepository } from './programme.repository.js';

/** A programme not yet saved: the kommun is organising, nothing chosen. Version 0. */
const EMPTY: Programme = {
  id: null,
  vision: null,
  violenceTypes: [],
  coordinatingUnitId: null,
  steeringGroupUnitIds: [],
  modelStep: 'organise',
  version: 0,
  updatedAt: null,
};

@Injectable()
export class ProgrammeService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly orgUnits: OrgUnitsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async get(): Promise<Programme> {
    const tenantId = requireTenant(this.cls).id;
    const programme = await this.programmes.find(tenantId);
    if (!programme) return EMPTY;
    return {
      id: programme.id,
      vision: programme.vision,
      violenceTypes: programme.violenceTypes,
      coordinatingUnitId: programme.coordinatingUnitId,
      steeringGroupUnitIds: await this.programmes.steeringUnits(tenantId, programme.id),
      modelStep: programme.modelStep,
      version: programme.version,
      updatedAt: programme.updatedAt.toISOString(),
    };
  }

  /** Saves the whole programme; `version` 0 creates it. A stale version gets 409. */
  async update(input: UpdateProgrammeInput): Promise<Programme> {
    const tenantId = requireTenant(this.cls).id;
    await this.orgUnits.assertExist({
      coordinatingUnitId: input.coordinatingUnitId,
      steeringGroupUnitIds: input.steeringGroupUnitIds,
    });
    const current = await this.programmes.findForUpdate(tenantId);
    if ((current?.version ?? 0) !== input.version) throw AppError.stale(await this.get());
    const before = current ? await this.get() : null;
    const fields = {
      vision: input.vision ?? null,
      violenceTypes: input.violenceTypes,
      coordinatingUnitId: input.coordinatingUnitId,
      modelStep: input.modelStep,
    };
    const id = current?.id ?? randomUUID();
    if (current) await this.programmes.update(tenantId, id, fields);
    else await this.programmes.insert(tenantId, id, fields);
    await this.programmes.replaceSteeringUnits(tenantId, id, input.steeringGroupUnitIds);
    const after = await this.get();
    await this.audit.record({
      action: 'programme.updated',
      entityType: 'programme',
      entityId: id,
      before,
      after,
    });
    return after;
  }
}
