import { z } from 'zod';
import { actionPlanSummarySchema, activitySchema, goalSchema } from './schemas.js';
import { LEVELS, TARGET_GROUPS, TIERS, VIOLENCE_TYPES } from './vocabulary.js';

/** A plan with its goal tree and every activity: what the plan page shows. */
export const actionPlanDetailSchema = actionPlanSummarySchema.extend({
  goals: z.array(goalSchema),
  activities: z.array(activitySchema),
});
export type ActionPlanDetail = z.infer<typeof actionPlanDetailSchema>;

export const activityPageSchema = z.object({
  items: z.array(activitySchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

const cell = z.object({ activities: z.int(), budgetSek: z.int(), gap: z.boolean() });
const record = <K extends readonly [string, ...string[]]>(keys: K, value: z.ZodType) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K[number], z.ZodType>);

export const coverageSchema = z.object({
  matrix: record(LEVELS, record(TIERS, cell)),
  byTargetGroup: record(TARGET_GROUPS, cell),
  byViolenceType: record(VIOLENCE_TYPES, cell),
  totals: z.object({ activities: z.int(), budgetSek: z.int(), excludedCancelled: z.int() }),
  gaps: z.object({
    matrix: z.array(z.object({ level: z.enum(LEVELS), tier: z.enum(TIERS) })),
    targetGroups: z.array(z.enum(TARGET_GROUPS)),
    violenceTypes: z.array(z.enum(VIOLENCE_TYPES)),
  }),
});

const diffItem = z.object({
  lineageId: z.string(),
  title: z.string(),
  fields: z.record(z.string(), z.unknown()),
});
const itemDiff = z.object({
  added: z.array(diffItem),
  removed: z.array(diffItem),
  changed: z.array(
    z.object({
      before: diffItem,
      after: diffItem,
      changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    }),
  ),
  unchanged: z.int(),
});

export const planComparisonSchema = z.object({
  from: actionPlanSummarySchema,
  to: actionPlanSummarySchema,
  plan: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  goals: itemDiff,
  activities: itemDiff,
});
export type PlanComparison = z.infer<typeof planComparisonSchema>;
