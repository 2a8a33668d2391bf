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

export const indicatorsComparisonSchema = z.object({
  ...envelope,
  indicators: z.array(
    z.object({
      platformIndicatorId: z.uuid(),
      nameSv: z.string(),
      nameEn: z.string().nullable(),
      unit: z.enum(INDICATOR_UNITS),
      periodType: z.enum(PERIOD_TYPES),
      genderSplit: z.boolean(),
      higherIsBetter: z.boolean(),
      periods: z.array(z.string()),
      municipalities: z.array(
        z.object({
          ...kommun,
          figures: z.array(
            z.object({
              period: z.string(),
              gender: z.enum(GENDERS),
              /** suppressed: a small number, or hidden so that none can be derived (why is not said). */
              state: z.enum(MEASUREMENT_STATES),
              value: z.number().nullable(),
              yearTotal: z.boolean(),
            }),
          ),
          /** Change from the first to the latest period with a shown total, in percent. */
          growthPercent: z.number().nullable(),
        }),
      ),
    }),
  ),
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
