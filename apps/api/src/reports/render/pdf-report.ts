import PDFDocument from 'pdfkit';
import type { ReportData } from '../report-data.js';
import { CHART_COLOURS as C, chartGeometry } from './chart-geometry.js';
import { reportFonts } from './fonts.js';
import {
  CONTENT_WIDTH,
  reportLayout,
  type Block,
  type Cell,
  type Column,
  type Run,
} from './layout.js';
import type { ReportText } from './text.js';

type Progress = (fraction: number) => Promise<void>;
type Doc = PDFKit.PDFDocument;

const MARGIN = 56;
const PAD = 4;
const CHART = { width: CONTENT_WIDTH, height: 170 };

/**
 * The report as PDF (pdfkit): A4, DejaVu Sans embedded (subset) so å, ä and ö print
 * anywhere, tables whose rows never split and whose header row is repeated on every page
 * they run onto, charts drawn as vectors, and "page x of y" in the footer.
 */
export async function writePdf(data: ReportData, progress: Progress): Promise<Buffer> {
  const { blocks, text } = reportLayout(data);
  const fonts = reportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: data.language === 'sv' ? 'sv-SE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${text.words.title}: ${data.plan.title}`,
      Author: data.kommun.name,
      Subject: `${data.period.start} – ${data.period.end}`,
      Creator: 'Samla',
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'checkpoint') await progress(block.fraction);
    else draw(doc, block, blocks[i + 1]);
  }
  footers(doc, text);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function draw(doc: Doc, block: Exclude<Block, { kind: 'checkpoint' }>, next: Block | undefined) {
  switch (block.kind) {
    case 'title':
      doc.font('bold').fontSize(26).fillColor(C.line).text(block.title);
      doc.moveDown(0.3);
      doc.font('regular').fontSize(14).fillColor('black').text(block.subtitle);
      doc.moveDown(1.2);
      return;
    case 'heading':
      return heading(doc, block.text, block.level, next);
    case 'paragraph':
      return paragraph(doc, block.text, block.small);
    case 'table':
      return table(doc, block.columns, block.rows, block.header);
    case 'progress':
      return progressBar(doc, block.value);
    case 'chart':
      return drawChart(doc, block);
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

const bottom = (doc: Doc) => doc.page.height - MARGIN;

function heading(doc: Doc, title: string, level: 1 | 2 | 3, next: Block | undefined) {
  const size = level === 1 ? 17 : level === 2 ? 13 : 11;
  // Keep a heading with what follows it: a chart, or a table's first rows.
  const following = next?.kind === 'chart' ? CHART.height : 60;
  if (doc.y + size * 2.5 + following > bottom(doc)) doc.addPage();
  else doc.moveDown(level === 1 ? 0.8 : 0.5);
  doc.x = MARGIN;
  doc
    .font('bold')
    .fontSize(size)
    .fillColor(level === 1 ? C.line : 'black')
    .text(title);
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, body: string, small = false) {
  doc.x = MARGIN;
  doc
    .font('regular')
    .fontSize(small ? 8.5 : 10)
    .fillColor(small ? '#404040' : 'black')
    .text(body, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

function progressBar(doc: Doc, value: number | null) {
  const y = doc.y;
  doc.rect(MARGIN, y, CONTENT_WIDTH, 10).fill('#e6e6e6');
  if (value !== null)
    doc.rect(MARGIN, y, (CONTENT_WIDTH * Math.max(0, Math.min(100, value))) / 100, 10).fill(C.line);
  doc.fillColor('black');
  doc.y = y + 18;
}

function drawChart(doc: Doc, block: Extract<Block, { kind: 'chart' }>) {
  const g = chartGeometry(block.indicator, CHART);
  const { format, labels } = block;
  if (doc.y + CHART.height > bottom(doc)) doc.addPage();
  const oy = doc.y;
  const X = (x: number) => MARGIN + x;
  const Y = (y: number) => oy + y;
  const label = (
    s: string,
    x: number,
    y: number,
    width: number,
    align: 'left' | 'right' | 'center',
  ) => doc.text(s, x, y, { width, align, lineBreak: false });
  doc.save();
  doc.font('regular').fontSize(7);
  for (const t of g.yTicks) {
    doc
      .moveTo(X(g.plot.left), Y(t.y))
      .lineTo(X(g.plot.right), Y(t.y))
      .lineWidth(0.5)
      .stroke(C.grid);
    doc.fillColor(C.axis);
    label(format(t.value), X(0), Y(t.y) - 3, g.plot.left - 4, 'right');
  }
  doc
    .moveTo(X(g.plot.left), Y(g.plot.bottom))
    .lineTo(X(g.plot.right), Y(g.plot.bottom))
    .lineWidth(0.8)
    .stroke(C.axis);
  for (const l of g.xLabels) {
    doc.fillColor(C.axis);
    label(l.label, X(l.x) - 25, Y(g.plot.bottom) + 5, 50, 'center');
  }
  const reference = (y: number, colour: string, dash: number, text: string) => {
    doc
      .moveTo(X(g.plot.left), Y(y))
      .lineTo(X(g.plot.right), Y(y))
      .lineWidth(1)
      .dash(dash, { space: 3 })
      .stroke(colour)
      .undash();
    doc.fillColor(colour);
    label(text, X(g.plot.left), Y(y) - 9, g.plot.right - g.plot.left, 'right');
  };
  if (g.baseline)
    reference(
      g.baseline.y,
      C.baseline,
      4,
      `${labels.baseline} ${g.baseline.period}: ${format(g.baseline.value)}`,
    );
  if (g.target)
    reference(
      g.target.y,
      C.target,
      6,
      `${labels.target} ${g.target.year}: ${format(g.target.value)}`,
    );
  for (const s of g.segments) {
    const [first, ...rest] = s;
    if (!first) continue;
    doc.moveTo(X(first.x), Y(first.y));
    for (const p of rest) doc.lineTo(X(p.x), Y(p.y));
    doc.lineWidth(1.6).stroke(C.line);
  }
  for (const p of g.points) if (p.y !== null) doc.circle(X(p.x), Y(p.y), 2).fill(C.line);
  doc.restore();
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = oy + CHART.height + 4;
}

const runFont = (run: Run) =>
  run.style === 'bold'
    ? { font: 'bold', size: 9 }
    : run.style === 'small'
      ? { font: 'regular', size: 8 }
      : { font: 'regular', size: 9 };

const runsOf = (cell: Cell): Run[] => (typeof cell === 'string' ? [{ text: cell }] : cell);

function cellHeight(doc: Doc, cell: Cell, width: number): number {
  return runsOf(cell).reduce((sum, run) => {
    const { font, size } = runFont(run);
    return (
      sum +
      doc
        .font(font)
        .fontSize(size)
        .heightOfString(run.text || ' ', { width }) +
      1
    );
  }, 0);
}

/**
 * A table of fixed column widths. A row never splits; when one does not fit, the table
 * goes on on the next page under its header row again.
 */
function table(doc: Doc, columns: Column[], rows: Cell[][], showHeader: boolean) {
  const headerCells: Cell[] = columns.map((c) => [{ text: c.header, style: 'bold' }]);
  const drawRow = (cells: Cell[], header: boolean) => {
    const height =
      Math.max(...cells.map((c, i) => cellHeight(doc, c, (columns[i]?.width ?? 50) - 2 * PAD))) +
      2 * PAD;
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      if (!header && showHeader) drawRow(headerCells, true);
    }
    const y = doc.y;
    let x = MARGIN;
    if (header) doc.rect(MARGIN, y, CONTENT_WIDTH, height).fill('#dde6f0');
    for (const [i, cell] of cells.entries()) {
      const column = columns[i] as Column;
      let cy = y + PAD;
      for (const run of runsOf(cell)) {
        const { font, size } = runFont(run);
        doc
          .font(font)
          .fontSize(size)
          .fillColor(run.style === 'small' ? '#404040' : 'black')
          .text(run.text, x + PAD, cy, {
            width: column.width - 2 * PAD,
            align: column.align ?? 'left',
          });
        cy = doc.y + 1;
      }
      doc.rect(x, y, column.width, height).lineWidth(0.5).stroke('#a6a6a6');
      x += column.width;
    }
    doc.x = MARGIN;
    doc.y = y + height;
  };
  if (showHeader) drawRow(headerCells, true);
  for (const row of rows) drawRow(row, false);
  doc.x = MARGIN;
  doc.moveDown(0.6);
}

function footers(doc: Doc, text: ReportText) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page; lift the margin meanwhile.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#7f7f7f')
      .text(
        text.say(text.words.page, { page: i + 1, pages: range.count }),
        MARGIN,
        doc.page.height - MARGIN + 18,
        { width: CONTENT_WIDTH, align: 'right', lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
}
