import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  type Assessment,
  type CreateAssessmentInput,
  type UpdateAssessmentInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { toAssessment } from './collaboration-views.js';
import { AssessmentsRepository, MeetingsRepository } from './forums.repository.js';
import { ForumsService } from './forums.service.js';

/** How the collaboration works, judged now and then: the forum's history of assessments. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly forums: ForumsService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async list(forumId: string): Promise<Assessment[]> {
    await this.forums.get(forumId);
    const rows = await this.assessments.listWhere(
      { tenantId: this.tenantId(), forumId },
      { date: 'DESC', createdAt: 'DESC' },
    );
    return rows.map(toAssessment);
  }

  /** The meeting an assessment was made at must be one of this forum's. */
  private async assertMeeting(forumId: string, meetingId: string | null | undefined) {
    if (!meetingId) return;
    if (await this.meetings.find(this.tenantId(), meetingId, { forumId })) return;
    throw new ValidationFailedError([
      fieldIssue('meetingId', 'unknown_reference', this.cls.get('language') ?? 'sv'),
    ]);
  }

  async create(forumId: string, input: CreateAssessmentInput): Promise<Assessment> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    await this.assertMeeting(forumId, input.meetingId);
    const id = randomUUID();
    await this.assessments.insert({
      tenantId,
      id,
      forumId,
      date: input.date,
      rating: input.rating,
      comment: input.comment ?? null,
      meetingId: input.meetingId ?? null,
    });
    const created = toAssessment((await this.assessments.find(tenantId, id))!);
    await this.audit.record({
      action: 'assessment.created',
      entityType: 'assessment',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(forumId: string, id: string, input: UpdateAssessmentInput): Promise<Assessment> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    const current = await this.assessments.findForUpdate(tenantId, id, { forumId });
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(toAssessment(current));
    await this.assertMeeting(forumId, input.meetingId);
    const { version, ...changes } = input;
    const updated = await this.assessments.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(toAssessment(current));
    const after = toAssessment(updated);
    await this.audit.record({
      action: 'assessment.updated',
      entityType: 'assessment',
      entityId: id,
      before: toAssessment(current),
      after,
    });
    return after;
  }

  async remove(forumId: string, id: string): Promise<void> {
    const tenantId = this.tenantId();
    await this.forums.lock(forumId);
    const current = await this.assessments.findForUpdate(tenantId, id, { forumId });
    if (!current) throw AppError.notFound();
    await this.assessments.delete(tenantId, id);
    await this.audit.record({
      action: 'assessment.deleted',
      entityType: 'assessment',
      entityId: id,
      before: toAssessment(current),
    });
  }
}
