import { z } from 'zod';
import { freeText, optionalFreeText, versionField } from '../validation/fields.js';
import { isValidDiarienummerPattern } from './diarienummer.js';
import { ASSIGNMENT_STATUSES, CASE_KINDS, CASE_STATUSES, DECISION_STATUSES } from './vocabulary.js';

const isoDate = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'period_month' });
const distinctIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .transform((values) => [...new Set(values)]);

// ---- Settings -------------------------------------------------------------------------

export const updateCaseSettingsSchema = z.strictObject({
  /** 0 when the settings have never been saved. */
  version: z.int().min(0),
  /** e.g. `{yyyy}.{n} KS`; null: any diarienummer is accepted. */
  diarienummerPattern: z
    .string()
    .trim()
    .max(60)
    .refine((v) => v === '' || isValidDiarienummerPattern(v), {
      error: 'diarienummer_pattern_invalid',
    })
    .transform((v) => (v === '' ? null : v))
    .nullable(),
});
export type UpdateCaseSettingsInput = z.infer<typeof updateCaseSettingsSchema>;

export const caseSettingsSchema = z.object({
  diarienummerPattern: z.string().nullable(),
  version: z.int(),
});
export type CaseSettings = z.infer<typeof caseSettingsSchema>;

// ---- Case -----------------------------------------------------------------------------

const milestone = z.strictObject({ date: isoDate, title: freeText(300) });

const caseFields = {
  diarienummer: optionalFreeText(60),
  kind: z.enum(CASE_KINDS),
  title: freeText(300),
  description: optionalFreeText(8000),
  /** The person who submitted it (a politician, a citizen's proposal: free text). */
  submittedBy: optionalFreeText(200),
  /** Party or group, e.g. "Socialdemokraterna (S)", "Vänsterpartiet (V)". */
  submittedByGroup: optionalFreeText(200),
  submittedOn: isoDate,
  status: z.enum(CASE_STATUSES),
  closedOn: isoDate.nullable(),
  planIds: distinctIds(20),
  activityIds: distinctIds(50),
  forumIds: distinctIds(20),
  /** Other steps on the way (a tjänsteskrivelse, a presentation), shown on the timeline. */
  milestones: z.array(milestone).max(50),
};

const caseOrder = (
  value: { submittedOn?: string; closedOn?: string | null; status?: string },
  ctx: z.RefinementCtx,
) => {
  if (value.closedOn && value.submittedOn && value.closedOn < value.submittedOn)
    ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'before_submission' });
};

export const createCaseSchema = z
  .strictObject({
    ...caseFields,
    status: caseFields.status.optional(),
    closedOn: caseFields.closedOn.optional(),
    planIds: caseFields.planIds.optional(),
    activityIds: caseFields.activityIds.optional(),
    forumIds: caseFields.forumIds.optional(),
    milestones: caseFields.milestones.optional(),
  })
  .superRefine(caseOrder);
export type CreateCaseInput = z.infer<typeof createCaseSchema>;

export const updateCaseSchema = z
  .strictObject({
    version: versionField,
    diarienummer: caseFields.diarienummer,
    kind: caseFields.kind.optional(),
    title: caseFields.title.optional(),
    description: caseFields.description,
    submittedBy: caseFields.submittedBy,
    submittedByGroup: caseFields.submittedByGroup,
    submittedOn: caseFields.submittedOn.optional(),
    status: caseFields.status.optional(),
    closedOn: caseFields.closedOn.optional(),
    planIds: caseFields.planIds.optional(),
    activityIds: caseFields.activityIds.optional(),
    forumIds: caseFields.forumIds.optional(),
    milestones: caseFields.milestones.optional(),
  })
  .superRefine(caseOrder);
export type UpdateCaseInput = z.infer<typeof updateCaseSchema>;

export const caseQuerySchema = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  planId: z.uuid().optional(),
  forumId: z.uuid().optional(),
});
export type CaseQuery = z.infer<typeof caseQuerySchema>;

export const caseSchema = z.object({
  id: z.uuid(),
  diarienummer: z.string().nullable(),
  kind: z.enum(CASE_KINDS),
  title: z.string(),
  description: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedByGroup: z.string().nullable(),
  submittedOn: z.string(),
  status: z.enum(CASE_STATUSES),
  closedOn: z.string().nullable(),
  planIds: z.array(z.uuid()),
  activityIds: z.array(z.uuid()),
  forumIds: z.array(z.uuid()),
  milestones: z.array(z.object({ date: z.string(), title: z.string() })),
  /** Open assignments of the case that are overdue today. */
  overdueAssignments: z.int(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Case = z.infer<typeof caseSchema>;

// ---- Decision -------------------------------------------------------------------------

const decisionFields = {
  /** proposed: a förslag till beslut not yet decided; decided: a beslut in a protocol. */
  status: z.enum(DECISION_STATUSES),
  /** The deciding body: an org unit (KF, KS, KSAU, SN, SNAU …). */
  bodyUnitId: z.uuid(),
  meetingDate: isoDate.nullable(),
  /** The protocol's paragraph, e.g. "158" or "§ 158". */
  paragraph: optionalFreeText(40),
  /** The decision points, each an "att …" clause. */
  points: z.array(freeText(2000)).min(1).max(30),
  /** For a proposal: the date of the tjänsteskrivelse that proposes it. */
  proposedOn: isoDate.nullable(),
  justeringOn: isoDate.nullable(),
  /** Anslag: the day the notice of the justered protocol went up, and came down. */
  noticePostedOn: isoDate.nullable(),
  noticeRemovedOn: isoDate.nullable(),
  sentToUnitIds: distinctIds(50),
  /** Recipients who are not org units: "Socialchef", "Socialdemokraterna". */
  sentToOthers: z.array(freeText(200)).max(20),
  summary: optionalFreeText(4000),
};

type DecisionDates = {
  status?: string;
  meetingDate?: string | null;
  justeringOn?: string | null;
  noticePostedOn?: string | null;
  noticeRemovedOn?: string | null;
};
const decisionOrder = (value: DecisionDates, ctx: z.RefinementCtx) => {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  if (value.status === 'decided' && value.meetingDate === null) issue('meetingDate', 'required');
  if (value.meetingDate && value.justeringOn && value.justeringOn < value.meetingDate)
    issue('justeringOn', 'before_meeting');
  if (value.justeringOn && value.noticePostedOn && value.noticePostedOn < value.justeringOn)
    issue('noticePostedOn', 'before_justering');
  if (value.noticePostedOn && value.noticeRemovedOn && value.noticeRemovedOn < value.noticePostedOn)
    issue('noticeRemovedOn', 'before_notice');
};

/** A whole decision: a notice that came down must have gone up. */
const decisionComplete = (value: DecisionDates, ctx: z.RefinementCtx) => {
  decisionOrder(value, ctx);
  if (value.noticeRemovedOn && !value.noticePostedOn)
    ctx.addIssue({ code: 'custom', path: ['noticePostedOn'], message: 'required' });
};

export const createDecisionSchema = z
  .strictObject({
    ...decisionFields,
    status: decisionFields.status.default('decided'),
    /** Required for a decision; null for a proposal not yet on a meeting's agenda. */
    meetingDate: decisionFields.meetingDate,
    proposedOn: decisionFields.proposedOn.optional(),
    justeringOn: decisionFields.justeringOn.optional(),
    noticePostedOn: decisionFields.noticePostedOn.optional(),
    noticeRemovedOn: decisionFields.noticeRemovedOn.optional(),
    sentToUnitIds: decisionFields.sentToUnitIds.optional(),
    sentToOthers: decisionFields.sentToOthers.optional(),
  })
  .superRefine(decisionComplete);
export type CreateDecisionInput = z.infer<typeof createDecisionSchema>;

export const updateDecisionSchema = z
  .strictObject({
    version: versionField,
    ...Object.fromEntries(Object.entries(decisionFields).map(([k, v]) => [k, v.optional()])),
  } as { version: typeof versionField } & {
    [K in keyof typeof decisionFields]: z.ZodOptional<(typeof decisionFields)[K]>;
  })
  .superRefine(decisionOrder);
export type UpdateDecisionInput = z.infer<typeof updateDecisionSchema>;

export const appealSchema = z.object({
  postedOn: z.string(),
  nominalLastDay: z.string(),
  lastDay: z.string(),
  extended: z.boolean(),
  noticeMayComeDownOn: z.string(),
  state: z.enum(['open', 'closed']),
  noticeRemovedEarly: z.boolean(),
});

export const decisionSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  status: z.enum(DECISION_STATUSES),
  bodyUnitId: z.uuid(),
  meetingDate: z.string().nullable(),
  paragraph: z.string().nullable(),
  points: z.array(z.string()),
  proposedOn: z.string().nullable(),
  justeringOn: z.string().nullable(),
  noticePostedOn: z.string().nullable(),
  noticeRemovedOn: z.string().nullable(),
  sentToUnitIds: z.array(z.uuid()),
  sentToOthers: z.array(z.string()),
  summary: z.string().nullable(),
  /** The laglighetsprövning window, when the anslag date is known (appeal-window.ts). */
  appeal: appealSchema.nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

// ---- Assignment -----------------------------------------------------------------------

const assignmentFields = {
  /** The decision that gave the assignment. */
  decisionId: z.uuid().nullable(),
  title: freeText(300),
  description: optionalFreeText(4000),
  /** Who must report back: a unit, a role ("Kommundirektören"), and/or a Samla user. */
  responsibleUnitId: z.uuid().nullable(),
  responsibleRole: optionalFreeText(200),
  responsibleUserId: z.uuid().nullable(),
  /** The body to report back to (KS, SN …). */
  reportToUnitId: z.uuid().nullable(),
  /** By a date … */
  dueDate: isoDate.nullable(),
  /** … or at the body's meeting in this month (YYYY-MM), e.g. "the June meeting". */
  dueMeetingMonth: month.nullable(),
  status: z.enum(ASSIGNMENT_STATUSES),
  reportedOn: isoDate.nullable(),
};

type AssignmentRules = {
  dueDate?: string | null;
  dueMeetingMonth?: string | null;
  status?: string;
  reportedOn?: string | null;
};
const assignmentRules = (value: AssignmentRules, ctx: z.RefinementCtx) => {
  if (value.dueDate && value.dueMeetingMonth)
    ctx.addIssue({ code: 'custom', path: ['dueMeetingMonth'], message: 'due_either' });
  if (value.status === 'reported' && value.reportedOn === null)
    ctx.addIssue({ code: 'custom', path: ['reportedOn'], message: 'required' });
};

export const createAssignmentSchema = z
  .strictObject({
    ...Object.fromEntries(
      Object.entries(assignmentFields).map(([k, v]) => [k, k === 'title' ? v : v.optional()]),
    ),
  } as { title: (typeof assignmentFields)['title'] } & {
    [K in Exclude<keyof typeof assignmentFields, 'title'>]: z.ZodOptional<
      (typeof assignmentFields)[K]
    >;
  })
  .superRefine((value, ctx) =>
    assignmentRules({ ...value, reportedOn: value.reportedOn ?? null }, ctx),
  );
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

export const updateAssignmentSchema = z
  .strictObject({
    version: versionField,
    ...Object.fromEntries(Object.entries(assignmentFields).map(([k, v]) => [k, v.optional()])),
  } as { version: typeof versionField } & {
    [K in keyof typeof assignmentFields]: z.ZodOptional<(typeof assignmentFields)[K]>;
  })
  .superRefine(assignmentRules);
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentSchema>;

export const assignmentSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  decisionId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  responsibleUnitId: z.uuid().nullable(),
  responsibleRole: z.string().nullable(),
  responsibleUserId: z.uuid().nullable(),
  reportToUnitId: z.uuid().nullable(),
  dueDate: z.string().nullable(),
  dueMeetingMonth: z.string().nullable(),
  status: z.enum(ASSIGNMENT_STATUSES),
  reportedOn: z.string().nullable(),
  /** The due date resolved (deadline-resolution.ts): a date, the meeting, or end of month. */
  due: z.object({
    date: z.string().nullable(),
    source: z.enum(['date', 'meeting', 'end_of_month', 'none']),
  }),
  state: z.enum(['reported', 'cancelled', 'overdue', 'due_soon', 'upcoming', 'no_deadline']),
  daysLeft: z.int().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

// ---- Timeline -------------------------------------------------------------------------

export const timelineSchema = z.object({
  caseId: z.uuid(),
  entries: z.array(
    z.object({
      date: z.string(),
      kind: z.enum([
        'submitted',
        'decision',
        'proposal',
        'assignment_given',
        'assignment_due',
        'assignment_reported',
        'milestone',
        'assessment',
        'closed',
      ]),
      title: z.string(),
      refId: z.string().nullable(),
      estimated: z.boolean().optional(),
      overdue: z.boolean().optional(),
    }),
  ),
});
export type CaseTimeline = z.infer<typeof timelineSchema>;
