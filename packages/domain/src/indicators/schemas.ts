import { z } from 'zod';
import { freeText, optionalFreeText, versionField } from '../validation/fields.js';
import { PERIOD_PATTERN } from './periods.js';
import { PROGRESS_THRESHOLDS } from './progress-status.js';
import {
  GENDERS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  MEASUREMENT_AREAS,
  MEASUREMENT_STATES,
  PERIOD_TYPES,
  PLATFORM_INDICATOR_KINDS,
  PROGRESS_STATUSES,
  STATUS_GAPS,
} from './vocabulary.js';

const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((values) => [...new Set(values)] as z.output<T>[]);

/** An Agenda 2030 target id such as 5.2 or 16.1. */
export const agenda2030TargetId = z
  .string()
  .regex(/^\d{1,2}\.\d{1,2}$/, { error: 'invalid_format' });

/**
 * A Kolada KPI id: capitals and digits, as Kolada writes them. Ids go into Kolada's URL
 * path, so nothing else is let through.
 */
export const koladaKpiId = z.string().regex(/^[A-Z0-9]{2,12}$/, { error: 'kolada_id' });

// ---- Agenda 2030 --------------------------------------------------------------------------

export const agenda2030TargetSchema = z.object({
  id: z.string(),
  goal: z.int(),
  goalTitleSv: z.string(),
  goalTitleEn: z.string(),
  textSv: z.string(),
  textEn: z.string(),
  /** The global indicators under the target, and Sweden's national additions. */
  indicators: z.array(
    z.object({
      id: z.string(),
      national: z.boolean(),
      textEn: z.string(),
      /** The catalogue indicator a kommun follows to report on it. */
      platformIndicatorId: z.uuid().nullable(),
      nameSv: z.string().nullable(),
    }),
  ),
});
export type Agenda2030Target = z.infer<typeof agenda2030TargetSchema>;

const linkedItem = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planTitle: z.string(),
  title: z.string(),
});
export type LinkedPlanItem = z.infer<typeof linkedItem>;

/** A target as the kommun works with it: its goals, activities and indicators for it. */
export const tenantAgenda2030TargetSchema = agenda2030TargetSchema.extend({
  goals: z.array(linkedItem),
  activities: z.array(linkedItem),
  tenantIndicators: z.array(
    z.object({ id: z.uuid(), nameSv: z.string(), status: z.enum(PROGRESS_STATUSES) }),
  ),
});
export type TenantAgenda2030Target = z.infer<typeof tenantAgenda2030TargetSchema>;

// ---- Indicator definitions ----------------------------------------------------------------

const definitionFields = {
  nameSv: freeText(300),
  nameEn: optionalFreeText(300),
  description: optionalFreeText(4000),
  unit: z.enum(INDICATOR_UNITS),
  higherIsBetter: z.boolean(),
  periodType: z.enum(PERIOD_TYPES),
  genderSplit: z.boolean().default(false),
  /** Where the figures come from, e.g. "Socialförvaltningens verksamhetssystem". */
  source: optionalFreeText(300),
  agenda2030TargetId: agenda2030TargetId.nullable().optional(),
};

/** Fields that may change once figures exist (not the period type or the gender split). */
const editableFields = {
  nameSv: definitionFields.nameSv.optional(),
  nameEn: definitionFields.nameEn,
  description: definitionFields.description,
  unit: definitionFields.unit.optional(),
  higherIsBetter: definitionFields.higherIsBetter.optional(),
  source: definitionFields.source,
  agenda2030TargetId: definitionFields.agenda2030TargetId,
};

/** The kommun's own indicator, e.g. Trelleborg's monthly count of support talks. */
export const createIndicatorSchema = z.strictObject(definitionFields);
export type CreateIndicatorInput = z.infer<typeof createIndicatorSchema>;

export const updateIndicatorSchema = z.strictObject({ version: versionField, ...editableFields });
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorSchema>;

/** A platform admin adds a Kolada KPI (or an Agenda 2030 indicator) to the shared catalogue. */
export const createPlatformIndicatorSchema = z
  .strictObject({
    kind: z.enum(PLATFORM_INDICATOR_KINDS),
    koladaId: koladaKpiId.optional(),
    agenda2030IndicatorId: z.string().trim().min(1).max(20).optional(),
    ...definitionFields,
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'kolada') {
      if (!value.koladaId)
        ctx.addIssue({ code: 'custom', path: ['koladaId'], message: 'required' });
      // Kolada publishes yearly figures.
      if (value.periodType !== 'year')
        ctx.addIssue({ code: 'custom', path: ['periodType'], message: 'kolada_yearly' });
    }
    if (value.kind === 'agenda2030' && !value.agenda2030IndicatorId)
      ctx.addIssue({ code: 'custom', path: ['agenda2030IndicatorId'], message: 'required' });
  });
export type CreatePlatformIndicatorInput = z.infer<typeof createPlatformIndicatorSchema>;

export const updatePlatformIndicatorSchema = z.strictObject({
  version: versionField,
  ...editableFields,
});
export type UpdatePlatformIndicatorInput = z.infer<typeof updatePlatformIndicatorSchema>;

export const followIndicatorSchema = z.strictObject({ platformIndicatorId: z.uuid() });
export type FollowIndicatorInput = z.infer<typeof followIndicatorSchema>;

const definitionView = {
  nameSv: z.string(),
  nameEn: z.string().nullable(),
  description: z.string().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  higherIsBetter: z.boolean(),
  periodType: z.enum(PERIOD_TYPES),
  genderSplit: z.boolean(),
  source: z.string().nullable(),
  agenda2030TargetId: z.string().nullable(),
};

export const platformIndicatorSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PLATFORM_INDICATOR_KINDS),
  koladaId: z.string().nullable(),
  agenda2030IndicatorId: z.string().nullable(),
  ...definitionView,
  version: z.int(),
  updatedAt: z.string(),
});
export type PlatformIndicator = z.infer<typeof platformIndicatorSchema>;

// ---- Baseline, target, status, trend ------------------------------------------------------

/**
 * Baseline (period and value) and target (value and year). Null clears a part. Without a
 * baseline value the measured value of the baseline period is used.
 */
export const setIndicatorTargetSchema = z
  .strictObject({
    version: versionField,
    baselinePeriod: z.string().trim().min(4).max(7).nullable(),
    baselineValue: z.number().nullable().optional().default(null),
    targetValue: z.number().nullable(),
    targetYear: z.int().min(2000).max(2100).nullable(),
  })
  .superRefine((value, ctx) => {
    // A target is a value for a year: both or neither.
    if (value.targetValue !== null && value.targetYear === null)
      ctx.addIssue({ code: 'custom', path: ['targetYear'], message: 'required' });
    if (value.targetYear !== null && value.targetValue === null)
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'required' });
    if (value.baselineValue !== null && value.baselinePeriod === null)
      ctx.addIssue({ code: 'custom', path: ['baselinePeriod'], message: 'required' });
  });
export type SetIndicatorTargetInput = z.infer<typeof setIndicatorTargetSchema>;

export const indicatorTargetSchema = z.object({
  baselinePeriod: z.string().nullable(),
  baselineValue: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetYear: z.int().nullable(),
});
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

const point = z.object({ period: z.string(), value: z.number() });

export const progressExplanationSchema = z.object({
  status: z.enum(PROGRESS_STATUSES),
  gap: z.enum(STATUS_GAPS).nullable(),
  higherIsBetter: z.boolean(),
  baseline: z
    .object({ period: z.string(), value: z.number().nullable(), fromMeasurement: z.boolean() })
    .nullable(),
  latest: point.nullable(),
  target: z.object({ year: z.int(), value: z.number() }).nullable(),
  yearsElapsed: z.number().nullable(),
  yearsToTarget: z.number().nullable(),
  cagrActual: z.number().nullable(),
  cagrRequired: z.number().nullable(),
  ratio: z.number().nullable(),
  thresholds: z.object({
    substantial: z.literal(PROGRESS_THRESHOLDS.substantial),
    moderate: z.literal(PROGRESS_THRESHOLDS.moderate),
    limited: z.literal(PROGRESS_THRESHOLDS.limited),
  }),
});

export const trendSchema = z.object({
  latest: point.nullable(),
  yearBefore: point.nullable(),
  change: z.number().nullable(),
  direction: z.enum(['up', 'down', 'unchanged']).nullable(),
  assessment: z.enum(['better', 'worse', 'unchanged']).nullable(),
  yearToDate: z
    .object({
      year: z.int(),
      throughMonth: z.int(),
      total: z.number(),
      yearBefore: z.number(),
    })
    .nullable(),
});

// ---- The kommun's indicators --------------------------------------------------------------

/** One of the kommun's indicators: its own, or one it follows from the catalogue. */
export const indicatorSchema = z.object({
  id: z.uuid(),
  kind: z.enum(INDICATOR_KINDS),
  platformIndicatorId: z.uuid().nullable(),
  koladaId: z.string().nullable(),
  agenda2030IndicatorId: z.string().nullable(),
  ...definitionView,
  target: indicatorTargetSchema,
  /** The kommun's latest total, this period against the year before, and the status. */
  trend: trendSchema,
  status: z.enum(PROGRESS_STATUSES),
  version: z.int(),
  updatedAt: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorDetailSchema = indicatorSchema.extend({
  progress: progressExplanationSchema,
  /** The plan goals and activities that name this indicator. */
  linkedGoals: z.array(linkedItem),
  linkedActivities: z.array(linkedItem),
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

// ---- Measurements -------------------------------------------------------------------------

/**
 * One data point as entered or imported. Rules that depend on the indicator (the period's
 * form, K/M, a value exactly when the state is "value", the unit) are in
 * measurement-rules.ts, which checks every row.
 */
export const measurementInputSchema = z.strictObject({
  period: z.string().trim().min(4).max(7),
  gender: z.enum(GENDERS).default('T'),
  area: z.enum(MEASUREMENT_AREAS).default('municipality'),
  state: z.enum(MEASUREMENT_STATES),
  value: z.number().nullable().optional(),
  source: optionalFreeText(300),
  note: optionalFreeText(1000),
});
export type MeasurementInput = z.infer<typeof measurementInputSchema>;

export const upsertMeasurementsSchema = z.strictObject({
  measurements: z.array(measurementInputSchema).min(1).max(1000),
});
export type UpsertMeasurementsInput = z.infer<typeof upsertMeasurementsSchema>;

export const measurementQuerySchema = z.strictObject({
  from: z.string().regex(PERIOD_PATTERN, { error: 'period_from' }).optional(),
  to: z.string().regex(PERIOD_PATTERN, { error: 'period_to' }).optional(),
  area: z.enum(MEASUREMENT_AREAS).optional(),
});
export type MeasurementQuery = z.infer<typeof measurementQuerySchema>;

export const measurementSchema = z.object({
  period: z.string(),
  gender: z.enum(GENDERS),
  area: z.enum(MEASUREMENT_AREAS),
  state: z.enum(MEASUREMENT_STATES),
  /** Null unless the state is "value". */
  value: z.number().nullable(),
  source: z.string().nullable(),
  /** The status Kolada gave the figure, kept as Kolada wrote it. */
  sourceStatus: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const upsertMeasurementsResultSchema = z.object({
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  measurements: z.array(measurementSchema),
});
export type UpsertMeasurementsResult = z.infer<typeof upsertMeasurementsResultSchema>;

// ---- Links from plans ---------------------------------------------------------------------

/** The Agenda 2030 targets and indicators a goal or activity works towards (the whole set). */
export const setLinksSchema = z.strictObject({
  targetIds: distinct(agenda2030TargetId, 20),
  indicatorIds: distinct(z.uuid(), 50),
});
export type SetLinksInput = z.infer<typeof setLinksSchema>;

export const linksSchema = z.object({
  targets: z.array(
    z.object({ id: z.string(), goal: z.int(), textSv: z.string(), textEn: z.string() }),
  ),
  indicators: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(INDICATOR_KINDS),
      nameSv: z.string(),
      nameEn: z.string().nullable(),
      status: z.enum(PROGRESS_STATUSES),
    }),
  ),
});
export type Links = z.infer<typeof linksSchema>;
