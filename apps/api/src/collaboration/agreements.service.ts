import { Injectable } from '@nestjs/common';
import {
  isoDateIn,
  type Agreement,
  type CreateAgreementInput,
  type UpdateAgreementInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { fieldIssue } from '@samla/domain';
import { AgreementsRepository } from './agreements.repository.js';
import { toAgreement } from './collaboration-views.js';
import { ReferencesService } from './references.service.js';

/** Överenskommelser with partners, current only when followed up within 24 months. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly agreements: AgreementsRepository,
    private readonly references: ReferencesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  private today(): string {
    return isoDateIn(new Date());
  }

  async list(): Promise<Agreement[]> {
    const today = this.today();
    return (await this.agreements.list(this.tenantId())).map((a) => toAgreement(a, today));
  }

  async get(id: string): Promise<Agreement> {
    const row = await this.agreements.find(this.tenantId(), id);
    if (!row) throw AppError.notFound();
    return toAgreement(row, this.today());
  }

  async create(input: CreateAgreementInput): Promise<Agreement> {
    const tenantId = this.tenantId();
    await this.references.assertExist([
      ['partnerId', 'partner', input.partnerId],
      ['responsibleUnitId', 'orgUnit', input.responsibleUnitId],
    ]);
    const id = randomUUID();
    await this.agreements.insert({
      tenantId,
      id,
      partnerId: input.partnerId,
      subject: input.subject,
      signedOn: input.signedOn,
      signatoryLevel: input.signatoryLevel,
      signedBy: input.signedBy ?? null,
      lastFollowUpOn: input.lastFollowUpOn ?? null,
      responsibleUnitId: input.responsibleUnitId ?? null,
      notes: input.notes ?? null,
    });
    const created = await this.get(id);
    await this.audit.record({
      action: 'agreement.created',
      entityType: 'agreement',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(id: string, input: UpdateAgreementInput): Promise<Agreement> {
    const tenantId = this.tenantId();
    const current = await this.agreements.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    const before = toAgreement(current, this.today());
    if (current.version !== input.version) throw AppError.stale(before);
    await this.references.assertExist([
      ['partnerId', 'partner', input.partnerId],
      ['responsibleUnitId', 'orgUnit', input.responsibleUnitId],
    ]);
    // A follow-up date alone is checked against the stored signing date.
    const signedOn = input.signedOn ?? current.signedOn;
    const followUp =
      input.lastFollowUpOn === undefined ? current.lastFollowUpOn : input.lastFollowUpOn;
    if (followUp && followUp < signedOn)
      throw new ValidationFailedError([
        fieldIssue('lastFollowUpOn', 'before_signing', this.cls.get('language') ?? 'sv'),
      ]);
    const { version, ...changes } = input;
    const updated = await this.agreements.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(before);
    const after = toAgreement(updated, this.today());
    await this.audit.record({
      action: 'agreement.updated',
      entityType: 'agreement',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  async remove(id: string): Promise<void> {
    const tenantId = this.tenantId();
    const current = await this.agreements.findForUpdate(tenantId, id);
    if (!current) throw AppError.notFound();
    await this.agreements.delete(tenantId, id);
    await this.audit.record({
      action: 'agreement.deleted',
      entityType: 'agreement',
      entityId: id,
      before: toAgreement(current, this.today()),
    });
  }
}
