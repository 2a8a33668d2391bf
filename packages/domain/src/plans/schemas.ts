import { z } from 'zod';
import { freeText, optionalFreeText, versionField } from '../validation/fields.js';
import {
  ACTIVITY_STATUSES,
  FUNDING_SOURCES,
  LEVELS,
  MODEL_STEPS,
  PLAN_KINDS,
  PLAN_STATUSES,
  TARGET_GROUPS,
  TIERS,
  VIOLENCE_TYPES,
} from './vocabulary.js';

const isoDate = z.iso.date();
const year = z.int().min(2000).max(2100);
const orgUnitRef = z.uuid();
const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((values) => [...new Set(values)] as z.output<T>[]);

// ---- Programme ------------------------------------------------------------------------

export const updateProgrammeSchema = z.strictObject({
  /** The version the edit was based on; 0 when the programme has never been saved. */
  version: z.int().min(0),
  vision: optionalFreeText(4000),
  violenceTypes: distinct(z.enum(VIOLENCE_TYPES), VIOLENCE_TYPES.length),
  coordinatingUnitId: orgUnitRef.nullable(),
  steeringGroupUnitIds: distinct(orgUnitRef, 50),
  modelStep: z.enum(MODEL_STEPS),
});
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeSchema>;

export const programmeSchema = z.object({
  id: z.uuid().nullable(),
  vision: z.string().nullable(),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)),
  coordinatingUnitId: z.uuid().nullable(),
  steeringGroupUnitIds: z.array(z.uuid()),
  modelStep: z.enum(MODEL_STEPS),
  version: z.int(),
  updatedAt: z.string().nullable(),
});
export type Programme = z.infer<typeof programmeSchema>;

// ---- Action plan ----------------------------------------------------------------------

const periodRefinement = <T extends { periodFrom?: number | null; periodTo?: number | null }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (value.periodFrom != null && value.periodTo != null && value.periodTo < value.periodFrom)
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'period_order' });
};

export const createActionPlanSchema = z
  .strictObject({
    title: freeText(300),
    kind: z.enum(PLAN_KINDS),
    description: optionalFreeText(8000),
    periodFrom: year,
    periodTo: year,
    ownerUnitId: orgUnitRef.nullable().optional(),
    /** Start from a toolkit template: its goals and suggested activities are copied in. */
    templateId: z.uuid().optional(),
  })
  .superRefine(periodRefinement);
export type CreateActionPlanInput = z.infer<typeof createActionPlanSchema>;

export const updateActionPlanSchema = z
  .strictObject({
    version: versionField,
    title: freeText(300).optional(),
    kind: z.enum(PLAN_KINDS).optional(),
    description: optionalFreeText(8000),
    periodFrom: year.optional(),
    periodTo: year.optional(),
    ownerUnitId: orgUnitRef.nullable().optional(),
  })
  .superRefine(periodRefinement);
export type UpdateActionPlanInput = z.infer<typeof updateActionPlanSchema>;

export const planTransitionSchema = z
  .strictObject({
    version: versionField,
    to: z.enum(PLAN_STATUSES),
    /** When adopting: the deciding body (e.g. "Kommunfullmäktige"), date and paragraph. */
    decidedBy: freeText(200).optional(),
    decidedOn: isoDate.optional(),
    paragraph: freeText(40).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.to !== 'adopted') return;
    for (const field of ['decidedBy', 'decidedOn', 'paragraph'] as const)
      if (!value[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
  });
export type PlanTransitionInput = z.infer<typeof planTransitionSchema>;

export const adoptionSchema = z.object({
  decidedBy: z.string(),
  decidedOn: z.string(),
  paragraph: z.string(),
});

export const actionPlanSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(PLAN_KINDS),
  description: z.string().nullable(),
  periodFrom: z.int(),
  periodTo: z.int(),
  ownerUnitId: z.uuid().nullable(),
  status: z.enum(PLAN_STATUSES),
  adoption: adoptionSchema.nullable(),
  revisionOfId: z.uuid().nullable(),
  revision: z.int(),
  templateId: z.uuid().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Roll-up of the plan's activities (see progress-rollup.ts). */
  progress: z.int().nullable(),
  activityCount: z.int(),
});
export type ActionPlanSummary = z.infer<typeof actionPlanSummarySchema>;

// ---- Goal -----------------------------------------------------------------------------

export const createGoalSchema = z.strictObject({
  title: freeText(300),
  description: optionalFreeText(4000),
  parentId: z.uuid().nullable().optional(),
  /** Position among its siblings, from 0; appended at the end when left out. */
  position: z.int().min(0).max(10_000).optional(),
});
export type CreateGoalInput = z.infer<typeof createGoalSchema>;

export const updateGoalSchema = z.strictObject({
  version: versionField,
  title: freeText(300).optional(),
  description: optionalFreeText(4000),
  parentId: z.uuid().nullable().optional(),
  position: z.int().min(0).max(10_000).optional(),
});
export type UpdateGoalInput = z.infer<typeof updateGoalSchema>;

export const goalSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  parentId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  position: z.int(),
  version: z.int(),
  progress: z.int().nullable(),
});
export type Goal = z.infer<typeof goalSchema>;

// ---- Activity -------------------------------------------------------------------------

const activityFields = {
  title: freeText(300),
  description: optionalFreeText(8000),
  goalId: z.uuid().nullable().optional(),
  responsibleUnitId: orgUnitRef.nullable().optional(),
  participatingUnitIds: distinct(orgUnitRef, 50).optional(),
  level: z.enum(LEVELS),
  tier: z.enum(TIERS),
  targetGroups: distinct(z.enum(TARGET_GROUPS), TARGET_GROUPS.length).optional(),
  violenceTypes: distinct(z.enum(VIOLENCE_TYPES), VIOLENCE_TYPES.length).optional(),
  methodId: z.uuid().nullable().optional(),
  methodText: optionalFreeText(300),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  budgetSek: z.int().min(0).max(10_000_000_000).nullable().optional(),
  fundingSource: z.enum(FUNDING_SOURCES).optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  progress: z.int().min(0).max(100).optional(),
  weight: z.int().min(1).max(100).optional(),
};

const dateOrder = <T extends { startDate?: string | null; endDate?: string | null }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (value.startDate && value.endDate && value.endDate < value.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'date_order' });
};

export const createActivitySchema = z
  .strictObject({ planId: z.uuid(), ...activityFields })
  .superRefine(dateOrder);
export type CreateActivityInput = z.infer<typeof createActivitySchema>;

export const updateActivitySchema = z
  .strictObject({
    version: versionField,
    ...Object.fromEntries(Object.entries(activityFields).map(([k, v]) => [k, v.optional()])),
  } as { version: typeof versionField } & {
    [K in keyof typeof activityFields]: z.ZodOptional<(typeof activityFields)[K]>;
  })
  .superRefine(dateOrder);
export type UpdateActivityInput = z.infer<typeof updateActivitySchema>;

export const trackingSchema = z.object({
  state: z.enum(['on_track', 'at_risk', 'late', 'done', 'cancelled']),
  reasons: z.array(z.object({ code: z.string() }).catchall(z.unknown())),
});

export const activitySchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  goalId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  responsibleUnitId: z.uuid().nullable(),
  participatingUnitIds: z.array(z.uuid()),
  level: z.enum(LEVELS),
  tier: z.enum(TIERS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)),
  methodId: z.uuid().nullable(),
  methodText: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  budgetSek: z.int().nullable(),
  fundingSource: z.enum(FUNDING_SOURCES),
  status: z.enum(ACTIVITY_STATUSES),
  progress: z.int(),
  weight: z.int(),
  version: z.int(),
  updatedAt: z.string(),
  tracking: trackingSchema,
  latestUpdate: z
    .object({ date: z.string(), comment: z.string().nullable(), authorName: z.string().nullable() })
    .nullable(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityQuerySchema = z.strictObject({
  planId: z.uuid().optional(),
  goalId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  level: z.enum(LEVELS).optional(),
  tier: z.enum(TIERS).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(2000).default(50),
});
export type ActivityQuery = z.infer<typeof activityQuerySchema>;

// ---- Progress update ------------------------------------------------------------------

export const createProgressUpdateSchema = z.strictObject({
  /** The activity version the reporter saw; a stale one gets 409 like any edit. */
  activityVersion: versionField,
  date: isoDate,
  status: z.enum(ACTIVITY_STATUSES),
  progress: z.int().min(0).max(100),
  comment: optionalFreeText(4000),
});
export type CreateProgressUpdateInput = z.infer<typeof createProgressUpdateSchema>;

export const progressUpdateSchema = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  date: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  progress: z.int(),
  comment: z.string().nullable(),
  authorUserId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;
