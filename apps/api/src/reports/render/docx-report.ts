import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ReportData } from '../report-data.js';
import { CHART_COLOURS } from './chart-geometry.js';
import { fixEmbeddedFonts } from './docx-fonts.js';
import { FONT_NAME, reportFonts } from './fonts.js';
import { CONTENT_WIDTH, reportLayout, type Block, type Cell, type Column } from './layout.js';
import { pngChart } from './png-chart.js';
import { svgChart } from './svg-chart.js';

type Progress = (fraction: number) => Promise<void>;

/** A4 with 2 cm margins, in twentieths of a point (twips). */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const twips = (points: number) => Math.round((points * TEXT_WIDTH) / CONTENT_WIDTH);
const CHART = { width: CONTENT_WIDTH, height: 170 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };

/**
 * The report as a Word file (docx): DejaVu Sans embedded, tables of fixed column widths
 * whose header row repeats on every page and whose rows do not split, no merged cells,
 * and each chart as SVG with a PNG fallback for Word versions that cannot draw SVG.
 */
export async function writeDocx(data: ReportData, progress: Progress): Promise<Buffer> {
  const { blocks, text } = reportLayout(data);
  const fonts = reportFonts();
  const children: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    if (block.kind === 'checkpoint') await progress(block.fraction);
    else children.push(...toDocx(block));
  }
  const [before, after] = text.words.page.split('{{page}}');
  const [middle, end] = (after ?? '').split('{{pages}}');
  const document = new Document({
    creator: 'Samla',
    title: `${text.words.title}: ${data.plan.title}`,
    description: `${data.kommun.name}, ${data.period.start} – ${data.period.end}`,
    fonts: [{ name: FONT_NAME, data: fonts.regular }],
    styles: {
      default: {
        document: {
          run: {
            font: FONT_NAME,
            size: 19,
            language: { value: data.language === 'sv' ? 'sv-SE' : 'en-GB' },
          },
        },
        heading1: {
          run: { font: FONT_NAME, size: 32, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: FONT_NAME, size: 26, bold: true, color: '000000' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading3: {
          run: { font: FONT_NAME, size: 22, bold: true, color: '000000' },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
        title: { run: { font: FONT_NAME, size: 52, bold: true, color: '1F4E79' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    color: '7F7F7F',
                    children: [
                      before ?? '',
                      PageNumber.CURRENT,
                      middle ?? '',
                      PageNumber.TOTAL_PAGES,
                      end ?? '',
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return fixEmbeddedFonts(await Packer.toBuffer(document));
}

function toDocx(block: Exclude<Block, { kind: 'checkpoint' }>): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.title)] }),
        new Paragraph({
          spacing: { after: 240 },
          children: [new TextRun({ text: block.subtitle, size: 28 })],
        }),
      ];
    case 'heading': {
      const level = {
        1: HeadingLevel.HEADING_1,
        2: HeadingLevel.HEADING_2,
        3: HeadingLevel.HEADING_3,
      }[block.level];
      return [
        new Paragraph({ heading: level, keepNext: true, children: [new TextRun(block.text)] }),
      ];
    }
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun(block.small ? { text: block.text, size: 16, color: '404040' } : block.text),
          ],
        }),
      ];
    case 'table':
      return [
        table(block.columns, block.rows, block.header),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'progress':
      return [progressBar(block.value)];
    case 'chart':
      return [chart(block)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function cellParagraphs(cell: Cell, align: Column['align']): Paragraph[] {
  const runs = typeof cell === 'string' ? [{ text: cell }] : cell;
  return runs.map(
    (run) =>
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({
            text: run.text,
            bold: run.style === 'bold',
            size: run.style === 'small' ? 15 : 17,
            color: run.style === 'small' ? '404040' : undefined,
          }),
        ],
      }),
  );
}

function table(columns: Column[], rows: Cell[][], header: boolean): Table {
  const widths = columns.map((c) => twips(c.width));
  const row = (cells: Cell[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 80, right: 80 },
            shading: isHeader
              ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DDE6F0' }
              : undefined,
            children: cellParagraphs(cell, columns[i]?.align),
          }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      ...(header
        ? [
            row(
              columns.map((c) => [{ text: c.header, style: 'bold' as const }]),
              true,
            ),
          ]
        : []),
      ...rows.map((r) => row(r, false)),
    ],
  });
}

/** The overall progress as a bar of shaded block characters, which survives any viewer. */
function progressBar(value: number | null): Paragraph {
  const filled = value === null ? 0 : Math.round(Math.max(0, Math.min(100, value)) / 4);
  const children: ParagraphChild[] = [
    new TextRun({ text: '█'.repeat(filled), color: CHART_COLOURS.line.slice(1) }),
    new TextRun({ text: '█'.repeat(25 - filled), color: 'E6E6E6' }),
  ];
  return new Paragraph({ spacing: { after: 160 }, children });
}

function chart(block: Extract<Block, { kind: 'chart' }>): Paragraph {
  const svg = svgChart(block.indicator, CHART, { ...block.labels, format: block.format });
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(svg, 'utf8'),
        fallback: { type: 'png', data: pngChart(block.indicator, CHART) },
        // Points to pixels at 96 dpi: Word sizes images in pixels.
        transformation: {
          width: Math.round((CHART.width * 96) / 72),
          height: Math.round((CHART.height * 96) / 72),
        },
        altText: {
          name: block.indicator.name,
          title: block.labels.title,
          description: block.labels.title,
        },
      }),
    ],
  });
}
