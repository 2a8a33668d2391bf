import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { AppError } from '../../common/app-error.js';
import { COLUMNS, isBlankRow, type Cell } from './activity-sheet.js';

/**
 * Reading and writing the two formats people use: XLSX (Excel) and CSV as Swedish Excel
 * opens it directly (UTF-8 with BOM, `;` between fields). Both carry the same cells.
 */

export type SheetFormat = 'xlsx' | 'csv';

export const CONTENT_TYPES: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface SheetContent {
  format: SheetFormat;
  /** The first row that is not blank. */
  header: Cell[];
  /** The rows after it that are not blank, with their row number in the sheet. */
  rows: Array<{ line: number; cells: Cell[] }>;
}

// ---- Writing ---------------------------------------------------------------------------

/**
 * ExcelJS is loaded on first use: it weighs some 25 MB of memory that an API process which
 * never imports or exports a spreadsheet need not carry (docs/benchmarks.md, figure 5).
 */
const loadExcel = async () => (await import('exceljs')).default;

export async function writeXlsx(rows: Cell[][]): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samla';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Aktiviteter', { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text columns are formatted as text ('@'), so ids, dates and what a user adds stay as typed.
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { numFmt: c.kind === 'text' ? '@' : c.key === 'budgetSek' ? '#,##0' : '0' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A text starting with one of these is a formula to Excel; a leading ' keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function writeCsv(rows: Cell[][]): Buffer {
  const text = stringify(
    [
      COLUMNS.map((c) => c.header),
      ...rows.map((row) =>
        row.map((cell) =>
          typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : (cell ?? ''),
        ),
      ),
    ],
    { delimiter: ';', bom: true, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}

// ---- Reading ---------------------------------------------------------------------------

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** An XLSX is zipped XML; more than this unpacked is not a spreadsheet of activities. */
const MAX_UNZIPPED_BYTES = 150 * 1024 * 1024;

/** Reads an upload by its content (an XLSX is a zip, "PK"), whatever its name says. */
export async function readSpreadsheet(buffer: Buffer): Promise<SheetContent> {
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(buffer);
  if (buffer.subarray(0, 4).equals(OLE_MAGIC)) throw unreadable('Excel 97–2003 (.xls)');
  return readCsv(buffer);
}

const unreadable = (format: string) => new AppError(400, 'file_unreadable', { format });

async function readXlsx(buffer: Buffer): Promise<SheetContent> {
  const unzipped = unzippedSize(buffer);
  if (unzipped === null || unzipped > MAX_UNZIPPED_BYTES) throw unreadable('XLSX');
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable('XLSX');
  }
  const sheet = workbook.worksheets[0];
  const lines: Array<{ line: number; cells: Cell[] }> = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    lines.push({ line, cells });
  });
  return split('xlsx', lines);
}

/** ExcelJS's many cell shapes (rich text, links, formulas, errors) as plain values. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value)
    return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

function readCsv(buffer: Buffer): SheetContent {
  const text = decode(buffer);
  if (text === null) throw unreadable('CSV');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]
      ?.d ?? ';';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
    }) as string[][];
  } catch {
    throw unreadable('CSV');
  }
  // A record is one row in Excel (a quoted cell may span lines), so its index is the row number.
  const lines = records.map((cells, index) => ({ line: index + 1, cells: cells.map(unprotect) }));
  return split('csv', lines);
}

/** Undoes the export's guard against formulas: '=x → =x. */
const unprotect = (cell: string): Cell =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/**
 * UTF-8 (with or without BOM) as we write it; UTF-16 as Excel's "Unicode text"; otherwise
 * Windows-1252, what Swedish Excel saves as plain "CSV". Null for binary content.
 */
function decode(buffer: Buffer): string | null {
  let text: string;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) text = new TextDecoder('utf-16le').decode(buffer);
  else
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      text = new TextDecoder('windows-1252').decode(buffer);
    }
  return text.includes('\u0000') ? null : text;
}

function split(format: SheetFormat, lines: Array<{ line: number; cells: Cell[] }>): SheetContent {
  const filled = lines.filter((l) => !isBlankRow(l.cells));
  const [first, ...rows] = filled;
  return { format, header: first?.cells ?? [], rows };
}

/**
 * The total unpacked size a zip declares in its central directory, or null when it cannot
 * be read (or is ZIP64, which no spreadsheet of this size needs): a guard against zip bombs
 * before anything is inflated.
 */
function unzippedSize(zip: Buffer): number | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return null;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = zip.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return null;
    total += size;
    offset +=
      46 +
      zip.readUInt16LE(offset + 28) +
      zip.readUInt16LE(offset + 30) +
      zip.readUInt16LE(offset + 32);
  }
  return total;
}
