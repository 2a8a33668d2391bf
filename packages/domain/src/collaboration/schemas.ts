import { z } from 'zod';
import { freeText, optionalFreeText, versionField } from '../validation/fields.js';
import {
  ASSESSMENT_RATINGS,
  CADENCE_UNITS,
  CARE_SERVICES,
  FORUM_KINDS,
  MEMBER_ROLES,
  PARTNER_TYPES,
  SIGNATORY_LEVELS,
} from './vocabulary.js';

const isoDate = z.iso.date();
const distinctIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .transform((values) => [...new Set(values)]);
const partial = <T extends Record<string, z.ZodType>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };

// ---- Partner --------------------------------------------------------------------------

/**
 * A contact person at a partner: staff only (a kommunpolis, a jour's samordnare), never a
 * client. The title is required; the name may be left out when a role is enough.
 */
export const contactSchema = z.strictObject({
  name: optionalFreeText(200),
  title: freeText(200),
  email: z.email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{5,30}$/, { error: 'invalid_format' })
    .nullable()
    .optional(),
});
export type ContactInput = z.infer<typeof contactSchema>;

const partnerFields = {
  name: freeText(200),
  type: z.enum(PARTNER_TYPES),
  /** For an internal unit: the org unit it is, when it is in the kommun's tree. */
  orgUnitId: z.uuid().nullable(),
  /** For region/healthcare: which service (ungdomsmottagning, primärvård …). */
  careService: z.enum(CARE_SERVICES).nullable(),
  description: optionalFreeText(4000),
  contacts: z.array(contactSchema).max(20),
};

const internalOnly = (
  value: { type?: string; orgUnitId?: string | null; careService?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (value.orgUnitId && value.type && value.type !== 'internal_unit')
    ctx.addIssue({ code: 'custom', path: ['orgUnitId'], message: 'internal_only' });
  if (value.careService && value.type && value.type !== 'region_healthcare')
    ctx.addIssue({ code: 'custom', path: ['careService'], message: 'healthcare_only' });
};

export const createPartnerSchema = z
  .strictObject({
    ...partnerFields,
    orgUnitId: partnerFields.orgUnitId.optional(),
    careService: partnerFields.careService.optional(),
    contacts: partnerFields.contacts.optional(),
  })
  .superRefine(internalOnly);
export type CreatePartnerInput = z.infer<typeof createPartnerSchema>;

export const updatePartnerSchema = z
  .strictObject({ version: versionField, ...partial(partnerFields) })
  .superRefine(internalOnly);
export type UpdatePartnerInput = z.infer<typeof updatePartnerSchema>;

export const partnerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(PARTNER_TYPES),
  orgUnitId: z.uuid().nullable(),
  careService: z.enum(CARE_SERVICES).nullable(),
  description: z.string().nullable(),
  contacts: z.array(
    z.object({
      name: z.string().nullable(),
      title: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  version: z.int(),
  updatedAt: z.string(),
});
export type Partner = z.infer<typeof partnerSchema>;

// ---- Forum ----------------------------------------------------------------------------

export const cadenceSchema = z.strictObject({
  unit: z.enum(CADENCE_UNITS),
  count: z.int().min(1).max(31),
});

const forumFields = {
  name: freeText(200),
  kind: z.enum(FORUM_KINDS),
  purpose: optionalFreeText(4000),
  conveningUnitId: z.uuid().nullable(),
  /** e.g. { unit: 'term', count: 2 }: twice a term. */
  cadence: cadenceSchema.nullable(),
  /** Since when the cadence applies; the first meeting when left out. */
  activeFrom: isoDate.nullable(),
  /** The plans and activities the forum serves. */
  planIds: distinctIds(20),
  activityIds: distinctIds(50),
};

export const createForumSchema = z.strictObject({
  ...forumFields,
  purpose: forumFields.purpose,
  conveningUnitId: forumFields.conveningUnitId.optional(),
  cadence: forumFields.cadence.optional(),
  activeFrom: forumFields.activeFrom.optional(),
  planIds: forumFields.planIds.optional(),
  activityIds: forumFields.activityIds.optional(),
});
export type CreateForumInput = z.infer<typeof createForumSchema>;

export const updateForumSchema = z.strictObject({ version: versionField, ...partial(forumFields) });
export type UpdateForumInput = z.infer<typeof updateForumSchema>;

export const cadenceReportSchema = z.object({
  periods: z.array(
    z.object({
      key: z.string(),
      from: z.string(),
      to: z.string(),
      expected: z.int(),
      held: z.int(),
      state: z.enum(['met', 'short', 'behind', 'on_track']),
    }),
  ),
  shortPeriods: z.array(z.string()),
  behind: z.object({ key: z.string(), missing: z.int(), by: z.string() }).nullable(),
});

export const memberSchema = z.object({
  id: z.uuid(),
  forumId: z.uuid(),
  partnerId: z.uuid().nullable(),
  orgUnitId: z.uuid().nullable(),
  role: z.enum(MEMBER_ROLES),
  /** Who takes part for the member, as a role ("representant från polisen"). */
  representative: z.string().nullable(),
  version: z.int(),
});
export type ForumMember = z.infer<typeof memberSchema>;

export const forumSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(FORUM_KINDS),
  purpose: z.string().nullable(),
  conveningUnitId: z.uuid().nullable(),
  cadence: z.object({ unit: z.enum(CADENCE_UNITS), count: z.int() }).nullable(),
  activeFrom: z.string().nullable(),
  planIds: z.array(z.uuid()),
  activityIds: z.array(z.uuid()),
  members: z.array(memberSchema),
  meetingCount: z.int(),
  lastMeetingOn: z.string().nullable(),
  /** Whether each term (month, year) had the meetings the cadence promises (cadence.ts). */
  cadenceReport: cadenceReportSchema.nullable(),
  latestAssessment: z
    .object({ date: z.string(), rating: z.int(), comment: z.string().nullable() })
    .nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Forum = z.infer<typeof forumSchema>;

// ---- Members --------------------------------------------------------------------------

/**
 * A member is a partner (`partnerId`) or one of the kommun's units (`partnerId: null` and
 * `orgUnitId`), never both.
 */
export const createMemberSchema = z
  .strictObject({
    partnerId: z.uuid().nullable(),
    orgUnitId: z.uuid().nullable().optional(),
    role: z.enum(MEMBER_ROLES).default('member'),
    representative: optionalFreeText(200),
  })
  .superRefine((value, ctx) => {
    if (Boolean(value.partnerId) === Boolean(value.orgUnitId))
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'member_party' });
  });
export type CreateMemberInput = z.infer<typeof createMemberSchema>;

export const updateMemberSchema = z.strictObject({
  version: versionField,
  role: z.enum(MEMBER_ROLES).optional(),
  representative: optionalFreeText(200),
});
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

// ---- Meetings -------------------------------------------------------------------------

const meetingFields = {
  date: isoDate,
  agenda: optionalFreeText(4000),
  notes: optionalFreeText(8000),
  /** The members present. */
  attendeeMemberIds: distinctIds(100),
};

export const createMeetingSchema = z.strictObject({
  ...meetingFields,
  attendeeMemberIds: meetingFields.attendeeMemberIds.optional(),
});
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const updateMeetingSchema = z.strictObject({
  version: versionField,
  ...partial(meetingFields),
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

export const meetingSchema = z.object({
  id: z.uuid(),
  forumId: z.uuid(),
  date: z.string(),
  agenda: z.string().nullable(),
  notes: z.string().nullable(),
  attendeeMemberIds: z.array(z.uuid()),
  version: z.int(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

// ---- Assessments ----------------------------------------------------------------------

const rating = z
  .int()
  .refine((v) => (ASSESSMENT_RATINGS as readonly number[]).includes(v), { error: 'rating' });

const assessmentFields = {
  date: isoDate,
  /** 4 fungerar väl, 3 fungerar i huvudsak, 2 fungerar delvis, 1 fungerar inte. */
  rating,
  comment: optionalFreeText(4000),
  meetingId: z.uuid().nullable(),
};

export const createAssessmentSchema = z.strictObject({
  ...assessmentFields,
  meetingId: assessmentFields.meetingId.optional(),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

export const updateAssessmentSchema = z.strictObject({
  version: versionField,
  ...partial(assessmentFields),
});
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentSchema>;

export const assessmentSchema = z.object({
  id: z.uuid(),
  forumId: z.uuid(),
  date: z.string(),
  rating: z.int(),
  comment: z.string().nullable(),
  meetingId: z.uuid().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

// ---- Agreements -----------------------------------------------------------------------

const agreementFields = {
  partnerId: z.uuid(),
  subject: freeText(300),
  signedOn: isoDate,
  signatoryLevel: z.enum(SIGNATORY_LEVELS),
  /** The signatory's role, e.g. "Kommundirektör", "Lokalpolisområdeschef". */
  signedBy: optionalFreeText(200),
  lastFollowUpOn: isoDate.nullable(),
  /** The kommun's unit that owns the agreement and follows it up. */
  responsibleUnitId: z.uuid().nullable(),
  notes: optionalFreeText(4000),
};

const followUpOrder = (
  value: { signedOn?: string; lastFollowUpOn?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (value.signedOn && value.lastFollowUpOn && value.lastFollowUpOn < value.signedOn)
    ctx.addIssue({ code: 'custom', path: ['lastFollowUpOn'], message: 'before_signing' });
};

export const createAgreementSchema = z
  .strictObject({
    ...agreementFields,
    lastFollowUpOn: agreementFields.lastFollowUpOn.optional(),
    responsibleUnitId: agreementFields.responsibleUnitId.optional(),
  })
  .superRefine(followUpOrder);
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

export const updateAgreementSchema = z
  .strictObject({ version: versionField, ...partial(agreementFields) })
  .superRefine(followUpOrder);
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

export const agreementSchema = z.object({
  id: z.uuid(),
  partnerId: z.uuid(),
  subject: z.string(),
  signedOn: z.string(),
  signatoryLevel: z.enum(SIGNATORY_LEVELS),
  signedBy: z.string().nullable(),
  lastFollowUpOn: z.string().nullable(),
  responsibleUnitId: z.uuid().nullable(),
  notes: z.string().nullable(),
  /** Current, lapsing or lapsed by the 24-month rule (agreement-status.ts). */
  followUp: z.object({
    state: z.enum(['current', 'lapsing', 'lapsed']),
    countedFrom: z.string(),
    followUpBy: z.string(),
    daysLeft: z.int(),
  }),
  version: z.int(),
  updatedAt: z.string(),
});
export type Agreement = z.infer<typeof agreementSchema>;
