import { z } from 'zod';
import { freeText, optionalFreeText, versionField } from '../validation/fields.js';
import {
  LEVELS,
  MODEL_STEPS,
  PLAN_KINDS,
  TARGET_GROUPS,
  TIERS,
  VIOLENCE_TYPES,
} from '../plans/vocabulary.js';

/** A method in the shared catalogue (ATV, Trappan, MVP …). */
export const methodInputSchema = z.strictObject({
  name: freeText(200),
  description: freeText(4000),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length),
  tier: z.enum(TIERS),
  level: z.enum(LEVELS),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)).max(VIOLENCE_TYPES.length),
  /** Where to read more (the method owner's page). */
  url: z.url().max(500).nullable().optional(),
});
export type MethodInput = z.infer<typeof methodInputSchema>;

export const updateMethodSchema = methodInputSchema.partial().extend({ version: versionField });
export type UpdateMethodInput = z.infer<typeof updateMethodSchema>;

export const methodSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  tier: z.enum(TIERS),
  level: z.enum(LEVELS),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)),
  url: z.string().nullable(),
  version: z.int(),
});
export type Method = z.infer<typeof methodSchema>;

export const templateActivitySchema = z.strictObject({
  title: freeText(300),
  description: optionalFreeText(4000),
  level: z.enum(LEVELS),
  tier: z.enum(TIERS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).default([]),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)).max(VIOLENCE_TYPES.length).default([]),
  /** Name of a method in the catalogue; the copy links to it when it exists. */
  methodName: z.string().max(200).optional(),
});
export type TemplateActivity = z.infer<typeof templateActivitySchema>;

export interface TemplateGoal {
  title: string;
  description?: string | null | undefined;
  /** The step of the model the goal belongs to. */
  step?: (typeof MODEL_STEPS)[number] | undefined;
  activities: TemplateActivity[];
  children: TemplateGoal[];
}

export const templateGoalSchema: z.ZodType<TemplateGoal> = z
  .lazy(() =>
    z.strictObject({
      title: freeText(300),
      description: optionalFreeText(4000),
      step: z.enum(MODEL_STEPS).optional(),
      activities: z.array(templateActivitySchema).max(200).default([]),
      children: z.array(templateGoalSchema).max(50).default([]),
    }),
  )
  .meta({ id: 'TemplateGoal' }) as z.ZodType<TemplateGoal>;

export const templateInputSchema = z.strictObject({
  name: freeText(200),
  description: freeText(4000),
  kind: z.enum(PLAN_KINDS),
  goals: z.array(templateGoalSchema).min(1).max(50),
});
export type TemplateInput = z.infer<typeof templateInputSchema>;

export const updateTemplateSchema = templateInputSchema.partial().extend({ version: versionField });
export type UpdateTemplateInput = z.infer<typeof updateTemplateSchema>;

export const templateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(PLAN_KINDS),
  goals: z.array(z.unknown()),
  goalCount: z.int(),
  activityCount: z.int(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Template = z.infer<typeof templateSchema>;

/** Counts the goals and suggested activities of a template, sub-goals included. */
export function countTemplate(goals: readonly TemplateGoal[]): {
  goals: number;
  activities: number;
} {
  return goals.reduce(
    (acc, g) => {
      const inner = countTemplate(g.children);
      return {
        goals: acc.goals + 1 + inner.goals,
        activities: acc.activities + g.activities.length + inner.activities,
      };
    },
    { goals: 0, activities: 0 },
  );
}
