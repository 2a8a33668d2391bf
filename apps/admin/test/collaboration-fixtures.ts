import type {
  Agreement,
  Assessment,
  Assignment,
  Case,
  CaseTimeline,
  Decision,
  Forum,
  ForumMember,
  Meeting,
  Partner,
} from '@samla/domain';
import { cadenceReport } from '@samla/domain';
import { trelleborgUnits } from './fixtures';

/**
 * Test data for Samverkan and the decision trail, from the seeds: Trelleborg's
 * samverkansgrupp (twice a term, one meeting 2020-10-01, judged to work well that day),
 * Kvinnojouren Söderslätt, the police; Malung-Sälen's SNAU 2021-09-22 § 158.
 */
export const T = '/api/v1/tenants/1287';
export const UNITS = trelleborgUnits();

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function newPartner(overrides: Partial<Partner> = {}): Partner {
  return {
    id: id('d1d1d1d1', 1),
    name: 'Kvinnojouren Söderslätt',
    type: 'womens_shelter',
    careService: null,
    orgUnitId: null,
    description: 'Ideell kvinnojour med skyddat boende.',
    contacts: [
      {
        name: null,
        title: 'Jourens samordnare',
        email: 'samordnare@kvinnojouren-soderslatt.example',
        phone: null,
      },
    ],
    version: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const POLICE = newPartner({
  id: id('d1d1d1d1', 2),
  name: 'Polisen',
  type: 'police',
  description: null,
  contacts: [{ name: null, title: 'Kommunpolis', email: null, phone: null }],
});

export function newMember(overrides: Partial<ForumMember> = {}): ForumMember {
  return {
    id: id('e1e1e1e1', 1),
    forumId: FORUM_ID,
    partnerId: null,
    orgUnitId: UNITS.fvg.id,
    role: 'chair',
    representative: 'Kommunens familjevårdsgrupp',
    version: 1,
    ...overrides,
  };
}

export const FORUM_ID = id('f1f1f1f1', 1);
export const MEMBERS: ForumMember[] = [
  newMember(),
  newMember({
    id: id('e1e1e1e1', 2),
    partnerId: POLICE.id,
    orgUnitId: null,
    role: 'member',
    representative: 'Representanter från polisen',
  }),
  newMember({
    id: id('e1e1e1e1', 3),
    partnerId: newPartner().id,
    orgUnitId: null,
    role: 'member',
    representative: null,
  }),
];

/** Twice a term from 2020-07-01; one meeting; seen on 2021-03-01 (HT 2020 short, VT 2021 behind). */
export function newForum(overrides: Partial<Forum> = {}): Forum {
  const cadence = { unit: 'term', count: 2 } as const;
  return {
    id: FORUM_ID,
    name: 'Samverkansgruppen mot våld i nära relationer',
    kind: 'collaboration_group',
    purpose: 'Att utveckla samarbetet mellan de olika huvudmännen.',
    conveningUnitId: UNITS.fvg.id,
    cadence,
    activeFrom: '2020-07-01',
    planIds: [],
    activityIds: [],
    members: MEMBERS,
    meetingCount: 1,
    lastMeetingOn: '2020-10-01',
    cadenceReport: cadenceReport(cadence, ['2020-10-01'], '2020-07-01', '2021-03-01'),
    latestAssessment: {
      date: '2020-10-01',
      rating: 4,
      comment: 'Samtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
    },
    version: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const MEETING: Meeting = {
  id: id('a2a2a2a2', 1),
  forumId: FORUM_ID,
  date: '2020-10-01',
  agenda: 'Hur fungerar samverkan?',
  notes: 'Samtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
  attendeeMemberIds: MEMBERS.map((m) => m.id),
  version: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export const ASSESSMENT: Assessment = {
  id: id('a3a3a3a3', 1),
  forumId: FORUM_ID,
  date: '2020-10-01',
  rating: 4,
  comment: 'Samtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
  meetingId: MEETING.id,
  version: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export function newAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: id('a4a4a4a4', 1),
    partnerId: POLICE.id,
    subject: 'Samverkansöverenskommelse om brottsförebyggande arbete',
    signedOn: '2021-03-01',
    signatoryLevel: 'executive',
    signedBy: 'Kommundirektör',
    lastFollowUpOn: '2022-03-15',
    responsibleUnitId: null,
    notes: null,
    followUp: {
      state: 'lapsed',
      countedFrom: '2022-03-15',
      followUpBy: '2024-03-15',
      daysLeft: -600,
    },
    version: 3,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

// ---- Decision trail -------------------------------------------------------------------

export const CASE_ID = id('c1c1c1c1', 1);

export function newCase(overrides: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    diarienummer: 'SN/2021:312',
    kind: 'letter',
    title: 'Strategi mot våld i nära relationer',
    description: null,
    submittedBy: null,
    submittedByGroup: 'Individ- och familjeomsorgen (tjänsteutlåtande)',
    submittedOn: '2021-09-09',
    status: 'open',
    closedOn: null,
    planIds: [],
    activityIds: [],
    forumIds: [],
    milestones: [],
    overdueAssignments: 0,
    version: 2,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function newDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: id('c2c2c2c2', 1),
    caseId: CASE_ID,
    status: 'decided',
    bodyUnitId: UNITS.sn.id,
    meetingDate: '2021-09-22',
    paragraph: '158',
    points: [
      'Socialnämnden föreslår kommunstyrelsen att samordna arbetet med en strategi.',
      'Socialnämnden, Barn- och utbildningsnämnden, Kultur och fritidsnämnden bör ingå i arbetet.',
    ],
    proposedOn: null,
    justeringOn: '2021-09-29',
    noticePostedOn: '2021-09-29',
    noticeRemovedOn: '2021-10-21',
    sentToUnitIds: [UNITS.ks.id],
    sentToOthers: ['Socialchef'],
    summary: null,
    appeal: {
      postedOn: '2021-09-29',
      nominalLastDay: '2021-10-20',
      lastDay: '2021-10-20',
      extended: false,
      noticeMayComeDownOn: '2021-10-21',
      state: 'closed',
      noticeRemovedEarly: false,
    },
    version: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function newAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: id('c3c3c3c3', 1),
    caseId: CASE_ID,
    decisionId: null,
    title: 'Samordna utifrån socialnämndens beslut och återrapportera',
    description: null,
    responsibleUnitId: null,
    responsibleRole: 'Kommundirektören',
    responsibleUserId: null,
    reportToUnitId: UNITS.ks.id,
    dueDate: null,
    dueMeetingMonth: '2021-06',
    status: 'open',
    reportedOn: null,
    due: { date: '2021-06-30', source: 'end_of_month' },
    state: 'overdue',
    daysLeft: -1000,
    version: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function timelineOf(entries: CaseTimeline['entries']): CaseTimeline {
  return { caseId: CASE_ID, entries };
}
