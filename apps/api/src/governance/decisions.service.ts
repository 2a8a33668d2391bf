import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  isoDateIn,
  type CreateDecisionInput,
  type Decision,
  type UpdateDecisionInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { ReferencesService } from '../collaboration/references.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { CasesService } from './cases.service.js';
import type { DecisionEntity } from './decision.entity.js';
import { DecisionsRepository } from './governance.repository.js';
import { toDecision } from './governance-views.js';

/** Beslut in a case, with the appeal window computed from the anslag. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly decisions: DecisionsRepository,
    private readonly cases: CasesService,
    private readonly references: ReferencesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  async views(rows: DecisionEntity[]): Promise<Decision[]> {
    const recipients = await this.decisions.recipients(
      this.tenantId(),
      rows.map((r) => r.id),
    );
    const today = isoDateIn(new Date());
    return rows.map((d) =>
      toDecision(
        d,
        recipients.filter((r) => r.decisionId === d.id).map((r) => r.orgUnitId),
        today,
      ),
    );
  }

  async list(caseId: string): Promise<Decision[]> {
    await this.cases.get(caseId);
    return this.views(await this.decisions.byCases(this.tenantId(), [caseId]));
  }

  async get(caseId: string, id: string): Promise<Decision> {
    const row = await this.decisions.find(this.tenantId(), id, { caseId });
    if (!row) throw AppError.notFound();
    return (await this.views([row]))[0] as Decision;
  }

  async create(caseId: string, input: CreateDecisionInput): Promise<Decision> {
    const tenantId = this.tenantId();
    await this.cases.lock(caseId);
    await this.references.assertExist([
      ['bodyUnitId', 'orgUnit', input.bodyUnitId],
      ['sentToUnitIds', 'orgUnit', input.sentToUnitIds],
    ]);
    const id = randomUUID();
    await this.decisions.insert({
      tenantId,
      id,
      caseId,
      status: input.status,
      bodyUnitId: input.bodyUnitId,
      meetingDate: input.meetingDate ?? null,
      paragraph: input.paragraph ?? null,
      points: input.points,
      proposedOn: input.proposedOn ?? null,
      justeringOn: input.justeringOn ?? null,
      noticePostedOn: input.noticePostedOn ?? null,
      noticeRemovedOn: input.noticeRemovedOn ?? null,
      sentToOthers: input.sentToOthers ?? [],
      summary: input.summary ?? null,
    });
    await this.decisions.replaceRecipients(tenantId, id, input.sentToUnitIds ?? []);
    const created = await this.get(caseId, id);
    await this.audit.record({
      action: 'decision.created',
      entityType: 'decision',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(caseId: string, id: string, input: UpdateDecisionInput): Promise<Decision> {
    const tenantId = this.tenantId();
    await this.cases.lock(caseId);
    const current = await this.decisions.findForUpdate(tenantId, id, { caseId });
    if (!current) throw AppError.notFound();
    const before = (await this.views([current]))[0] as Decision;
    if (current.version !== input.version) throw AppError.stale(before);
    await this.references.assertExist([
      ['bodyUnitId', 'orgUnit', input.bodyUnitId],
      ['sentToUnitIds', 'orgUnit', input.sentToUnitIds],
    ]);
    const { version, sentToUnitIds, ...changes } = input;
    this.assertOrder({ ...current, ...stripUndefined(changes) });
    const updated = await this.decisions.updateIfVersion(tenantId, id, version, changes);
    if (!updated) throw AppError.stale(before);
    if (sentToUnitIds) await this.decisions.replaceRecipients(tenantId, id, sentToUnitIds);
    const after = await this.get(caseId, id);
    await this.audit.record({
      action: 'decision.updated',
      entityType: 'decision',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  /** The merged decision's dates in order (a partial edit is checked against what is stored). */
  private assertOrder(
    d: Pick<
      DecisionEntity,
      'status' | 'meetingDate' | 'justeringOn' | 'noticePostedOn' | 'noticeRemovedOn'
    >,
  ) {
    const language = this.cls.get('language') ?? 'sv';
    const issues = [];
    if (d.status === 'decided' && !d.meetingDate)
      issues.push(fieldIssue('meetingDate', 'required', language));
    if (d.meetingDate && d.justeringOn && d.justeringOn < d.meetingDate)
      issues.push(fieldIssue('justeringOn', 'before_meeting', language));
    if (d.justeringOn && d.noticePostedOn && d.noticePostedOn < d.justeringOn)
      issues.push(fieldIssue('noticePostedOn', 'before_justering', language));
    if (d.noticePostedOn && d.noticeRemovedOn && d.noticeRemovedOn < d.noticePostedOn)
      issues.push(fieldIssue('noticeRemovedOn', 'before_notice', language));
    if (d.noticeRemovedOn && !d.noticePostedOn)
      issues.push(fieldIssue('noticePostedOn', 'required', language));
    if (issues.length) throw new ValidationFailedError(issues);
  }

  async remove(caseId: string, id: string): Promise<void> {
    const tenantId = this.tenantId();
    await this.cases.lock(caseId);
    const current = await this.decisions.findForUpdate(tenantId, id, { caseId });
    if (!current) throw AppError.notFound();
    const before = (await this.views([current]))[0] as Decision;
    await this.decisions.delete(tenantId, id);
    await this.audit.record({
      action: 'decision.deleted',
      entityType: 'decision',
      entityId: id,
      before,
    });
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
