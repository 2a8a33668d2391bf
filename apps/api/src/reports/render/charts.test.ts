import { describe, expect, it } from '@jest/globals';
import { crc32, inflateSync } from 'node:zlib';
import type { ReportIndicator } from '../report-data.js';
import { chartGeometry, niceStep } from './chart-geometry.js';
import { pngChart } from './png-chart.js';
import { svgChart } from './svg-chart.js';

const indicator = (points: ReportIndicator['points'], extra: Partial<ReportIndicator> = {}) =>
  ({
    name: 'Samtal med våldsutsatta',
    unit: 'count',
    higherIsBetter: true,
    baseline: null,
    target: null,
    latest: null,
    status: 'not_available',
    points,
    ...extra,
  }) as ReportIndicator;

const box = { width: 483, height: 170 };

describe('chartGeometry', () => {
  it('picks round steps', () => {
    expect([niceStep(100, 4), niceStep(6000, 4), niceStep(7, 4), niceStep(0, 4)]).toEqual([
      50, 2000, 2, 1,
    ]);
  });

  it('starts the axis at 0, reaches the target, and breaks the line at a suppressed or missing figure', () => {
    const g = chartGeometry(
      indicator(
        [
          { period: '2021', state: 'value', value: 12 },
          { period: '2022', state: 'suppressed', value: null },
          { period: '2023', state: 'value', value: 14 },
          { period: '2024', state: 'value', value: 15 },
          { period: '2025', state: 'missing', value: null },
        ],
        { baseline: { period: '2021', value: 12 }, target: { year: 2030, value: 30 } },
      ),
      box,
    );
    expect(g.yTicks[0]?.value).toBe(0);
    expect(g.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(30);
    expect(g.segments.map((s) => s.length)).toEqual([1, 2]);
    expect(g.points.map((p) => p.y === null)).toEqual([false, true, false, false, true]);
    // Higher values are drawn higher up (smaller y).
    expect(g.target?.y).toBeLessThan(g.baseline?.y as number);
  });

  it('keeps the last period label and drops the one before it when they would overlap', () => {
    const points = Array.from({ length: 24 }, (_, i) => ({
      period: `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      state: 'value' as const,
      value: i,
    }));
    const labels = chartGeometry(indicator(points), box).xLabels;
    expect(labels.at(-1)?.label).toBe('2020-12');
    for (let i = 1; i < labels.length; i++)
      expect((labels[i]?.x ?? 0) - (labels[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(45);
  });
});

describe('the Word file’s chart images', () => {
  const series = indicator(
    [
      { period: '2022', state: 'value', value: 850 },
      { period: '2023', state: 'value', value: 1100 },
    ],
    { baseline: { period: '2022', value: 850 }, target: { year: 2030, value: 6000 } },
  );

  it('writes an SVG with a title, the reference lines labelled and text escaped', () => {
    const svg = svgChart(series, box, {
      baseline: 'Basvärde',
      target: 'Mål',
      title: 'Diagram: <Invånare> & stöd',
      format: (v) => String(v),
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Diagram: &lt;Invånare&gt; &amp; stöd</title>');
    expect(svg).toContain('Basvärde 2022: 850');
    expect(svg).toContain('Mål 2030: 6000');
    expect(svg).toContain('<polyline');
  });

  it('writes a valid PNG of twice the size, with correct checksums', () => {
    const png = pngChart(series, box);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(966);
    expect(png.readUInt32BE(20)).toBe(340);
    // Walk the chunks: every CRC matches, and the image data inflates to every row.
    let offset = 8;
    let idat = Buffer.alloc(0);
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const type = png.subarray(offset + 4, offset + 8).toString('ascii');
      const body = png.subarray(offset + 4, offset + 8 + length);
      expect({ type, crc: png.readUInt32BE(offset + 8 + length) }).toEqual({
        type,
        crc: crc32(body),
      });
      if (type === 'IDAT') idat = Buffer.concat([idat, body.subarray(4)]);
      offset += 12 + length;
    }
    const raw = inflateSync(idat);
    expect(raw.length).toBe((966 * 3 + 1) * 340);
    // Not blank: the line's colour (#1f4e79) is in it.
    expect(raw.includes(Buffer.from([0x1f, 0x4e, 0x79]))).toBe(true);
  });
});
