import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  isoDateIn,
  type Assignment,
  type CreateAssignmentInput,
  type UpdateAssignmentInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { ReferencesService } from '../collaboration/references.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import type { AssignmentEntity } from './assignment.entity.js';
import { CasesService } from './cases.service.js';
import { AssignmentsRepository, DecisionsRepository } from './governance.repository.js';
import { toAssignment } from './governance-views.js';

/** Uppdrag and återrapportering: who reports back, to which body, by when. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly decisions: DecisionsRepository,
    private readonly cases: CasesService,
    private readonly references: ReferencesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  /** Views with due dates resolved against the known meetings of the bodies reported to. */
  async views(rows: AssignmentEntity[], today = isoDateIn(new Date())): Promise<Assignment[]> {
    const bodies = [...new Set(rows.flatMap((r) => (r.reportToUnitId ? [r.reportToUnitId] : [])))];
    const meetings = await this.decisions.meetingDates(this.tenantId(), bodies);
    return rows.map((r) =>
      toAssignment(r, r.reportToUnitId ? (meetings.get(r.reportToUnitId) ?? []) : [], today),
    );
  }

  async list(caseId: string): Promise<Assignment[]> {
    await this.cases.get(caseId);
    return this.views(await this.assignments.byCases(this.tenantId(), [caseId]));
  }

  async get(caseId: string, id: string): Promise<Assignment> {
    const row = await this.assignments.find(this.tenantId(), id, { caseId });
    if (!row) throw AppError.notFound();
    return (await this.views([row]))[0] as Assignment;
  }

  private async assertReferences(caseId: string, input: Partial<CreateAssignmentInput>) {
    await this.references.assertExist([
      ['responsibleUnitId', 'orgUnit', input.responsibleUnitId],
      ['reportToUnitId', 'orgUnit', input.reportToUnitId],
      ['responsibleUserId', 'user', input.responsibleUserId],
    ]);
    if (
      input.decisionId &&
      !(await this.decisions.find(this.tenantId(), input.decisionId, { caseId }))
    )
      throw new ValidationFailedError([
        fieldIssue('decisionId', 'unknown_reference', this.cls.get('language') ?? 'sv'),
      ]);
  }

  async create(caseId: string, input: CreateAssignmentInput): Promise<Assignment> {
    const tenantId = this.tenantId();
    await this.cases.lock(caseId);
    await this.assertReferences(caseId, input);
    const id = randomUUID();
    await this.assignments.insert({
      tenantId,
      id,
      caseId,
      decisionId: input.decisionId ?? null,
      title: input.title,
      description: input.description ?? null,
      responsibleUnitId: input.responsibleUnitId ?? null,
      responsibleRole: input.responsibleRole ?? null,
      responsibleUserId: input.responsibleUserId ?? null,
      reportToUnitId: input.reportToUnitId ?? null,
      dueDate: input.dueDate ?? null,
      dueMeetingMonth: input.dueMeetingMonth ?? null,
      status: input.status ?? 'open',
      reportedOn: input.reportedOn ?? null,
    });
    const created = await this.get(caseId, id);
    await this.audit.record({
      action: 'assignment.created',
      entityType: 'assignment',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(caseId: string, id: string, input: UpdateAssignmentInput): Promise<Assignment> {
    const tenantId = this.tenantId();
    await this.cases.lock(caseId);
    const current = await this.assignments.findForUpdate(tenantId, id, { caseId });
    if (!current) throw AppError.notFound();
    const before = (await this.views([current]))[0] as Assignment;
    if (current.version !== input.version) throw AppError.stale(before);
    await this.assertReferences(caseId, input);
    const { version, ...changes } = input;
    // A date replaces a meeting month and the other way round.
    if (changes.dueDate) changes.dueMeetingMonth = null;
    if (changes.dueMeetingMonth) changes.dueDate = null;
    const status = changes.status ?? current.status;
    const reportedOn = changes.reportedOn === undefined ? current.reportedOn : changes.reportedOn;
    if (status === 'reported' && !reportedOn)
      throw new ValidationFailedError([
        fieldIssue('reportedOn', 'required', this.cls.get('language') ?? 'sv'),
      ]);
    const updated = await this.assignments.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(before);
    const after = (await this.views([updated]))[0] as Assignment;
    await this.audit.record({
      action: 'assignment.updated',
      entityType: 'assignment',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  async remove(caseId: string, id: string): Promise<void> {
    const tenantId = this.tenantId();
    await this.cases.lock(caseId);
    const current = await this.assignments.findForUpdate(tenantId, id, { caseId });
    if (!current) throw AppError.notFound();
    const before = (await this.views([current]))[0] as Assignment;
    await this.assignments.delete(tenantId, id);
    await this.audit.record({
      action: 'assignment.deleted',
      entityType: 'assignment',
      entityId: id,
      before,
    });
  }
}
