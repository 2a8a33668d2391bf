import { Injectable } from '@nestjs/common';
import { fieldIssue, type FieldIssue } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { ReferencesRepository, type ReferenceKind } from './references.repository.js';

type Wanted = string | readonly string[] | null | undefined;

/**
 * Checks that what a body refers to exists in this kommun: a missing reference is the
 * named field's 400 (unknown_reference), never a database error, and never a way to learn
 * whether an id exists in another kommun.
 */
@Injectable()
export class ReferencesService {
  constructor(
    private readonly references: ReferencesRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async assertExist(checks: Array<[field: string, kind: ReferenceKind | 'user', ids: Wanted]>) {
    const tenantId = requireTenant(this.cls).id;
    const language = this.cls.get('language') ?? 'sv';
    const issues: FieldIssue[] = [];
    for (const [field, kind, value] of checks) {
      if (value == null) continue;
      const ids = typeof value === 'string' ? [value] : [...value];
      if (!ids.length) continue;
      const found =
        kind === 'user'
          ? await this.references.existingMembers(tenantId, ids)
          : await this.references.existing(tenantId, kind, ids);
      if (ids.some((id) => !found.has(id)))
        issues.push(fieldIssue(field, 'unknown_reference', language));
    }
    if (issues.length) throw new ValidationFailedError(issues);
  }
}
