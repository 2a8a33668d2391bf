import {
  appealStatus,
  assignmentState,
  dueSpecOf,
  resolveDue,
  type Assignment,
  type Case,
  type Decision,
} from '@samla/domain';
import type { AssignmentEntity } from './assignment.entity.js';
import type { CaseEntity, CaseLinkEntity } from './case.entity.js';
import type { DecisionEntity } from './decision.entity.js';

export function toCase(c: CaseEntity, links: CaseLinkEntity[], overdueAssignments: number): Case {
  const pick = (key: 'planId' | 'activityId' | 'forumId') =>
    links.flatMap((l) => (l[key] ? [l[key] as string] : []));
  return {
    id: c.id,
    diarienummer: c.diarienummer,
    kind: c.kind,
    title: c.title,
    description: c.description,
    submittedBy: c.submittedBy,
    submittedByGroup: c.submittedByGroup,
    submittedOn: c.submittedOn,
    status: c.status,
    closedOn: c.closedOn,
    planIds: pick('planId'),
    activityIds: pick('activityId'),
    forumIds: pick('forumId'),
    milestones: [...c.milestones].sort((a, b) => a.date.localeCompare(b.date)),
    overdueAssignments,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toDecision(d: DecisionEntity, sentToUnitIds: string[], today: string): Decision {
  return {
    id: d.id,
    caseId: d.caseId,
    status: d.status,
    bodyUnitId: d.bodyUnitId,
    meetingDate: d.meetingDate,
    paragraph: d.paragraph,
    points: d.points,
    proposedOn: d.proposedOn,
    justeringOn: d.justeringOn,
    noticePostedOn: d.noticePostedOn,
    noticeRemovedOn: d.noticeRemovedOn,
    sentToUnitIds,
    sentToOthers: d.sentToOthers,
    summary: d.summary,
    appeal: d.noticePostedOn ? appealStatus(d.noticePostedOn, d.noticeRemovedOn, today) : null,
    version: d.version,
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** `meetingDates`: the known meeting dates of the body the assignment reports to. */
export function toAssignment(
  a: AssignmentEntity,
  meetingDates: readonly string[],
  today: string,
): Assignment {
  const due = resolveDue(dueSpecOf(a.dueDate, a.dueMeetingMonth), meetingDates);
  return {
    id: a.id,
    caseId: a.caseId,
    decisionId: a.decisionId,
    title: a.title,
    description: a.description,
    responsibleUnitId: a.responsibleUnitId,
    responsibleRole: a.responsibleRole,
    responsibleUserId: a.responsibleUserId,
    reportToUnitId: a.reportToUnitId,
    dueDate: a.dueDate,
    dueMeetingMonth: a.dueMeetingMonth,
    status: a.status,
    reportedOn: a.reportedOn,
    due,
    ...assignmentState(a.status, due.date, today),
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
  };
}
