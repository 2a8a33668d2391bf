import { Injectable } from '@nestjs/common';
import type { CreatePartnerInput, Partner, UpdatePartnerInput } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { toPartner } from './collaboration-views.js';
import type { PartnerEntity } from './partner.entity.js';
import { PartnersRepository } from './partners.repository.js';
import { ReferencesService } from './references.service.js';

/** Samverkansparter and their contact persons. */
@Injectable()
export class PartnersService {
  constructor(
    private readonly partners: PartnersRepository,
    private readonly references: ReferencesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async list(): Promise<Partner[]> {
    const tenantId = this.tenantId();
    const rows = await this.partners.list(tenantId);
    const contacts = await this.partners.contacts(
      tenantId,
      rows.map((r) => r.id),
    );
    return rows.map((p) =>
      toPartner(
        p,
        contacts.filter((c) => c.partnerId === p.id),
      ),
    );
  }

  async get(id: string): Promise<Partner> {
    const row = await this.partners.find(this.tenantId(), id);
    if (!row) throw AppError.notFound();
    return this.view(row);
  }

  private async view(row: PartnerEntity): Promise<Partner> {
    return toPartner(row, await this.partners.contacts(row.tenantId, [row.id]));
  }

  async create(input: CreatePartnerInput): Promise<Partner> {
    const tenantId = this.tenantId();
    await this.references.assertExist([['orgUnitId', 'orgUnit', input.orgUnitId]]);
    const id = randomUUID();
    await this.partners.insert({
      tenantId,
      id,
      name: input.name,
      type: input.type,
      orgUnitId: input.orgUnitId ?? null,
      careService: input.type === 'region_healthcare' ? (input.careService ?? null) : null,
      description: input.description ?? null,
    });
    await this.partners.replaceContacts(tenantId, id, contactRows(input.contacts ?? []));
    const created = await this.get(id);
    await this.audit.record({
      action: 'partner.created',
      entityType: 'partner',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(id: string, input: UpdatePartnerInput): Promise<Partner> {
    const tenantId = this.tenantId();
    const current = await this.partners.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    const before = await this.view(current);
    if (current.version !== input.version) throw AppError.stale(before);
    const type = input.type ?? current.type;
    await this.references.assertExist([['orgUnitId', 'orgUnit', input.orgUnitId]]);
    const { version, contacts, ...changes } = input;
    const updated = await this.partners.updateIfVersion(tenantId, id, version, {
      ...changes,
      // Only an internal unit can be one of the kommun's org units.
      ...(type !== 'internal_unit' ? { orgUnitId: null } : {}),
      // Only the region's healthcare has a care service.
      ...(type !== 'region_healthcare' ? { careService: null } : {}),
    });
    if (!updated) throw AppError.stale(before);
    if (contacts) await this.partners.replaceContacts(tenantId, id, contactRows(contacts));
    const after = await this.view(updated);
    await this.audit.record({
      action: 'partner.updated',
      entityType: 'partner',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  /** A partner that is a forum member or party to an agreement answers 409 (reference_in_use). */
  async remove(id: string): Promise<void> {
    const tenantId = this.tenantId();
    const current = await this.partners.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    const before = await this.view(current);
    await this.partners.delete(tenantId, id);
    await this.audit.record({
      action: 'partner.deleted',
      entityType: 'partner',
      entityId: id,
      before,
    });
  }
}

function contactRows(contacts: NonNullable<CreatePartnerInput['contacts']>) {
  return contacts.map((c) => ({
    id: randomUUID(),
    name: c.name ?? null,
    title: c.title,
    email: c.email ?? null,
    phone: c.phone ?? null,
  }));
}
