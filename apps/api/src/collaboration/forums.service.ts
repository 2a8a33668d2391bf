import { Injectable } from '@nestjs/common';
import { isoDateIn, type CreateForumInput, type Forum, type UpdateForumInput } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { toForum } from './collaboration-views.js';
import type { ForumEntity } from './forum.entity.js';
import { ForumsRepository } from './forums.repository.js';
import { ReferencesService } from './references.service.js';

/** Samverkansgrupper, nätverk and styrgrupper, with their cadence status. */
@Injectable()
export class ForumsService {
  constructor(
    private readonly forums: ForumsRepository,
    private readonly references: ReferencesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async list(): Promise<Forum[]> {
    return this.views(await this.forums.list(this.tenantId()));
  }

  async get(id: string): Promise<Forum> {
    const row = await this.forums.find(this.tenantId(), id);
    if (!row) throw AppError.notFound();
    return (await this.views([row]))[0] as Forum;
  }

  /** Locks the forum, so its members, meetings and assessments change one writer at a time. */
  async lock(id: string): Promise<ForumEntity> {
    const row = await this.forums.findForUpdate(this.tenantId(), id);
    if (!row) throw AppError.notFound();
    return row;
  }

  async views(rows: ForumEntity[]): Promise<Forum[]> {
    const tenantId = this.tenantId();
    const ids = rows.map((r) => r.id);
    const [links, members, meetings, assessments] = await Promise.all([
      this.forums.links(tenantId, ids),
      this.forums.members(tenantId, ids),
      this.forums.meetingDates(tenantId, ids),
      this.forums.latestAssessments(tenantId, ids),
    ]);
    const today = isoDateIn(new Date());
    return rows.map((f) =>
      toForum(
        f,
        {
          links: links.filter((l) => l.forumId === f.id),
          members: members.filter((m) => m.forumId === f.id),
          meetingDates: meetings.filter((m) => m.forumId === f.id).map((m) => m.date),
          latestAssessment: assessments.find((a) => a.forumId === f.id) ?? null,
        },
        today,
      ),
    );
  }

  async create(input: CreateForumInput): Promise<Forum> {
    const tenantId = this.tenantId();
    await this.references.assertExist([
      ['conveningUnitId', 'orgUnit', input.conveningUnitId],
      ['planIds', 'plan', input.planIds],
      ['activityIds', 'activity', input.activityIds],
    ]);
    const id = randomUUID();
    await this.forums.insert({
      tenantId,
      id,
      name: input.name,
      kind: input.kind,
      purpose: input.purpose ?? null,
      conveningUnitId: input.conveningUnitId ?? null,
      cadenceUnit: input.cadence?.unit ?? null,
      cadenceCount: input.cadence?.count ?? null,
      activeFrom: input.activeFrom ?? null,
    });
    await this.forums.replaceLinks(tenantId, id, {
      planIds: input.planIds ?? [],
      activityIds: input.activityIds ?? [],
    });
    const created = await this.get(id);
    await this.audit.record({
      action: 'forum.created',
      entityType: 'forum',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(id: string, input: UpdateForumInput): Promise<Forum> {
    const tenantId = this.tenantId();
    const current = await this.lock(id);
    const before = (await this.views([current]))[0] as Forum;
    if (current.version !== input.version) throw AppError.stale(before);
    await this.references.assertExist([
      ['conveningUnitId', 'orgUnit', input.conveningUnitId],
      ['planIds', 'plan', input.planIds],
      ['activityIds', 'activity', input.activityIds],
    ]);
    const { version, cadence, planIds, activityIds, ...changes } = input;
    const updated = await this.forums.updateIfVersion(tenantId, id, version, {
      ...changes,
      ...(cadence !== undefined
        ? { cadenceUnit: cadence?.unit ?? null, cadenceCount: cadence?.count ?? null }
        : {}),
    });
    if (!updated) throw AppError.stale(before);
    await this.forums.replaceLinks(tenantId, id, { planIds, activityIds });
    const after = await this.get(id);
    await this.audit.record({
      action: 'forum.updated',
      entityType: 'forum',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  /** Deletes a forum with its members, meetings and assessments. */
  async remove(id: string): Promise<void> {
    const tenantId = this.tenantId();
    const current = await this.lock(id);
    const before = (await this.views([current]))[0] as Forum;
    await this.forums.delete(tenantId, id);
    await this.audit.record({ action: 'forum.deleted', entityType: 'forum', entityId: id, before });
  }

  /** Assessments of the given forums (for case timelines). */
  assessmentsOf(forumIds: string[]) {
    return this.forums.assessments(this.tenantId(), forumIds);
  }
}
