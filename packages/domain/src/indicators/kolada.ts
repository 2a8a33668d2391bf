import { z } from 'zod';
import { koladaKpiId } from './schemas.js';
import { GENDERS, MEASUREMENT_AREAS, MEASUREMENT_STATES } from './vocabulary.js';

/**
 * Kolada (the municipal KPI database, API v3). Data answers look like
 * `{values: [{kpi, municipality, period, values: [{gender, value, status, count}]}], count,
 * next_page, previous_page}`. Kolada may add fields; unknown ones are ignored.
 */
export const KOLADA_MAX_IDS_PER_REQUEST = 25;
export const KOLADA_MAX_YEARS_PER_REQUEST = 25;
/** Kolada's id for the whole country. */
export const KOLADA_COUNTRY = '0000';

/** Kolada's id for a län: "00" + länskod (0020 = Dalarnas län). */
export const koladaRegionId = (regionCode: string) => `00${regionCode}`;

export const koladaValueSchema = z.object({
  gender: z.enum(GENDERS),
  value: z.number().nullable(),
  status: z.string().nullable().optional(),
  count: z.number().optional(),
});

export const koladaDataPointSchema = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.coerce.number().int(),
  values: z.array(koladaValueSchema),
});
export type KoladaDataPoint = z.infer<typeof koladaDataPointSchema>;

export const koladaDataResponseSchema = z.object({
  values: z.array(koladaDataPointSchema),
  count: z.number().optional(),
  next_page: z.string().nullable().optional(),
  previous_page: z.string().nullable().optional(),
});
export type KoladaDataResponse = z.infer<typeof koladaDataResponseSchema>;

/**
 * Import chosen KPIs for the kommun, and for comparison its län and the whole country:
 * from Kolada itself, or from a saved answer (one page or several) sent as `data`.
 */
export const koladaImportSchema = z
  .strictObject({
    kpis: z.array(koladaKpiId).min(1).max(200),
    /** Which years; from a saved answer every year in it when left out. */
    years: z.array(z.int().min(1990).max(2100)).min(1).max(100).optional(),
    compareWith: z
      .array(z.enum(['region', 'country']))
      .max(2)
      .default([]),
    data: z
      .union([koladaDataResponseSchema, z.array(koladaDataResponseSchema).max(100)])
      .optional(),
    /** Preview: report what would change, change nothing. */
    dryRun: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (!value.data && !value.years)
      ctx.addIssue({ code: 'custom', path: ['years'], message: 'required' });
  });
export type KoladaImportInput = z.infer<typeof koladaImportSchema>;

const changeSide = z
  .object({
    state: z.enum(MEASUREMENT_STATES),
    value: z.number().nullable(),
    sourceStatus: z.string().nullable(),
  })
  .nullable();

export const koladaImportResultSchema = z.object({
  dryRun: z.boolean(),
  from: z.enum(['kolada', 'file']),
  /** Requests made to Kolada (0 from a file). */
  requests: z.int(),
  /** Figures read (one per KPI, area, year and gender). */
  received: z.int(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  /** Figures left out: another kommun, or K/M of a KPI the catalogue does not split by gender. */
  ignored: z.int(),
  /**
   * The kommun's indicator for each KPI; `followed` when the import started following it
   * (in a preview: would start, and the id is null).
   */
  indicators: z.array(
    z.object({ kpi: z.string(), indicatorId: z.uuid().nullable(), followed: z.boolean() }),
  ),
  /** What changed (at most 500 rows are listed). */
  changes: z.array(
    z.object({
      kpi: z.string(),
      area: z.enum(MEASUREMENT_AREAS),
      period: z.string(),
      gender: z.enum(GENDERS),
      before: changeSide,
      after: changeSide,
    }),
  ),
});
export type KoladaImportResult = z.infer<typeof koladaImportResultSchema>;

export interface KoladaFigure {
  kpi: string;
  area: (typeof MEASUREMENT_AREAS)[number];
  period: string;
  gender: (typeof GENDERS)[number];
  state: 'value' | 'missing';
  value: number | null;
  sourceStatus: string | null;
}

/**
 * Kolada's answer as the kommun's figures: values for the kommun itself, and for its län
 * and the country when asked for; everything else ignored. A figure without a value is
 * missing (never 0), with Kolada's status kept as Kolada wrote it.
 */
export function koladaFigures(
  points: readonly KoladaDataPoint[],
  scope: {
    municipalityCode: string;
    regionCode: string;
    compareWith: ReadonlyArray<'region' | 'country'>;
    kpis: ReadonlySet<string>;
    years: ReadonlySet<number> | null;
    /** KPIs whose catalogue entry is split by gender (others keep T only). */
    genderSplit: ReadonlySet<string>;
  },
): { figures: KoladaFigure[]; received: number; ignored: number } {
  const areaOf = new Map<string, KoladaFigure['area']>([[scope.municipalityCode, 'municipality']]);
  if (scope.compareWith.includes('region')) areaOf.set(koladaRegionId(scope.regionCode), 'region');
  if (scope.compareWith.includes('country')) areaOf.set(KOLADA_COUNTRY, 'country');
  const figures = new Map<string, KoladaFigure>();
  let received = 0;
  let ignored = 0;
  for (const point of points) {
    for (const v of point.values) {
      received++;
      const area = areaOf.get(point.municipality);
      if (
        !area ||
        !scope.kpis.has(point.kpi) ||
        (scope.years && !scope.years.has(point.period)) ||
        (v.gender !== 'T' && !scope.genderSplit.has(point.kpi))
      ) {
        ignored++;
        continue;
      }
      const figure: KoladaFigure = {
        kpi: point.kpi,
        area,
        period: String(point.period),
        gender: v.gender,
        state: v.value === null ? 'missing' : 'value',
        value: v.value,
        sourceStatus: v.status ? v.status : null,
      };
      // A page repeated by a saved file counts once.
      figures.set(`${figure.kpi}|${area}|${figure.period}|${figure.gender}`, figure);
    }
  }
  return { figures: [...figures.values()], received, ignored };
}
