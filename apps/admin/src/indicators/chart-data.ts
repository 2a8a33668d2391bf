import {
  type Gender,
  type Measurement,
  type MeasurementArea,
  type MeasurementState,
  monthOf,
  type PeriodType,
  yearOf,
} from '@samla/domain';

/**
 * What the chart and its table show, worked out once so both show the same: the columns
 * (series), the rows (periods, or months of the year) and each cell's state and value.
 */

export type ChartView = 'series' | 'yoy';

export interface ChartCell {
  state: MeasurementState | 'none';
  value: number | null;
  note: string | null;
}

export interface ChartSeries {
  /** e.g. municipality-T, region-T, year-2020. */
  key: string;
  /** What the series is: a gender of an area, or a year (in the year-against-year view). */
  kind: { type: 'area'; area: MeasurementArea; gender: Gender } | { type: 'year'; year: number };
  cells: ChartCell[];
}

export interface ChartRow {
  /** The period (series view) or the month number 1–12 (year-against-year view). */
  period: string;
  month: number | null;
}

export interface ChartModel {
  view: ChartView;
  rows: ChartRow[];
  series: ChartSeries[];
}

const EMPTY: ChartCell = { state: 'none', value: null, note: null };

/** Every period from the first to the last, gaps included: 2019-11, 2019-12, 2020-01 … */
export function periodRange(first: string, last: string, type: PeriodType): string[] {
  const periods: string[] = [];
  if (type === 'year') {
    for (let y = yearOf(first); y <= yearOf(last); y++) periods.push(String(y));
    return periods;
  }
  let y = yearOf(first);
  let m = monthOf(first) ?? 1;
  const end = yearOf(last) * 12 + (monthOf(last) ?? 12);
  while (y * 12 + m <= end) {
    periods.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return periods;
}

const cellOf = (m: Measurement | undefined): ChartCell =>
  m ? { state: m.state, value: m.state === 'value' ? m.value : null, note: m.note } : EMPTY;

const AREA_ORDER: MeasurementArea[] = ['municipality', 'region', 'country'];

/**
 * Period by period: the kommun's total (or its women and men when the indicator is split and
 * `byGender` is asked for), and the län's and Sweden's totals when there are any.
 */
export function seriesModel(
  measurements: readonly Measurement[],
  periodType: PeriodType,
  byGender: boolean,
): ChartModel {
  const own = measurements.filter((m) => m.period.length === (periodType === 'year' ? 4 : 7));
  const sorted = [...own].map((m) => m.period).sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return { view: 'series', rows: [], series: [] };
  const periods = periodRange(first, last, periodType);
  const index = new Map(own.map((m) => [`${m.area}|${m.gender}|${m.period}`, m]));
  const wanted: Array<{ area: MeasurementArea; gender: Gender }> = [];
  for (const area of AREA_ORDER) {
    const genders: Gender[] = area === 'municipality' && byGender ? ['K', 'M'] : ['T'];
    for (const gender of genders)
      if (own.some((m) => m.area === area && m.gender === gender)) wanted.push({ area, gender });
  }
  if (wanted.length === 0) wanted.push({ area: 'municipality', gender: 'T' });
  return {
    view: 'series',
    rows: periods.map((period) => ({ period, month: monthOf(period) })),
    series: wanted.map(({ area, gender }) => ({
      key: `${area}-${gender}`,
      kind: { type: 'area', area, gender },
      cells: periods.map((p) => cellOf(index.get(`${area}|${gender}|${p}`))),
    })),
  };
}

/** The years with any monthly figure of the kommun, newest first. */
export function yearsWithFigures(measurements: readonly Measurement[]): number[] {
  const years = new Set(
    measurements.filter((m) => m.area === 'municipality').map((m) => yearOf(m.period)),
  );
  return [...years].sort((a, b) => b - a);
}

/** Month by month, a year against the year before: the kommun's totals. */
export function yearOnYearModel(measurements: readonly Measurement[], year: number): ChartModel {
  const index = new Map(
    measurements
      .filter((m) => m.area === 'municipality' && m.gender === 'T')
      .map((m) => [m.period, m]),
  );
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const cells = (y: number) =>
    months.map((m) => cellOf(index.get(`${y}-${String(m).padStart(2, '0')}`)));
  return {
    view: 'yoy',
    rows: months.map((month) => ({ period: `${year}-${String(month).padStart(2, '0')}`, month })),
    series: [year, year - 1].map((y) => ({
      key: `year-${y}`,
      kind: { type: 'year', year: y },
      cells: cells(y),
    })),
  };
}

/** The sum of the months that have a value in both years, up to the last such month. */
export function yearToDate(model: ChartModel): { throughMonth: number; totals: number[] } | null {
  if (model.view !== 'yoy') return null;
  let through = 0;
  model.rows.forEach((_, i) => {
    if (model.series.every((s) => s.cells[i]?.state === 'value')) through = i + 1;
  });
  if (through === 0) return null;
  for (let i = 0; i < through; i++)
    if (model.series.some((s) => s.cells[i]?.state !== 'value')) return null;
  return {
    throughMonth: through,
    totals: model.series.map((s) =>
      s.cells.slice(0, through).reduce((sum, c) => sum + (c.value ?? 0), 0),
    ),
  };
}
