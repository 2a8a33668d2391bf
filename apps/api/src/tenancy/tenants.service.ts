import { Injectable } from '@nestjs/common';
import { type Tenant, type TenantRole } from '@samla/domain';
import { findMunicipality, findRegion } from '@samla/reference-data';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { TenantsRepository, type TenantRow } from './tenants.repository.js';

const view = (t: TenantRow): Tenant => ({
  id: t.id,
  code: t.code,
  name: t.name,
  regionCode: t.regionCode,
  regionName: t.regionName,
  createdAt: t.createdAt.toISOString(),
});

@Injectable()
export class TenantsService {
  constructor(
    private readonly tenants: TenantsRepository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  /** Platform admins see every onboarded kommun; everyone else the ones they belong to. */
  async listVisible(): Promise<Tenant[]> {
    const principal = this.cls.get('principal');
    if (!principal) return [];
    const rows = principal.isPlatformAdmin
      ? await this.tenants.listAll()
      : await this.tenants.listByIds(principal.memberships.map((m) => m.tenantId));
    return rows.map(view);
  }

  async get(code: string): Promise<Tenant> {
    const row = await this.tenants.findByCode(code);
    if (!row) throw AppError.notFound();
    return view(row);
  }

  /**
   * Onboards a kommun from the official list. The tenant row and its audit record are
   * written in the request's transaction: a failure leaves no half-made tenant.
   */
  async onboard(code: string): Promise<Tenant> {
    const municipality = findMunicipality(code);
    if (!municipality) throw new AppError(400, 'unknown_municipality', { code });
    if (await this.tenants.findByCode(code))
      throw new AppError(409, 'tenant_already_onboarded', { code });
    const region = findRegion(municipality.regionCode);
    const id = randomUUID();
    await this.tenants.insert({
      id,
      code,
      name: municipality.name,
      regionCode: municipality.regionCode,
    });
    await this.tenants.actAs(id);
    await this.audit.record({
      tenantId: id,
      action: 'tenant.onboarded',
      entityType: 'tenant',
      entityId: id,
      after: {
        code,
        name: municipality.name,
        regionCode: municipality.regionCode,
        regionName: region?.name,
      },
    });
    return this.get(code);
  }

  /** Gives a user a role in a kommun (demo loader, CLI; an admin screen comes later). */
  async addMember(
    tenantId: string,
    userId: string,
    role: TenantRole,
    orgUnitIds: string[] = [],
  ): Promise<void> {
    await this.tenants.actAs(tenantId);
    await this.tenants.addMember(tenantId, userId, role);
    await this.tenants.replaceMemberUnits(tenantId, userId, orgUnitIds);
    await this.audit.record({
      tenantId,
      action: 'membership.granted',
      entityType: 'membership',
      entityId: userId,
      after: { role, orgUnitIds },
    });
  }
}
