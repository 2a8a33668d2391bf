import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  wouldCreateCycle,
  type CreateOrgUnitInput,
  type OrgUnit,
  type UpdateOrgUnitInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext, TenantScope } from '../common/request-context.js';
import type { OrgUnitEntity } from './org-unit.entity.js';
import { OrgUnitsRepository } from './org-units.repository.js';
import { requireTenant } from '../tenancy/require-tenant.js';

export const toOrgUnit = (e: OrgUnitEntity): OrgUnit => ({
  id: e.id,
  name: e.name,
  shortName: e.shortName,
  kind: e.kind,
  parentId: e.parentId,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly units: OrgUnitsRepository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenant(): TenantScope {
    return requireTenant(this.cls);
  }

  /**
   * Checks that every referenced unit exists in this kommun; a missing one is the named
   * field's error (400), never a database error.
   */
  async assertExist(
    references: Record<string, string | readonly string[] | null | undefined>,
  ): Promise<void> {
    const tenantId = this.tenant().id;
    const wanted = Object.values(references).flatMap((v) =>
      v == null ? [] : typeof v === 'string' ? [v] : [...v],
    );
    if (!wanted.length) return;
    const existing = await this.units.existingIds(tenantId, [...new Set(wanted)]);
    const language = this.cls.get('language') ?? 'sv';
    const issues = Object.entries(references)
      .filter(
        ([, v]) =>
          v != null && (typeof v === 'string' ? [v] : [...v]).some((id) => !existing.has(id)),
      )
      .map(([field]) => fieldIssue(field, 'unknown_reference', language));
    if (issues.length) throw new ValidationFailedError(issues);
  }

  async list(): Promise<OrgUnit[]> {
    return (await this.units.list(this.tenant().id)).map(toOrgUnit);
  }

  async get(id: string): Promise<OrgUnit> {
    const unit = await this.units.find(this.tenant().id, id);
    if (!unit) throw AppError.notFound();
    return toOrgUnit(unit);
  }

  async create(input: CreateOrgUnitInput): Promise<OrgUnit> {
    const tenantId = this.tenant().id;
    await this.assertExist({ parentId: input.parentId });
    const created = toOrgUnit(
      await this.units.insert({
        tenantId,
        id: randomUUID(),
        parentId: input.parentId ?? null,
        name: input.name,
        shortName: input.shortName ?? null,
        kind: input.kind,
      }),
    );
    await this.audit.record({
      action: 'org_unit.created',
      entityType: 'org_unit',
      entityId: created.id,
      after: created,
    });
    return created;
  }

  /**
   * A partial update based on `version`. The row is locked first, so of two concurrent
   * edits from the same version exactly one wins and the other gets 409 with the state
   * it lost to.
   */
  async update(id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    const tenantId = this.tenant().id;
    const current = await this.units.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(toOrgUnit(current));
    if (
      input.parentId !== undefined &&
      input.parentId !== current.parentId &&
      input.parentId !== null
    ) {
      await this.assertExist({ parentId: input.parentId });
      const all = await this.units.list(tenantId);
      if (wouldCreateCycle(all, id, input.parentId)) throw new AppError(409, 'org_unit_cycle');
    }
    const { version, ...changes } = input;
    const updated = await this.units.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(toOrgUnit((await this.units.find(tenantId, id)) ?? current));
    const after = toOrgUnit(updated);
    await this.audit.record({
      action: 'org_unit.updated',
      entityType: 'org_unit',
      entityId: id,
      before: toOrgUnit(current),
      after,
    });
    return after;
  }

  async remove(id: string): Promise<void> {
    const tenantId = this.tenant().id;
    const current = await this.units.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    if ((await this.units.countChildren(tenantId, id)) > 0)
      throw new AppError(409, 'org_unit_has_children');
    await this.units.delete(tenantId, id);
    await this.audit.record({
      action: 'org_unit.deleted',
      entityType: 'org_unit',
      entityId: id,
      before: toOrgUnit(current),
    });
  }
}
