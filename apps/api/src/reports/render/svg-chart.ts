import type { ReportIndicator } from '../report-data.js';
import { CHART_COLOURS as C, chartGeometry, type ChartBox } from './chart-geometry.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An indicator's line chart as SVG, for the Word file (Word 2016 and later draw SVG; older
 * ones show the PNG fallback). Text uses DejaVu Sans with generic fallbacks.
 */
export function svgChart(
  indicator: ReportIndicator,
  box: ChartBox,
  labels: { baseline: string; target: string; format: (v: number) => string; title: string },
): string {
  const g = chartGeometry(indicator, box);
  const parts: string[] = [];
  const text = (x: number, y: number, s: string, anchor = 'start', fill: string = C.axis) =>
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="10" font-family="DejaVu Sans, Arial, sans-serif" text-anchor="${anchor}" fill="${fill}">${esc(s)}</text>`,
    );
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, extra = '') =>
    parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" ${extra}/>`,
    );
  for (const t of g.yTicks) {
    line(g.plot.left, t.y, g.plot.right, t.y, C.grid, 'stroke-width="1"');
    text(g.plot.left - 4, t.y + 3, labels.format(t.value), 'end');
  }
  line(g.plot.left, g.plot.bottom, g.plot.right, g.plot.bottom, C.axis, 'stroke-width="1"');
  for (const l of g.xLabels) text(l.x, g.plot.bottom + 14, l.label, 'middle');
  if (g.baseline) {
    line(
      g.plot.left,
      g.baseline.y,
      g.plot.right,
      g.baseline.y,
      C.baseline,
      'stroke-width="1.5" stroke-dasharray="4 3"',
    );
    text(
      g.plot.right,
      g.baseline.y - 3,
      `${labels.baseline} ${g.baseline.period}: ${labels.format(g.baseline.value)}`,
      'end',
      C.baseline,
    );
  }
  if (g.target) {
    line(
      g.plot.left,
      g.target.y,
      g.plot.right,
      g.target.y,
      C.target,
      'stroke-width="1.5" stroke-dasharray="6 3"',
    );
    text(
      g.plot.right,
      g.target.y - 3,
      `${labels.target} ${g.target.year}: ${labels.format(g.target.value)}`,
      'end',
      C.target,
    );
  }
  for (const s of g.segments)
    parts.push(
      `<polyline fill="none" stroke="${C.line}" stroke-width="2" points="${s.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}"/>`,
    );
  for (const p of g.points)
    if (p.y !== null)
      parts.push(
        `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="2.5" fill="${C.line}"/>`,
      );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}" role="img"><title>${esc(labels.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
}
