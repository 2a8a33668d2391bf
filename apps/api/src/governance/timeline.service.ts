import { Injectable } from '@nestjs/common';
import { isoDateIn, orderTimeline, type CaseTimeline, type TimelineEntry } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { ForumsService } from '../collaboration/forums.service.js';
import type { RequestContext } from '../common/request-context.js';
import { OrgUnitsService } from '../organisation/org-units.service.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { AssignmentsService } from './assignments.service.js';
import { CasesService } from './cases.service.js';
import { DecisionsService } from './decisions.service.js';
import { AssignmentsRepository, DecisionsRepository } from './governance.repository.js';

const RATING_SV: Record<number, string> = {
  4: 'fungerar väl',
  3: 'fungerar i huvudsak',
  2: 'fungerar delvis',
  1: 'fungerar inte',
};

/**
 * A case as one timeline: from submission through every decision, proposal and
 * report-back, the other steps recorded on it, and the assessments of the forums it
 * concerns while it was open, to its end. Titles are in Swedish, as the protocols are.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly cases: CasesService,
    private readonly decisionsService: DecisionsService,
    private readonly assignmentsService: AssignmentsService,
    private readonly decisions: DecisionsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly forums: ForumsService,
    private readonly orgUnits: OrgUnitsService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async timeline(caseId: string): Promise<CaseTimeline> {
    const tenantId = requireTenant(this.cls).id;
    const today = isoDateIn(new Date());
    const found = await this.cases.get(caseId);
    const bodyNames = new Map(
      (await this.orgUnits.list()).map((u) => [u.id, u.shortName ?? u.name]),
    );
    const decisions = await this.decisionsService.views(
      await this.decisions.byCases(tenantId, [caseId]),
    );
    const assignments = await this.assignmentsService.views(
      await this.assignments.byCases(tenantId, [caseId]),
      today,
    );
    const entries: TimelineEntry[] = [
      {
        date: found.submittedOn,
        kind: 'submitted',
        title: [found.title, found.submittedByGroup ?? found.submittedBy]
          .filter(Boolean)
          .join(' – '),
        refId: found.id,
      },
    ];
    const decisionDate = new Map<string, string>();
    for (const d of decisions) {
      const date = d.meetingDate ?? d.proposedOn;
      if (!date) continue;
      decisionDate.set(d.id, date);
      const body = bodyNames.get(d.bodyUnitId) ?? '';
      const paragraph = d.paragraph ? ` § ${d.paragraph.replace(/^§\s*/, '')}` : '';
      entries.push({
        date,
        kind: d.status === 'proposed' ? 'proposal' : 'decision',
        title: `${d.status === 'proposed' ? 'Förslag till beslut i ' : ''}${body}${paragraph}: ${d.points.join('; ')}`,
        refId: d.id,
      });
    }
    for (const a of assignments) {
      const given = a.decisionId ? decisionDate.get(a.decisionId) : undefined;
      if (given)
        entries.push({
          date: given,
          kind: 'assignment_given',
          title: `Uppdrag: ${a.title}`,
          refId: a.id,
        });
      if (a.reportedOn)
        entries.push({
          date: a.reportedOn,
          kind: 'assignment_reported',
          title: `Återrapportering: ${a.title}`,
          refId: a.id,
        });
      else if (a.due.date && a.status === 'open')
        entries.push({
          date: a.due.date,
          kind: 'assignment_due',
          title: `Återrapportering senast: ${a.title}`,
          refId: a.id,
          estimated: a.due.source === 'end_of_month',
          overdue: a.state === 'overdue',
        });
    }
    for (const m of found.milestones)
      entries.push({ date: m.date, kind: 'milestone', title: m.title, refId: null });
    const end = found.closedOn ?? null;
    for (const a of await this.forums.assessmentsOf(found.forumIds))
      if (a.date >= found.submittedOn && (!end || a.date <= end))
        entries.push({
          date: a.date,
          kind: 'assessment',
          title: `Bedömning av samverkan: ${RATING_SV[a.rating] ?? a.rating}${a.comment ? ` – ${a.comment}` : ''}`,
          refId: a.id,
        });
    if (found.closedOn)
      entries.push({
        date: found.closedOn,
        kind: 'closed',
        title: 'Ärendet avslutat',
        refId: found.id,
      });
    return { caseId, entries: orderTimeline(entries) };
  }
}
