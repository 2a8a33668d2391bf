import type { ReportIndicator } from '../report-data.js';

export interface ChartBox {
  width: number;
  height: number;
}

export interface ChartGeometry {
  plot: { left: number; top: number; right: number; bottom: number };
  /** The measured values; `y` null where the figure is missing or suppressed (a gap in the line). */
  points: Array<{ x: number; y: number | null; period: string; value: number | null }>;
  /** Runs of consecutive values, each drawn as one line. */
  segments: Array<Array<{ x: number; y: number }>>;
  baseline: { y: number; value: number; period: string } | null;
  target: { y: number; value: number; year: number } | null;
  yTicks: Array<{ y: number; value: number }>;
  /** Period labels along the x-axis, thinned so they do not overlap. */
  xLabels: Array<{ x: number; label: string }>;
}

/** A "nice" step (1, 2 or 5 × 10ⁿ) that splits the range into about `count` parts. */
export function niceStep(range: number, count: number): number {
  const raw = range / count;
  if (!(raw > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
}

/**
 * Where everything in an indicator's line chart goes, in the box's units (points in the
 * PDF, pixels in the image): one geometry for the PDF's vector drawing, the Word file's
 * SVG and its PNG fallback, so all three show the same chart. The y-axis starts at 0
 * unless a value is negative, so a small change is not drawn as a large one.
 */
export function chartGeometry(indicator: ReportIndicator, box: ChartBox): ChartGeometry {
  const plot = { left: 48, top: 10, right: box.width - 12, bottom: box.height - 24 };
  const values = indicator.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (indicator.baseline) values.push(indicator.baseline.value);
  if (indicator.target) values.push(indicator.target.value);
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  const step = niceStep(high - low, 4);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const yFor = (v: number) =>
    plot.bottom - ((v - min) / (max - min || 1)) * (plot.bottom - plot.top);
  const n = indicator.points.length;
  const xFor = (i: number) =>
    n <= 1
      ? (plot.left + plot.right) / 2
      : plot.left + 8 + (i / (n - 1)) * (plot.right - plot.left - 16);

  const points = indicator.points.map((p, i) => ({
    x: xFor(i),
    y: p.state === 'value' && p.value !== null ? yFor(p.value) : null,
    period: p.period,
    value: p.state === 'value' ? p.value : null,
  }));
  const segments: ChartGeometry['segments'] = [];
  let run: Array<{ x: number; y: number }> = [];
  for (const p of points) {
    if (p.y === null) {
      if (run.length) segments.push(run);
      run = [];
    } else run.push({ x: p.x, y: p.y });
  }
  if (run.length) segments.push(run);

  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = min; v <= max + step / 2; v += step) yTicks.push({ y: yFor(v), value: round(v) });
  const every = Math.max(1, Math.ceil(n / 8));
  const xLabels = points
    .filter((_, i) => i % every === 0 || i === n - 1)
    .map((p) => ({ x: p.x, label: p.period }));
  // The last period is always labelled; the regular one before it gives way when they would touch.
  const [before, last] = xLabels.slice(-2);
  if (before && last && last.x - before.x < MIN_LABEL_GAP) xLabels.splice(-2, 1);
  return {
    plot,
    points,
    segments,
    baseline: indicator.baseline
      ? { ...indicator.baseline, y: yFor(indicator.baseline.value) }
      : null,
    target: indicator.target ? { ...indicator.target, y: yFor(indicator.target.value) } : null,
    yTicks,
    xLabels,
  };
}

/** Room a period label (e.g. 2020-10) needs on the x-axis, in chart units. */
const MIN_LABEL_GAP = 45;

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** The chart's colours: the line, the baseline and the target (also named in the legend). */
export const CHART_COLOURS = {
  line: '#1f4e79',
  baseline: '#7f7f7f',
  target: '#2e7d32',
  grid: '#d9d9d9',
  axis: '#404040',
} as const;
