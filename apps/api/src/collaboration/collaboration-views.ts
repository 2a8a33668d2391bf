import {
  agreementStatus,
  cadenceReport,
  type Agreement,
  type Assessment,
  type Forum,
  type ForumMember,
  type Meeting,
  type Partner,
} from '@samla/domain';
import type { AgreementEntity } from './agreement.entity.js';
import type { AssessmentEntity, ForumEntity, MeetingEntity, MemberEntity } from './forum.entity.js';
import type { PartnerContactEntity, PartnerEntity } from './partner.entity.js';

export function toPartner(p: PartnerEntity, contacts: PartnerContactEntity[]): Partner {
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    orgUnitId: p.orgUnitId,
    careService: p.careService,
    description: p.description,
    contacts: contacts.map((c) => ({
      name: c.name,
      title: c.title,
      email: c.email,
      phone: c.phone,
    })),
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toMember(m: MemberEntity): ForumMember {
  return {
    id: m.id,
    forumId: m.forumId,
    partnerId: m.partnerId,
    orgUnitId: m.orgUnitId,
    role: m.role,
    representative: m.representative,
    version: m.version,
  };
}

export function toMeeting(m: MeetingEntity, attendees: string[]): Meeting {
  return {
    id: m.id,
    forumId: m.forumId,
    date: m.date,
    agenda: m.agenda,
    notes: m.notes,
    attendeeMemberIds: attendees,
    version: m.version,
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function toAssessment(a: AssessmentEntity): Assessment {
  return {
    id: a.id,
    forumId: a.forumId,
    date: a.date,
    rating: a.rating,
    comment: a.comment,
    meetingId: a.meetingId,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
  };
}

export interface ForumParts {
  links: Array<{ planId: string | null; activityId: string | null }>;
  members: MemberEntity[];
  meetingDates: string[];
  latestAssessment: AssessmentEntity | null;
}

/** A forum with its members and, from its meetings, how it keeps its cadence. */
export function toForum(f: ForumEntity, parts: ForumParts, today: string): Forum {
  const dates = [...parts.meetingDates].sort();
  const held = dates.filter((d) => d <= today);
  const since = f.activeFrom ?? dates[0] ?? null;
  const cadence =
    f.cadenceUnit && f.cadenceCount ? { unit: f.cadenceUnit, count: f.cadenceCount } : null;
  return {
    id: f.id,
    name: f.name,
    kind: f.kind,
    purpose: f.purpose,
    conveningUnitId: f.conveningUnitId,
    cadence,
    activeFrom: f.activeFrom,
    planIds: parts.links.flatMap((l) => (l.planId ? [l.planId] : [])),
    activityIds: parts.links.flatMap((l) => (l.activityId ? [l.activityId] : [])),
    members: parts.members.map(toMember),
    meetingCount: dates.length,
    lastMeetingOn: held.at(-1) ?? null,
    cadenceReport: cadence && since ? cadenceReport(cadence, dates, since, today) : null,
    latestAssessment: parts.latestAssessment
      ? {
          date: parts.latestAssessment.date,
          rating: parts.latestAssessment.rating,
          comment: parts.latestAssessment.comment,
        }
      : null,
    version: f.version,
    updatedAt: f.updatedAt.toISOString(),
  };
}

export function toAgreement(a: AgreementEntity, today: string): Agreement {
  return {
    id: a.id,
    partnerId: a.partnerId,
    subject: a.subject,
    signedOn: a.signedOn,
    signatoryLevel: a.signatoryLevel,
    signedBy: a.signedBy,
    lastFollowUpOn: a.lastFollowUpOn,
    responsibleUnitId: a.responsibleUnitId,
    notes: a.notes,
    followUp: agreementStatus(a, today),
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
  };
}
