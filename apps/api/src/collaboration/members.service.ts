import { Injectable } from '@nestjs/common';
import type { CreateMemberInput, ForumMember, UpdateMemberInput } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { toMember } from './collaboration-views.js';
import { ForumsRepository, MembersRepository } from './forums.repository.js';
import { ForumsService } from './forums.service.js';
import { ReferencesService } from './references.service.js';

/** A forum's members: partners or the kommun's own units, each with a role. */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly forumsRepo: ForumsRepository,
    private readonly forums: ForumsService,
    private readonly references: ReferencesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async list(forumId: string): Promise<ForumMember[]> {
    return (await this.forums.get(forumId)).members;
  }

  async create(forumId: string, input: CreateMemberInput): Promise<ForumMember> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    await this.references.assertExist([
      ['partnerId', 'partner', input.partnerId],
      ['orgUnitId', 'orgUnit', input.orgUnitId],
    ]);
    const existing = await this.forumsRepo.members(tenantId, [forumId]);
    if (
      existing.some(
        (m) =>
          (input.partnerId && m.partnerId === input.partnerId) ||
          (input.orgUnitId && m.orgUnitId === input.orgUnitId),
      )
    )
      throw new AppError(409, 'already_member');
    const id = randomUUID();
    await this.members.insert({
      tenantId,
      id,
      forumId,
      partnerId: input.partnerId ?? null,
      orgUnitId: input.orgUnitId ?? null,
      role: input.role,
      representative: input.representative ?? null,
    });
    const created = toMember((await this.members.find(tenantId, id))!);
    await this.audit.record({
      action: 'forum_member.added',
      entityType: 'forum_member',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(forumId: string, id: string, input: UpdateMemberInput): Promise<ForumMember> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    const current = await this.members.findForUpdate(tenantId, id, { forumId });
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(toMember(current));
    const { version, ...changes } = input;
    const updated = await this.members.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(toMember(current));
    const after = toMember(updated);
    await this.audit.record({
      action: 'forum_member.updated',
      entityType: 'forum_member',
      entityId: id,
      before: toMember(current),
      after,
    });
    return after;
  }

  /** Removes a member; the meetings it attended keep their other attendees. */
  async remove(forumId: string, id: string): Promise<void> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    const current = await this.members.findForUpdate(tenantId, id, { forumId });
    if (!current) throw AppError.notFound();
    await this.members.delete(tenantId, id);
    await this.audit.record({
      action: 'forum_member.removed',
      entityType: 'forum_member',
      entityId: id,
      before: toMember(current),
    });
  }
}
