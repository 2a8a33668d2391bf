import { deflateSync } from 'node:zlib';
import type { ReportIndicator } from '../report-data.js';
import { CHART_COLOURS as C, chartGeometry, type ChartBox } from './chart-geometry.js';

/**
 * The same chart as a PNG, drawn pixel by pixel: the fallback image Word files must carry
 * beside an SVG, for viewers that cannot draw SVG. It has the lines, points and grid but
 * no text (no font rasteriser without native code); the table beside each chart gives
 * the figures in words.
 */
export function pngChart(indicator: ReportIndicator, box: ChartBox, scale = 2): Buffer {
  const g = chartGeometry(indicator, box);
  const width = Math.round(box.width * scale);
  const height = Math.round(box.height * scale);
  const pixels = Buffer.alloc(width * height * 3, 0xff);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

  const dot = (cx: number, cy: number, r: number, colour: number[]) => {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++)
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        pixels.set(colour, (y * width + x) * 3);
      }
  };
  /** A line of `thickness` chart units, optionally dashed as [on, off] in chart units. */
  const line = (
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    hex: string,
    thickness: number,
    dash?: [number, number],
  ) => {
    const colour = rgb(hex);
    const length = Math.hypot(x2 - x1, y2 - y1);
    const steps = Math.max(1, Math.ceil(length * scale));
    for (let i = 0; i <= steps; i++) {
      const along = (i / steps) * length;
      if (dash && along % (dash[0] + dash[1]) > dash[0]) continue;
      const t = i / steps;
      dot(
        (x1 + (x2 - x1) * t) * scale,
        (y1 + (y2 - y1) * t) * scale,
        (thickness * scale) / 2,
        colour,
      );
    }
  };

  for (const t of g.yTicks) line(g.plot.left, t.y, g.plot.right, t.y, C.grid, 0.8);
  line(g.plot.left, g.plot.bottom, g.plot.right, g.plot.bottom, C.axis, 1);
  if (g.baseline)
    line(g.plot.left, g.baseline.y, g.plot.right, g.baseline.y, C.baseline, 1.5, [4, 3]);
  if (g.target) line(g.plot.left, g.target.y, g.plot.right, g.target.y, C.target, 1.5, [6, 3]);
  for (const s of g.segments)
    for (let i = 1; i < s.length; i++) {
      const a = s[i - 1] as { x: number; y: number };
      const b = s[i] as { x: number; y: number };
      line(a.x, a.y, b.x, b.y, C.line, 2);
    }
  for (const p of g.points)
    if (p.y !== null) dot(p.x * scale, p.y * scale, 2.5 * scale, rgb(C.line));
  return encodePng(width, height, pixels);
}

/** A minimal PNG writer: 8-bit RGB, one IDAT, no filtering. */
function encodePng(width: number, height: number, rgb: Buffer): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    rgb.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
