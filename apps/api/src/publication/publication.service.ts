import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  isPublishable,
  publicPagePath,
  type FieldIssue,
  type Publication,
  type UpdatePublicationInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { PublicationRepository } from './publication.repository.js';

/** What a kommun publishes on its public page: off until a tenant admin turns it on. */
@Injectable()
export class PublicationService {
  constructor(
    private readonly repository: PublicationRepository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async get(): Promise<Publication> {
    const tenant = requireTenant(this.cls);
    const [publication, planIds, plans] = await Promise.all([
      this.repository.find(tenant.id),
      this.repository.planIds(tenant.id),
      this.repository.planOptions(tenant.id),
    ]);
    return {
      published: publication?.published ?? false,
      planIds,
      plans: plans.map((p) => ({ ...p, publishable: isPublishable(p.status) })),
      path: publicPagePath(tenant.code),
      version: publication?.version ?? 0,
      updatedAt: publication?.updatedAt.toISOString() ?? null,
    };
  }

  /**
   * Saves the whole choice; `version` 0 creates it, a stale version gets 409. Only adopted or
   * in-force plans of this kommun can be chosen (the schema asks a published page for one).
   */
  async update(input: UpdatePublicationInput): Promise<Publication> {
    const tenant = requireTenant(this.cls);
    const current = await this.repository.find(tenant.id, true);
    if ((current?.version ?? 0) !== input.version) throw AppError.stale(await this.get());
    const language = this.cls.get('language') ?? 'sv';
    const options = new Map(
      (await this.repository.planOptions(tenant.id)).map((p) => [p.id, p] as const),
    );
    const issues: FieldIssue[] = [];
    input.planIds.forEach((id, i) => {
      const plan = options.get(id);
      if (!plan) issues.push(fieldIssue(`planIds.${i}`, 'unknown_reference', language));
      else if (!isPublishable(plan.status))
        issues.push(fieldIssue(`planIds.${i}`, 'plan_not_publishable', language));
    });
    if (issues.length) throw new ValidationFailedError(issues);

    const before = current ? await this.get() : null;
    const userId = this.cls.get('principal')?.userId ?? null;
    if (current) await this.repository.update(tenant.id, input.published, userId);
    else await this.repository.insert(tenant.id, input.published, userId);
    await this.repository.replacePlans(tenant.id, input.planIds);
    const after = await this.get();
    await this.audit.record({
      action: input.published ? 'publication.published' : 'publication.unpublished',
      entityType: 'publication',
      entityId: tenant.id,
      before: before && { published: before.published, planIds: before.planIds },
      after: { published: after.published, planIds: after.planIds },
    });
    return after;
  }
}
