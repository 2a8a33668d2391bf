import { Injectable } from '@nestjs/common';
import {
  fieldIssue,
  isoDateIn,
  matchesDiarienummerPattern,
  type Case,
  type CaseQuery,
  type CaseSettings,
  type CreateCaseInput,
  type UpdateCaseInput,
  type UpdateCaseSettingsInput,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { ReferencesService } from '../collaboration/references.service.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import type { CaseEntity } from './case.entity.js';
import {
  AssignmentsRepository,
  CasesRepository,
  DecisionsRepository,
} from './governance.repository.js';
import { toAssignment, toCase } from './governance-views.js';

/** Ärenden: motions, initiativärenden, medborgarförslag, uppdrag, remisser, skrivelser. */
@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly decisions: DecisionsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly references: ReferencesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  private language() {
    return this.cls.get('language') ?? 'sv';
  }

  async views(rows: CaseEntity[]): Promise<Case[]> {
    const tenantId = this.tenantId();
    const ids = rows.map((r) => r.id);
    const [links, assignments] = await Promise.all([
      this.cases.links(tenantId, ids),
      this.assignments.byCases(tenantId, ids),
    ]);
    const bodies = [
      ...new Set(assignments.flatMap((a) => (a.reportToUnitId ? [a.reportToUnitId] : []))),
    ];
    const meetings = await this.decisions.meetingDates(tenantId, bodies);
    const today = isoDateIn(new Date());
    const overdue = new Map<string, number>();
    for (const a of assignments)
      if (toAssignment(a, meetings.get(a.reportToUnitId ?? '') ?? [], today).state === 'overdue')
        overdue.set(a.caseId, (overdue.get(a.caseId) ?? 0) + 1);
    return rows.map((c) =>
      toCase(
        c,
        links.filter((l) => l.caseId === c.id),
        overdue.get(c.id) ?? 0,
      ),
    );
  }

  async list(query: CaseQuery): Promise<Case[]> {
    return this.views(await this.cases.list(this.tenantId(), query));
  }

  async get(id: string): Promise<Case> {
    const row = await this.cases.find(this.tenantId(), id);
    if (!row) throw AppError.notFound();
    return (await this.views([row]))[0] as Case;
  }

  /** Locks the case: its decisions and assignments change one writer at a time. */
  async lock(id: string): Promise<CaseEntity> {
    const row = await this.cases.findForUpdate(this.tenantId(), id);
    if (!row) throw AppError.notFound();
    return row;
  }

  private async assertDiarienummer(diarienummer: string | null | undefined) {
    if (!diarienummer) return;
    const pattern = (await this.cases.settings(this.tenantId()))?.diarienummerPattern;
    if (pattern && !matchesDiarienummerPattern(diarienummer, pattern))
      throw new ValidationFailedError([
        fieldIssue('diarienummer', 'diarienummer_pattern', this.language(), { pattern }),
      ]);
  }

  private async assertLinks(input: {
    planIds?: string[];
    activityIds?: string[];
    forumIds?: string[];
  }) {
    await this.references.assertExist([
      ['planIds', 'plan', input.planIds],
      ['activityIds', 'activity', input.activityIds],
      ['forumIds', 'forum', input.forumIds],
    ]);
  }

  async create(input: CreateCaseInput): Promise<Case> {
    const tenantId = this.tenantId();
    await this.assertDiarienummer(input.diarienummer);
    await this.assertLinks(input);
    const id = randomUUID();
    await this.cases.insert({
      tenantId,
      id,
      diarienummer: input.diarienummer ?? null,
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      submittedBy: input.submittedBy ?? null,
      submittedByGroup: input.submittedByGroup ?? null,
      submittedOn: input.submittedOn,
      status: input.status ?? 'open',
      closedOn: input.closedOn ?? null,
      milestones: input.milestones ?? [],
    });
    await this.cases.replaceLinks(tenantId, id, {
      planIds: input.planIds ?? [],
      activityIds: input.activityIds ?? [],
      forumIds: input.forumIds ?? [],
    });
    const created = await this.get(id);
    await this.audit.record({
      action: 'case.created',
      entityType: 'case',
      entityId: id,
      after: created,
    });
    return created;
  }

  async update(id: string, input: UpdateCaseInput): Promise<Case> {
    const tenantId = this.tenantId();
    const current = await this.lock(id);
    const before = (await this.views([current]))[0] as Case;
    if (current.version !== input.version) throw AppError.stale(before);
    if (input.diarienummer !== undefined) await this.assertDiarienummer(input.diarienummer);
    await this.assertLinks(input);
    const submittedOn = input.submittedOn ?? current.submittedOn;
    const closedOn = input.closedOn === undefined ? current.closedOn : input.closedOn;
    if (closedOn && closedOn < submittedOn)
      throw new ValidationFailedError([
        fieldIssue('closedOn', 'before_submission', this.language()),
      ]);
    const { version, planIds, activityIds, forumIds, milestones, ...changes } = input;
    const updated = await this.cases.updateIfVersion(tenantId, id, version, {
      ...changes,
      ...(milestones ? { milestones } : {}),
    });
    if (!updated) throw AppError.stale(before);
    await this.cases.replaceLinks(tenantId, id, { planIds, activityIds, forumIds });
    const after = await this.get(id);
    await this.audit.record({
      action: 'case.updated',
      entityType: 'case',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  /** Deletes a case with its decisions and assignments. */
  async remove(id: string): Promise<void> {
    const current = await this.lock(id);
    const before = (await this.views([current]))[0] as Case;
    await this.cases.delete(this.tenantId(), id);
    await this.audit.record({ action: 'case.deleted', entityType: 'case', entityId: id, before });
  }

  async settings(): Promise<CaseSettings> {
    const row = await this.cases.settings(this.tenantId());
    return { diarienummerPattern: row?.diarienummerPattern ?? null, version: row?.version ?? 0 };
  }

  async updateSettings(input: UpdateCaseSettingsInput): Promise<CaseSettings> {
    const before = await this.settings();
    if (before.version !== input.version) throw AppError.stale(before);
    const written = await this.cases.saveSettings(
      this.tenantId(),
      input.version,
      input.diarienummerPattern,
    );
    if (!written) throw AppError.stale(await this.settings());
    const after = await this.settings();
    await this.audit.record({
      action: 'case_settings.updated',
      entityType: 'case_settings',
      entityId: this.tenantId(),
      before,
      after,
    });
    return after;
  }
}
