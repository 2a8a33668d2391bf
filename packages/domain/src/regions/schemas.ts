import { z } from 'zod';
import {
  GENDERS,
  INDICATOR_UNITS,
  MEASUREMENT_STATES,
  PERIOD_TYPES,
} from '../indicators/vocabulary.js';
import {
  ACTIVITY_STATUSES,
  LEVELS,
  PLAN_KINDS,
  PLAN_STATUSES,
  TIERS,
} from '../plans/vocabulary.js';
import { AGREEMENT_CATEGORIES } from './vocabulary.js';

// ---- What a kommun shares ---------------------------------------------------------------

const areaFlags = {
  plans: z.boolean(),
  coverage: z.boolean(),
  indicators: z.boolean(),
  collaboration: z.boolean(),
};

/** The tenant admin's choice; `version` 0 while the kommun has never chosen (nothing shared). */
export const updateRegionSharingSchema = z.strictObject({
  version: z.int().min(0),
  ...areaFlags,
});
export type UpdateRegionSharingInput = z.infer<typeof updateRegionSharingSchema>;

const changedBySchema = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const regionSharingSchema = z.object({
  ...areaFlags,
  region: z.object({ code: z.string(), name: z.string() }),
  version: z.int(),
  updatedAt: z.string().nullable(),
  updatedBy: changedBySchema,
  /** The latest changes, newest first, from the audit log. */
  history: z.array(
    z.object({
      occurredAt: z.string(),
      by: changedBySchema,
      ...areaFlags,
    }),
  ),
});
export type RegionSharing = z.infer<typeof regionSharingSchema>;

// ---- Coordinators -----------------------------------------------------------------------

export const lanskod = z.string().regex(/^\d{2}$/, { error: 'invalid_format' });

export const addRegionCoordinatorSchema = z.strictObject({
  email: z.email().max(254),
});
export type AddRegionCoordinatorInput = z.infer<typeof addRegionCoordinatorSchema>;

export const regionCoordinatorSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  lanskod: z.string(),
  createdAt: z.string(),
});
export type RegionCoordinator = z.infer<typeof regionCoordinatorSchema>;

export const coordinatedRegionSchema = z.object({ code: z.string(), name: z.string() });
export type CoordinatedRegion = z.infer<typeof coordinatedRegionSchema>;

// ---- Comparisons ------------------------------------------------------------------------

const kommun = { code: z.string(), name: z.string() };
const envelope = {
  region: z.object({ code: z.string(), name: z.string() }),
  generatedAt: z.string(),
};
const planRef = z
  .object({ id: z.uuid(), title: z.string(), periodFrom: z.int(), periodTo: z.int() })
  .nullable();

export const regionOverviewSchema = z.object({
  ...envelope,
  /** Only kommuner that share something; the others are not listed at all. */
  municipalities: z.array(z.object({ ...kommun, shares: z.object(areaFlags) })),
});
export type RegionOverview = z.infer<typeof regionOverviewSchema>;

export const plansComparisonSchema = z.object({
  ...envelope,
  municipalities: z.array(
    z.object({
      ...kommun,
      plans: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          kind: z.enum(PLAN_KINDS),
          status: z.enum(PLAN_STATUSES),
          periodFrom: z.int(),
          periodTo: z.int(),
          adoptedOn: z.string().nullable(),
          /** Weighted mean progress in percent; null when no activity counts. */
          progress: z.int().nullable(),
          goals: z.int(),
          activities: z.int(),
          /** The plan the other comparisons use for this kommun. */
          current: z.boolean(),
        }),
      ),
    }),
  ),
});
export type PlansComparison = z.infer<typeof plansComparisonSchema>;

const coverageCell = z.object({ activities: z.int(), budgetSek: z.number(), gap: z.boolean() });
export const coverageComparisonSchema = z.object({
  ...envelope,
  levels: z.array(z.enum(LEVELS)),
  tiers: z.array(z.enum(TIERS)),
  municipalities: z.array(
    z.object({
      ...kommun,
      plan: planRef,
      /** matrix[level][tier] */
      matrix: z.record(z.enum(LEVELS), z.record(z.enum(TIERS), coverageCell)),
      gaps: z.array(z.object({ level: z.enum(LEVELS), tier: z.enum(TIERS) })),
      activities: z.int(),
    }),
  ),
});
export type CoverageComparison = z.infer<typeof coverageComparisonSchema>;

const statusRecord = z.record(z.enum(ACTIVITY_STATUSES), z.int());
export const activityStatusComparisonSchema = z.object({
  ...envelope,
  statuses: z.array(z.enum(ACTIVITY_STATUSES)),
  municipalities: z.array(
    z.object({
      ...kommun,
      plan: planRef,
      total: z.int(),
      counts: statusRecord,
      percent: statusRecord,
    }),
  ),
});
export type ActivityStatusComparison = z.infer<typeof activityStatusComparisonSchema>;

/**
 * Which indicator the comparison shows, and for a monthly indicator which year's months
 * (without `year`: the year totals of every year). Without `indicator`: the first of the
 * list (the one most sharing kommuner follow).
 */
export const indicatorsComparisonQuerySchema = z.strictObject({
  indicator: z.uuid().optional(),
  year: z
    .string()
    .regex(/^\d{4}$/, { error: 'period_year' })
    .optional(),
});
export type IndicatorsComparisonQuery = z.infer<typeof indicatorsComparisonQuerySchema>;

/** A catalogue indicator that at least one sharing kommun follows. */
export const comparedIndicatorSchema = z.object({
  platformIndicatorId: z.uuid(),
  nameSv: z.string(),
  nameEn: z.string().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  periodType: z.enum(PERIOD_TYPES),
  genderSplit: z.boolean(),
  higherIsBetter: z.boolean(),
  /** How many of the sharing kommuner follow it. */
  followedBy: z.int(),
});
export type ComparedIndicator = z.infer<typeof comparedIndicatorSchema>;

/** One kommun's figures of one indicator, as they may leave the kommun. */
export const indicatorSeriesSchema = z.object({
  ...kommun,
  figures: z.array(
    z.object({
      period: z.string(),
      gender: z.enum(GENDERS),
      /** suppressed: a small number, or hidden so that none can be derived (why is not said). */
      state: z.enum(MEASUREMENT_STATES),
      value: z.number().nullable(),
      /** A year total formed from twelve months (monthly indicators only). */
      yearTotal: z.boolean(),
    }),
  ),
  /** Change from the first to the latest period shown with a shown total, in percent. */
  growthPercent: z.number().nullable(),
});
export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;

export const indicatorsComparisonSchema = z.object({
  ...envelope,
  /** Every catalogue indicator a sharing kommun follows: most followed first, then by name. */
  indicators: z.array(comparedIndicatorSchema),
  /** The figures of the chosen indicator; null when no sharing kommun follows any. */
  selected: z
    .object({
      platformIndicatorId: z.uuid(),
      /**
       * Monthly indicators: the year whose months are shown (then the periods are its
       * months and the year itself, the year total, last); null: the year totals.
       * Always null for yearly indicators.
       */
      year: z.string().nullable(),
      /** Monthly indicators: the years with figures, to choose months from; else empty. */
      years: z.array(z.string()),
      /** The columns, in order. */
      periods: z.array(z.string()),
      /** Every sharing kommun that follows the indicator, with or without figures. */
      municipalities: z.array(indicatorSeriesSchema),
    })
    .nullable(),
});
export type IndicatorsComparison = z.infer<typeof indicatorsComparisonSchema>;

export const agreementsComparisonSchema = z.object({
  ...envelope,
  categories: z.array(z.enum(AGREEMENT_CATEGORIES)),
  municipalities: z.array(z.object({ ...kommun, current: z.array(z.enum(AGREEMENT_CATEGORIES)) })),
  shares: z.array(
    z.object({
      category: z.enum(AGREEMENT_CATEGORIES),
      withCurrent: z.int(),
      of: z.int(),
      percent: z.int().nullable(),
    }),
  ),
});
export type AgreementsComparison = z.infer<typeof agreementsComparisonSchema>;
