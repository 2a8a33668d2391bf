import { z } from 'zod';
import {
  ACTIVITY_STATUSES,
  LEVELS,
  PLAN_KINDS,
  PLAN_STATUSES,
  TIERS,
} from '../plans/vocabulary.js';
import {
  GENDERS,
  INDICATOR_UNITS,
  MEASUREMENT_STATES,
  PERIOD_TYPES,
} from '../indicators/vocabulary.js';

// ---- The kommun's choice (tenant admin) -------------------------------------------------

export const updatePublicationSchema = z
  .strictObject({
    /** The version the edit was based on; 0 when nothing has been published yet. */
    version: z.int().min(0),
    published: z.boolean(),
    planIds: z
      .array(z.uuid())
      .max(20)
      .transform((ids) => [...new Set(ids)]),
  })
  .superRefine((value, ctx) => {
    // A published page shows at least one plan.
    if (value.published && value.planIds.length === 0)
      ctx.addIssue({
        code: 'too_small',
        origin: 'array',
        minimum: 1,
        inclusive: true,
        path: ['planIds'],
        input: value.planIds,
      });
  });
export type UpdatePublicationInput = z.infer<typeof updatePublicationSchema>;

export const publicationPlanOptionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  periodFrom: z.int(),
  periodTo: z.int(),
  /** Adopted or in force: the only plans that can be published. */
  publishable: z.boolean(),
});

export const publicationSchema = z.object({
  published: z.boolean(),
  planIds: z.array(z.uuid()),
  /** The kommun's plans, to choose from. */
  plans: z.array(publicationPlanOptionSchema),
  /** Where the public page is, e.g. /k/1287 (answers 404 while nothing is published). */
  path: z.string(),
  version: z.int(),
  updatedAt: z.string().nullable(),
});
export type Publication = z.infer<typeof publicationSchema>;

// ---- The public page (no login) ---------------------------------------------------------

const publicFigureSchema = z.object({
  period: z.string(),
  gender: z.enum(GENDERS),
  state: z.enum(MEASUREMENT_STATES),
  value: z.number().nullable(),
  suppression: z.enum(['small_number', 'complementary']).nullable(),
  yearTotal: z.boolean(),
});

const publicIndicatorSchema = z.object({
  id: z.uuid(),
  nameSv: z.string(),
  nameEn: z.string().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  periodType: z.enum(PERIOD_TYPES),
  higherIsBetter: z.boolean(),
  source: z.string().nullable(),
  baseline: z
    .object({
      period: z.string().nullable(),
      state: z.enum(MEASUREMENT_STATES),
      value: z.number().nullable(),
    })
    .nullable(),
  targetValue: z.number().nullable(),
  targetYear: z.int().nullable(),
  figures: z.array(publicFigureSchema),
});
export type PublicIndicator = z.infer<typeof publicIndicatorSchema>;

const publicActivitySchema = z.object({
  id: z.uuid(),
  goalId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  responsibleUnit: z.string().nullable(),
  level: z.enum(LEVELS),
  tier: z.enum(TIERS),
  status: z.enum(ACTIVITY_STATUSES),
  progress: z.int(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export type PublicActivity = z.infer<typeof publicActivitySchema>;

const publicGoalSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  /** Weighted mean progress of its activities (sub-goals included); null when none count. */
  progress: z.int().nullable(),
});
export type PublicGoal = z.infer<typeof publicGoalSchema>;

const publicPlanSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(PLAN_KINDS),
  description: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  periodFrom: z.int(),
  periodTo: z.int(),
  adoptedBy: z.string().nullable(),
  adoptedOn: z.string().nullable(),
  progress: z.int().nullable(),
  goals: z.array(publicGoalSchema),
  activities: z.array(publicActivitySchema),
  indicators: z.array(publicIndicatorSchema),
});
export type PublicPlan = z.infer<typeof publicPlanSchema>;

export const publicPageSchema = z.object({
  kommun: z.object({ code: z.string(), name: z.string() }),
  /** When the kommun last changed what it publishes. */
  publishedAt: z.string(),
  plans: z.array(publicPlanSchema),
});
export type PublicPage = z.infer<typeof publicPageSchema>;
