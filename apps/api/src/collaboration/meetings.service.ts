import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  type CreateMeetingInput,
  type Meeting,
  type UpdateMeetingInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { toMeeting } from './collaboration-views.js';
import type { MeetingEntity } from './forum.entity.js';
import { ForumsRepository, MeetingsRepository } from './forums.repository.js';
import { ForumsService } from './forums.service.js';

/** A forum's meetings, with who was present. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly forumsRepo: ForumsRepository,
    private readonly forums: ForumsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async list(forumId: string): Promise<Meeting[]> {
    await this.forums.get(forumId);
    const rows = await this.meetings.listWhere(
      { tenantId: this.tenantId(), forumId },
      { date: 'DESC', createdAt: 'DESC' },
    );
    return this.views(rows);
  }

  private async views(rows: MeetingEntity[]): Promise<Meeting[]> {
    const attendance = await this.meetings.attendance(
      this.tenantId(),
      rows.map((r) => r.id),
    );
    return rows.map((m) =>
      toMeeting(
        m,
        attendance.filter((a) => a.meetingId === m.id).map((a) => a.memberId),
      ),
    );
  }

  private async view(row: MeetingEntity): Promise<Meeting> {
    return (await this.views([row]))[0] as Meeting;
  }

  /** Attendees must be members of this forum. */
  private async assertMembers(forumId: string, memberIds: string[] | undefined) {
    if (!memberIds?.length) return;
    const members = new Set(
      (await this.forumsRepo.members(this.tenantId(), [forumId])).map((m) => m.id),
    );
    if (memberIds.some((id) => !members.has(id)))
      throw new ValidationFailedError([
        fieldIssue('attendeeMemberIds', 'unknown_reference', this.cls.get('language') ?? 'sv'),
      ]);
  }

  async create(forumId: string, input: CreateMeetingInput): Promise<Meeting> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    await this.assertMembers(forumId, input.attendeeMemberIds);
    const id = randomUUID();
    await this.meetings.insert({
      tenantId,
      id,
      forumId,
      date: input.date,
      agenda: input.agenda ?? null,
      notes: input.notes ?? null,
    });
    await this.meetings.replaceAttendance(tenantId, id, input.attendeeMemberIds ?? []);
    const created = await this.view((await this.meetings.find(tenantId, id))!);
    await this.audit.record({
      action: 'meeting.created',
      entityType: 'meeting',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(forumId: string, id: string, input: UpdateMeetingInput): Promise<Meeting> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    const current = await this.meetings.findForUpdate(tenantId, id, { forumId });
    if (!current) throw AppError.notFound();
    const before = await this.view(current);
    if (current.version !== input.version) throw AppError.stale(before);
    await this.assertMembers(forumId, input.attendeeMemberIds);
    const { version, attendeeMemberIds, ...changes } = input;
    const updated = await this.meetings.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(before);
    if (attendeeMemberIds) await this.meetings.replaceAttendance(tenantId, id, attendeeMemberIds);
    const after = await this.view(updated);
    await this.audit.record({
      action: 'meeting.updated',
      entityType: 'meeting',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  async remove(forumId: string, id: string): Promise<void> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    const current = await this.meetings.findForUpdate(tenantId, id, { forumId });
    if (!current) throw AppError.notFound();
    const before = await this.view(current);
    await this.meetings.delete(tenantId, id);
    await this.audit.record({
      action: 'meeting.deleted',
      entityType: 'meeting',
      entityId: id,
      before,
    });
  }
}
