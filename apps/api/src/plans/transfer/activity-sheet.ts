import {
  codeFromLabel,
  PLAN_LABELS,
  type ActivityStatus,
  type ErrorCode,
  type FieldIssue,
  type Language,
  type FundingSource,
  type Level,
  type PlanLabelGroup,
  type TargetGroup,
  type Tier,
  type ViolenceType,
} from '@samla/domain';

/**
 * The spreadsheet of a plan's activities, the same in XLSX and CSV: one row per activity,
 * Swedish headers, codes written as their Swedish labels. Export writes it, import reads it
 * back; a file exported and imported unchanged changes nothing.
 */

export type ColumnKey =
  | 'id'
  | 'goal'
  | 'title'
  | 'description'
  | 'responsibleUnit'
  | 'participatingUnits'
  | 'level'
  | 'tier'
  | 'targetGroups'
  | 'violenceTypes'
  | 'method'
  | 'startDate'
  | 'endDate'
  | 'budgetSek'
  | 'fundingSource'
  | 'status'
  | 'progress'
  | 'weight';

export interface Column {
  key: ColumnKey;
  header: string;
  /** Column width in XLSX, in characters. */
  width: number;
  /** How the cell is written to XLSX: text (also digits and dates, so Excel keeps them) or a number. */
  kind: 'text' | 'integer';
}

export const COLUMNS: readonly Column[] = [
  { key: 'id', header: 'ID', width: 38, kind: 'text' },
  { key: 'goal', header: 'Mål', width: 40, kind: 'text' },
  { key: 'title', header: 'Titel', width: 50, kind: 'text' },
  { key: 'description', header: 'Beskrivning', width: 60, kind: 'text' },
  { key: 'responsibleUnit', header: 'Ansvarig enhet', width: 24, kind: 'text' },
  { key: 'participatingUnits', header: 'Medverkande enheter', width: 30, kind: 'text' },
  { key: 'level', header: 'Nivå', width: 14, kind: 'text' },
  { key: 'tier', header: 'Insatstyp', width: 14, kind: 'text' },
  { key: 'targetGroups', header: 'Målgrupper', width: 30, kind: 'text' },
  { key: 'violenceTypes', header: 'Våldsformer', width: 40, kind: 'text' },
  { key: 'method', header: 'Metod', width: 30, kind: 'text' },
  { key: 'startDate', header: 'Startdatum', width: 12, kind: 'text' },
  { key: 'endDate', header: 'Slutdatum', width: 12, kind: 'text' },
  { key: 'budgetSek', header: 'Budget (kr)', width: 14, kind: 'integer' },
  { key: 'fundingSource', header: 'Finansiering', width: 24, kind: 'text' },
  { key: 'status', header: 'Status', width: 14, kind: 'text' },
  { key: 'progress', header: 'Genomfört (%)', width: 14, kind: 'integer' },
  { key: 'weight', header: 'Vikt', width: 8, kind: 'integer' },
];

export const HEADERS = COLUMNS.map((c) => c.header);
export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<
  ColumnKey,
  string
>;

/** Without these a row cannot become a new activity; other columns may be left out of a file. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['title', 'level', 'tier'];

/** Lists in one cell (target groups, units) are separated by semicolons. */
export const LIST_SEPARATOR = '; ';

/** What a cell holds once read from either format. */
export type Cell = string | number | Date | null;

/** Everything an activity is, as the import compares and writes it. */
export interface ActivityState {
  goalId: string | null;
  title: string;
  description: string | null;
  responsibleUnitId: string | null;
  participatingUnitIds: string[];
  level: Level;
  tier: Tier;
  targetGroups: TargetGroup[];
  violenceTypes: ViolenceType[];
  methodId: string | null;
  methodText: string | null;
  startDate: string | null;
  endDate: string | null;
  budgetSek: number | null;
  fundingSource: FundingSource;
  status: ActivityStatus;
  progress: number;
  weight: number;
}

/** One validated row, waiting for the user's confirmation. Unchanged rows are not kept. */
export interface ImportRow {
  /** The row's number in the spreadsheet (1 is the header). */
  line: number;
  action: 'create' | 'update';
  activityId: string | null;
  /** The activity's version when the file was previewed; a different one at confirm fails the import. */
  version: number | null;
  /** The whole activity as it will be after the import. */
  values: ActivityState;
  /** For updates: the fields that differ. */
  changed: string[];
}

/** The preview's outcome as stored: each rejected row's issues in every language. */
export interface StoredSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ line: number; issues: Record<Language, FieldIssue[]> }>;
  /** Why a confirmed import failed: an error code and the values of its message. */
  failure?: { code: ErrorCode; values: Record<string, unknown> };
}

// ---- Writing ---------------------------------------------------------------------------

export interface SheetLookups {
  goalTitle: (id: string) => string | undefined;
  /** A unit's short name, else its name. */
  unitLabel: (id: string) => string | undefined;
  methodName: (id: string) => string | undefined;
}

type ExportedActivity = Omit<ActivityState, 'participatingUnitIds'> & {
  id: string;
  participatingUnitIds: readonly string[];
};

const sv = PLAN_LABELS.sv;

/** One activity as the cells of its row, in column order. */
export function activityToCells(a: ExportedActivity, lookups: SheetLookups): Cell[] {
  const byKey: Record<ColumnKey, Cell> = {
    id: a.id,
    goal: a.goalId ? (lookups.goalTitle(a.goalId) ?? null) : null,
    title: a.title,
    description: a.description,
    responsibleUnit: a.responsibleUnitId ? (lookups.unitLabel(a.responsibleUnitId) ?? null) : null,
    participatingUnits: joinList(a.participatingUnitIds.map((id) => lookups.unitLabel(id))),
    level: sv.level[a.level],
    tier: sv.tier[a.tier],
    targetGroups: joinList(a.targetGroups.map((g) => sv.targetGroup[g])),
    violenceTypes: joinList(a.violenceTypes.map((v) => sv.violenceType[v])),
    method: (a.methodId ? lookups.methodName(a.methodId) : undefined) ?? a.methodText,
    startDate: a.startDate,
    endDate: a.endDate,
    budgetSek: a.budgetSek,
    fundingSource: sv.fundingSource[a.fundingSource],
    status: sv.activityStatus[a.status],
    progress: a.progress,
    weight: a.weight,
  };
  return COLUMNS.map((c) => byKey[c.key]);
}

function joinList(values: Array<string | undefined>): string | null {
  const present = values.filter((v): v is string => !!v);
  return present.length ? present.join(LIST_SEPARATOR) : null;
}

// ---- Reading ---------------------------------------------------------------------------

export type HeaderProblem =
  | { kind: 'unknown'; columns: string[] }
  | { kind: 'duplicate'; columns: string[] }
  | { kind: 'missing'; columns: string[] };

/**
 * Maps a file's header row to columns, by the export's headers compared without regard to
 * case or surrounding space. Empty header cells are ignored (Excel leaves them).
 */
export function mapHeaders(
  headerRow: Cell[],
): { positions: Map<ColumnKey, number> } | { problem: HeaderProblem } {
  const byHeader = new Map(COLUMNS.map((c) => [normalise(c.header), c.key]));
  const positions = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  headerRow.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const key = byHeader.get(normalise(text));
    if (!key) unknown.push(text);
    else if (positions.has(key)) duplicate.push(text);
    else positions.set(key, index);
  });
  if (unknown.length) return { problem: { kind: 'unknown', columns: unknown } };
  if (duplicate.length) return { problem: { kind: 'duplicate', columns: duplicate } };
  const missing = REQUIRED_COLUMNS.filter((k) => !positions.has(k)).map((k) => HEADER_OF[k]);
  if (missing.length) return { problem: { kind: 'missing', columns: missing } };
  return { positions };
}

export const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** A cell as trimmed text ('' when empty); numbers as written, dates as YYYY-MM-DD. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export const isBlankRow = (cells: Cell[]) => cells.every((c) => cellText(c) === '');

/** The outcome of reading one cell: a value, nothing to change, or a problem naming the column. */
export type CellResult<T> =
  { value: T } | { issue: { code: string; values?: Record<string, unknown> } };

/** A label (Nivå, Status …) read back to its code; '' is `undefined` (keep or default). */
export function readLabel<G extends PlanLabelGroup>(
  group: G,
  cell: Cell,
): CellResult<string | undefined> {
  const text = cellText(cell);
  if (!text) return { value: undefined };
  const code = codeFromLabel(group, text);
  if (code === undefined)
    return {
      issue: { code: 'invalid_choice', values: { values: Object.values(sv[group]).join(', ') } },
    };
  return { value: code as string };
}

/** A semicolon-separated list of labels (Målgrupper, Våldsformer). */
export function readLabelList<G extends PlanLabelGroup>(
  group: G,
  cell: Cell,
): CellResult<string[]> {
  const codes: string[] = [];
  for (const part of splitList(cell)) {
    const code = codeFromLabel(group, part);
    if (code === undefined)
      return {
        issue: { code: 'invalid_choice', values: { values: Object.values(sv[group]).join(', ') } },
      };
    codes.push(code as string);
  }
  return { value: codes };
}

export function splitList(cell: Cell): string[] {
  return cellText(cell)
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * A whole number, as Excel or a person writes it: 150000, "150 000", "150 000 kr", "50 %",
 * "12,00". '' is `undefined`; anything else that is not a whole number is a problem.
 */
export function readInteger(cell: Cell): CellResult<number | undefined> {
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? { value: cell } : { issue: { code: 'not_integer' } };
  const text = cellText(cell)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(kr|sek|%)$/i, '')
    .replace(/[,.]0+$/, '');
  if (!text) return { value: undefined };
  if (!/^-?\d+$/.test(text)) return { issue: { code: 'not_integer' } };
  return { value: Number(text) };
}

/** A date as YYYY-MM-DD (an Excel date cell, or text); the schema checks the text. */
export function readDate(cell: Cell): CellResult<string | null> {
  const text = cellText(cell);
  return { value: text === '' ? null : text.replace(/[ T]00:00(:00(\.0+)?)?Z?$/, '') };
}
