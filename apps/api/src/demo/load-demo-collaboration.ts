import type { INestApplicationContext } from '@nestjs/common';
import { reminderKey } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { createHash, randomBytes } from 'node:crypto';
import { AgreementsService } from '../collaboration/agreements.service.js';
import { AssessmentsService } from '../collaboration/assessments.service.js';
import { ForumsService } from '../collaboration/forums.service.js';
import { MeetingsService } from '../collaboration/meetings.service.js';
import { MembersService } from '../collaboration/members.service.js';
import { PartnersService } from '../collaboration/partners.service.js';
import type { RequestContext } from '../common/request-context.js';
import { enterTenant } from '../database/system-context.js';
import { DeadlinesRepository } from '../deadlines/deadlines.repository.js';
import { AssignmentsService } from '../governance/assignments.service.js';
import { CasesService } from '../governance/cases.service.js';
import { DecisionsService } from '../governance/decisions.service.js';
import { ActionPlansService } from '../plans/action-plans.service.js';
import {
  DEMO_COLLABORATION,
  type DemoCase,
  type DemoCollaboration,
  type DemoForum,
} from './demo-collaboration.js';

interface Kommun {
  tenantId: string;
  units: ReadonlyMap<string, string>;
}

/**
 * Loads samverkan and the decision trail (demo-collaboration.ts) through the same services
 * as the API. Call it inside loadDemo's transaction after the users and plans: `kommuner`
 * maps each demo kommunkod to its tenant id and org units by key. Also gives each kommun's
 * strategist a calendar feed (its secret thrown away) and records the reminder Trelleborg
 * got before the June 2021 report-back, so every table has demo rows.
 */
export async function loadDemoCollaboration(
  app: INestApplicationContext,
  kommuner: ReadonlyMap<string, Kommun>,
): Promise<void> {
  const cls = app.get<ClsService<RequestContext>>(ClsService);
  const previous = cls.get('tenant');
  for (const demo of DEMO_COLLABORATION) {
    const kommun = kommuner.get(demo.tenantCode);
    if (!kommun) continue;
    await enterTenant(app, cls, { id: kommun.tenantId, code: demo.tenantCode });
    await loadKommun(app, demo, kommun);
  }
  if (previous) await enterTenant(app, cls, previous);
  else cls.set('tenant', undefined);
}

function unit(kommun: Kommun, key: string): string {
  const id = kommun.units.get(key);
  if (!id) throw new Error(`The demo names an org unit "${key}" that its kommun does not have.`);
  return id;
}

async function loadKommun(app: INestApplicationContext, demo: DemoCollaboration, kommun: Kommun) {
  const cases = app.get(CasesService);
  if (demo.diarienummerPattern)
    await cases.updateSettings({ version: 0, diarienummerPattern: demo.diarienummerPattern });

  const partners = new Map<string, string>();
  for (const p of demo.partners) {
    const created = await app.get(PartnersService).create({
      name: p.name,
      type: p.type,
      orgUnitId: p.unit ? unit(kommun, p.unit) : null,
      careService: p.careService ?? null,
      description: p.description ?? null,
      contacts: (p.contacts ?? []).map((c) => ({ title: c.title, email: c.email ?? null })),
    });
    partners.set(p.key, created.id);
  }
  const partner = (key: string) => {
    const id = partners.get(key);
    if (!id) throw new Error(`The demo names a partner "${key}" it does not define.`);
    return id;
  };

  const plans = await app.get(ActionPlansService).list();
  const planId = (title: string) => {
    const plan = plans.find((p) => p.title === title);
    if (!plan) throw new Error(`The demo names a plan "${title}" that is not loaded.`);
    return plan.id;
  };
  const activityId = async (title: string) => {
    for (const plan of plans) {
      const found = (await app.get(ActionPlansService).get(plan.id)).activities.find(
        (a) => a.title === title,
      );
      if (found) return found.id;
    }
    throw new Error(`The demo names an activity "${title}" that is not loaded.`);
  };

  const forums = new Map<string, string>();
  for (const f of demo.forums)
    forums.set(f.key, await loadForum(app, f, kommun, partner, planId, activityId));

  for (const a of demo.agreements)
    await app.get(AgreementsService).create({
      partnerId: partner(a.partner),
      subject: a.subject,
      signedOn: a.signedOn,
      signatoryLevel: a.signatoryLevel,
      signedBy: a.signedBy,
      lastFollowUpOn: a.lastFollowUpOn ?? null,
      responsibleUnitId: unit(kommun, a.responsible),
      notes: a.notes ?? null,
    });

  for (const c of demo.cases) await loadCase(app, c, kommun, planId, forums);

  await loadFeedsAndReminders(app, demo, kommun);
}

async function loadForum(
  app: INestApplicationContext,
  f: DemoForum,
  kommun: Kommun,
  partner: (key: string) => string,
  planId: (title: string) => string,
  activityId: (title: string) => Promise<string>,
): Promise<string> {
  const forum = await app.get(ForumsService).create({
    name: f.name,
    kind: f.kind,
    purpose: f.purpose,
    conveningUnitId: unit(kommun, f.convening),
    cadence: f.cadence,
    activeFrom: f.activeFrom ?? null,
    planIds: (f.plans ?? []).map(planId),
    activityIds: await Promise.all((f.activities ?? []).map(activityId)),
  });
  const memberIds: string[] = [];
  for (const m of f.members) {
    const member = await app.get(MembersService).create(forum.id, {
      partnerId: m.partner ? partner(m.partner) : null,
      orgUnitId: m.unit ? unit(kommun, m.unit) : null,
      role: m.role,
      representative: m.representative ?? null,
    });
    memberIds.push(member.id);
  }
  const meetings = new Map<string, string>();
  for (const m of f.meetings) {
    const meeting = await app.get(MeetingsService).create(forum.id, {
      date: m.date,
      agenda: m.agenda ?? null,
      notes: m.notes ?? null,
      attendeeMemberIds: m.allPresent ? memberIds : [],
    });
    meetings.set(m.date, meeting.id);
  }
  for (const a of f.assessments)
    await app.get(AssessmentsService).create(forum.id, {
      date: a.date,
      rating: a.rating,
      comment: a.comment,
      meetingId: a.atMeeting ? (meetings.get(a.atMeeting) ?? null) : null,
    });
  return forum.id;
}

async function loadCase(
  app: INestApplicationContext,
  c: DemoCase,
  kommun: Kommun,
  planId: (title: string) => string,
  forums: Map<string, string>,
) {
  const created = await app.get(CasesService).create({
    diarienummer: c.diarienummer ?? null,
    kind: c.kind,
    title: c.title,
    description: c.description ?? null,
    submittedBy: c.submittedBy ?? null,
    submittedByGroup: c.submittedByGroup ?? null,
    submittedOn: c.submittedOn,
    status: c.status,
    planIds: (c.plans ?? []).map(planId),
    forumIds: (c.forums ?? []).map((key) => forums.get(key) as string),
    milestones: c.milestones ?? [],
  });
  const decisions = new Map<string, string>();
  for (const d of c.decisions) {
    const decision = await app.get(DecisionsService).create(created.id, {
      status: d.status ?? 'decided',
      bodyUnitId: unit(kommun, d.body),
      meetingDate: d.meetingDate ?? null,
      paragraph: d.paragraph ?? null,
      points: d.points,
      proposedOn: d.proposedOn ?? null,
      justeringOn: d.justeringOn ?? null,
      noticePostedOn: d.noticePostedOn ?? null,
      noticeRemovedOn: d.noticeRemovedOn ?? null,
      sentToUnitIds: (d.sentTo ?? []).map((key) => unit(kommun, key)),
      sentToOthers: d.sentToOthers ?? [],
      summary: d.summary ?? null,
    });
    decisions.set(d.key, decision.id);
  }
  for (const a of c.assignments)
    await app.get(AssignmentsService).create(created.id, {
      decisionId: decisions.get(a.decision) ?? null,
      title: a.title,
      responsibleUnitId: a.responsibleUnit ? unit(kommun, a.responsibleUnit) : null,
      responsibleRole: a.responsibleRole ?? null,
      reportToUnitId: unit(kommun, a.reportTo),
      dueDate: a.dueDate ?? null,
      dueMeetingMonth: a.dueMeetingMonth ?? null,
      status: a.reportedOn ? 'reported' : 'open',
      reportedOn: a.reportedOn ?? null,
    });
}

/**
 * The strategist's calendar feed (a secret nobody knows: the demo shows the feature, the
 * user creates their own URL), and, in Trelleborg, the reminder sent before the June 2021
 * report-back, recorded as sent.
 */
async function loadFeedsAndReminders(
  app: INestApplicationContext,
  demo: DemoCollaboration,
  kommun: Kommun,
) {
  const repository = app.get(DeadlinesRepository);
  const users = await repository.users(kommun.tenantId);
  const strategist = users.find((u) => u.role === 'strategist');
  if (!strategist) return;
  const secret = createHash('sha256').update(randomBytes(32)).digest();
  await repository.saveFeed(kommun.tenantId, strategist.userId, secret, false);
  if (demo.tenantCode !== '1287') return;
  const open = (
    await Promise.all(
      (await app.get(CasesService).list({})).map((c) => app.get(AssignmentsService).list(c.id)),
    )
  )
    .flat()
    .find((a) => a.status === 'open' && a.due.date);
  if (!open?.due.date) return;
  const deadline = {
    kind: 'assignment_report' as const,
    entityId: open.id,
    dueDate: open.due.date,
  };
  const key = reminderKey(deadline, strategist.userId);
  await repository.claimReminder({
    tenantId: kommun.tenantId,
    reminderKey: key,
    deadlineKind: deadline.kind,
    entityId: deadline.entityId,
    dueDate: deadline.dueDate,
    recipientUserId: strategist.userId,
    recipientEmail: strategist.email,
    subject: `Påminnelse: Återrapportering: ${open.title} – senast ${deadline.dueDate}`,
    body: 'Hej!\n\nDetta ska göras senast på kommunstyrelsens sammanträde i juni 2021.',
  });
  await repository.markSentByKey(kommun.tenantId, key);
}
