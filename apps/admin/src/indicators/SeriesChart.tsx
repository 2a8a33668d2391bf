import { type IndicatorUnit, monthOf } from '@samla/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartModel } from './chart-data';
import { useIndicatorFormat } from './format';
import { useSeriesLabel } from './useSeriesLabel';
import '../i18n/indicators';

interface SeriesChartProps {
  model: ChartModel;
  unit: IndicatorUnit;
  target: { year: number; value: number } | null;
  baseline: { period: string; value: number | null } | null;
  /** A sentence summing the chart up, read before the table. */
  description: string;
}

const WIDTH = 720;
const HEIGHT = 300;
const M = { top: 16, right: 20, bottom: 44, left: 56 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;

/** Each series differs in colour, line pattern and marker shape: never by colour alone. */
export const SERIES_STYLES = [
  { color: '#1f4e5f', dash: '', marker: 'circle' },
  { color: '#a8430b', dash: '6 4', marker: 'square' },
  { color: '#5b3f8c', dash: '2 3', marker: 'triangle' },
  { color: '#2f6b1d', dash: '10 3 2 3', marker: 'diamond' },
] as const;

type Marker = (typeof SERIES_STYLES)[number]['marker'];

/** "Nice" round steps for the value axis: 0, 5, 10, 15 … */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * power).find((s) => s >= rough) ?? rough;
  const result: number[] = [];
  for (let v = 0; v <= max + step * 0.001; v += step) result.push(Number(v.toFixed(6)));
  if ((result.at(-1) ?? 0) < max) result.push(Number(((result.at(-1) ?? 0) + step).toFixed(6)));
  return result;
}

export function MarkerShape({
  shape,
  x,
  y,
  color,
}: {
  shape: Marker;
  x: number;
  y: number;
  color: string;
}) {
  const r = 4;
  switch (shape) {
    case 'square':
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} fill={color} />;
    case 'triangle':
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`}
          fill={color}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`}
          fill={color}
        />
      );
    default:
      return <circle cx={x} cy={y} r={r} fill={color} />;
  }
}

/**
 * The time series as an SVG line chart, with the target as a dashed horizontal line and the
 * baseline as a dotted vertical line. The table next to it holds the same figures; the chart
 * itself is one image with a text summary for screen readers.
 */
export function SeriesChart({ model, unit, target, baseline, description }: SeriesChartProps) {
  const { t } = useTranslation('indicators');
  const format = useIndicatorFormat();
  const seriesLabel = useSeriesLabel();
  const titleId = useId();
  const descId = useId();
  const n = model.rows.length;
  const values = model.series.flatMap((s) => s.cells.map((c) => c.value ?? 0));
  if (target) values.push(target.value);
  if (baseline?.value !== null && baseline?.value !== undefined) values.push(baseline.value);
  const axis = ticks(Math.max(0, ...values));
  const top = axis.at(-1) ?? 1;
  const x = (i: number) => M.left + (n <= 1 ? PLOT_W / 2 : (i / (n - 1)) * PLOT_W);
  const y = (v: number) => M.top + PLOT_H - (v / top) * PLOT_H;
  // Every label when there is room, else every third month (or every other year).
  const every = n <= 14 ? 1 : model.view === 'yoy' ? 1 : n <= 40 ? 3 : 6;
  const xLabel = (i: number) => {
    const row = model.rows[i];
    if (!row) return '';
    if (row.month === null) return row.period;
    const month = format.monthShort(row.month);
    return model.view === 'series' && (row.month === 1 || i === 0)
      ? `${month} ${row.period.slice(0, 4)}`
      : month;
  };
  const baselineIndex =
    model.view === 'series' && baseline
      ? model.rows.findIndex((r) => r.period === baseline.period)
      : -1;
  const targetLabel = target
    ? t('chart.targetLine', { value: format.value(target.value, unit), year: target.year })
    : '';

  return (
    <figure className="ind-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="ind-chart__svg"
      >
        <title id={titleId}>{t('chart.imageTitle')}</title>
        <desc id={descId}>{description}</desc>
        {axis.map((v) => (
          <g key={v}>
            <line
              x1={M.left}
              x2={WIDTH - M.right}
              y1={y(v)}
              y2={y(v)}
              className="ind-chart__grid"
            />
            <text x={M.left - 8} y={y(v) + 4} textAnchor="end" className="ind-chart__tick">
              {format.number(v)}
            </text>
          </g>
        ))}
        {model.rows.map((row, i) =>
          i % every === 0 || (model.view === 'series' && monthOf(row.period) === 1 && every > 1) ? (
            <text
              key={row.period}
              x={x(i)}
              y={HEIGHT - M.bottom + 18}
              textAnchor="middle"
              className="ind-chart__tick"
            >
              {xLabel(i)}
            </text>
          ) : null,
        )}
        <line x1={M.left} x2={WIDTH - M.right} y1={y(0)} y2={y(0)} className="ind-chart__axis" />
        {baselineIndex >= 0 ? (
          <g className="ind-chart__baseline">
            <line x1={x(baselineIndex)} x2={x(baselineIndex)} y1={M.top} y2={y(0)} />
            <text x={x(baselineIndex) + 4} y={M.top + 10} className="ind-chart__note">
              {t('chart.baselineMark')}
            </text>
          </g>
        ) : null}
        {target ? (
          <g className="ind-chart__target">
            <line x1={M.left} x2={WIDTH - M.right} y1={y(target.value)} y2={y(target.value)} />
            <text
              x={WIDTH - M.right}
              y={y(target.value) - 6}
              textAnchor="end"
              className="ind-chart__note"
            >
              {targetLabel}
            </text>
          </g>
        ) : null}
        {model.series.map((series, s) => {
          const style = SERIES_STYLES[s % SERIES_STYLES.length] ?? SERIES_STYLES[0];
          // A gap (missing, suppressed, no figure) breaks the line: nothing is drawn as 0.
          const segments: string[][] = [[]];
          series.cells.forEach((cell, i) => {
            if (cell.value === null) segments.push([]);
            else segments.at(-1)?.push(`${x(i)},${y(cell.value)}`);
          });
          return (
            <g key={series.key}>
              {segments
                .filter((seg) => seg.length > 1)
                .map((seg) => (
                  <polyline
                    key={seg[0]}
                    points={seg.join(' ')}
                    fill="none"
                    stroke={style.color}
                    strokeWidth={2.5}
                    strokeDasharray={style.dash || undefined}
                  />
                ))}
              {series.cells.map((cell, i) =>
                cell.value === null ? null : (
                  <MarkerShape
                    key={model.rows[i]?.period}
                    shape={style.marker}
                    x={x(i)}
                    y={y(cell.value)}
                    color={style.color}
                  />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="ind-legend">
          {model.series.map((series, s) => {
            const style = SERIES_STYLES[s % SERIES_STYLES.length] ?? SERIES_STYLES[0];
            return (
              <li key={series.key}>
                <svg width="36" height="12" aria-hidden="true" focusable="false">
                  <line
                    x1="0"
                    x2="36"
                    y1="6"
                    y2="6"
                    stroke={style.color}
                    strokeWidth="2.5"
                    strokeDasharray={style.dash || undefined}
                  />
                  <MarkerShape shape={style.marker} x={18} y={6} color={style.color} />
                </svg>
                {seriesLabel(series)}
              </li>
            );
          })}
          {target ? (
            <li>
              <svg width="36" height="12" aria-hidden="true" focusable="false">
                <line x1="0" x2="36" y1="6" y2="6" className="ind-chart__target-swatch" />
              </svg>
              {targetLabel}
            </li>
          ) : null}
          {baselineIndex >= 0 && baseline ? (
            <li>
              <svg width="12" height="14" aria-hidden="true" focusable="false">
                <line x1="6" x2="6" y1="0" y2="14" className="ind-chart__baseline-swatch" />
              </svg>
              {t('chart.baselineLegend', { period: format.period(baseline.period) })}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}
