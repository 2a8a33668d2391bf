import {
  type FieldIssue,
  type Gender,
  type IndicatorShape,
  type Language,
  type Measurement,
  type MeasurementInput,
  measurementInputSchema,
  type MeasurementState,
  monthsOf,
  validateInput,
  validateMeasurementRows,
} from '@samla/domain';
import { decimalText, parseDecimal } from './format';

/** What a cell of the grid holds: the state, the value as typed, the note. */
export interface CellDraft {
  state: MeasurementState;
  value: string;
  note: string;
}

export interface GridRow extends CellDraft {
  /** period|gender */
  key: string;
  period: string;
  gender: Gender;
  /** The saved figure, or null when there is none yet. */
  saved: CellDraft | null;
}

export const rowKey = (period: string, gender: Gender) => `${period}|${gender}`;

const BLANK: CellDraft = { state: 'value', value: '', note: '' };

/** The periods of the grid: the twelve months of the year, or the year itself. */
export const gridPeriods = (shape: IndicatorShape, year: number): string[] =>
  shape.periodType === 'month' ? monthsOf(year) : [String(year)];

/**
 * One row per period and gender (T, and K and M when the indicator is split), with the
 * kommun's saved figures and the edits made so far on top.
 */
export function gridRows(
  measurements: readonly Measurement[],
  shape: IndicatorShape,
  year: number,
  edits: ReadonlyMap<string, CellDraft>,
  language: Language,
): GridRow[] {
  const genders: Gender[] = shape.genderSplit ? ['T', 'K', 'M'] : ['T'];
  const saved = new Map(
    measurements
      .filter((m) => m.area === 'municipality')
      .map((m) => [
        rowKey(m.period, m.gender),
        { state: m.state, value: decimalText(m.value, language), note: m.note ?? '' },
      ]),
  );
  return gridPeriods(shape, year).flatMap((period) =>
    genders.map((gender) => {
      const key = rowKey(period, gender);
      const before = saved.get(key) ?? null;
      return { key, period, gender, saved: before, ...(edits.get(key) ?? before ?? BLANK) };
    }),
  );
}

const same = (a: CellDraft, b: CellDraft) =>
  a.state === b.state && a.value.trim() === b.value.trim() && a.note.trim() === b.note.trim();

/** The rows to send: changed from what is saved (a blank row that stays blank is left out). */
export const changedRows = (rows: readonly GridRow[]): GridRow[] =>
  rows.filter((row) => !same(row, row.saved ?? BLANK));

/** A grid issue: the row it belongs to and the field (state, value, note, or period). */
export interface GridIssue {
  rowKey: string;
  field: string;
  message: string;
}

/** Field issues named `measurements.<i>.<field>` → the rows they belong to. */
export function issuesByRow(issues: readonly FieldIssue[], sent: readonly GridRow[]): GridIssue[] {
  return issues.flatMap((issue) => {
    const match = /^measurements\.(\d+)\.?(\w*)/.exec(issue.field);
    const row = match ? sent[Number(match[1])] : undefined;
    if (!row) return [];
    const field = match?.[2] ?? '';
    return [
      {
        rowKey: row.key,
        field: ['state', 'value', 'note'].includes(field) ? field : 'period',
        message: issue.message,
      },
    ];
  });
}

/**
 * The changed rows as the API takes them, checked with the schemas and rules of
 * @samla/domain; `notANumber` is the message for a value that is not a number.
 */
export function toMeasurementInputs(
  rows: readonly GridRow[],
  shape: IndicatorShape,
  language: Language,
  notANumber: (row: GridRow) => string,
  source: string | null,
): { inputs: MeasurementInput[]; issues: GridIssue[] } {
  const issues: GridIssue[] = [];
  const inputs = rows.map((row, i): MeasurementInput => {
    const parsed = row.state === 'value' ? parseDecimal(row.value) : null;
    if (typeof parsed === 'string')
      issues.push({ rowKey: row.key, field: 'value', message: notANumber(row) });
    const input = {
      period: row.period,
      gender: row.gender,
      area: 'municipality' as const,
      state: row.state,
      value: typeof parsed === 'number' ? parsed : null,
      note: row.note.trim() === '' ? null : row.note.trim(),
      ...(source ? { source } : {}),
    };
    const checked = validateInput(measurementInputSchema, input, language);
    if (!checked.success)
      issues.push(
        ...issuesByRow(
          checked.issues.map((issue) => ({
            ...issue,
            field: `measurements.${i}.${issue.field}`,
          })),
          rows,
        ),
      );
    return input;
  });
  const ruleIssues = validateMeasurementRows(inputs, shape, language).filter(
    // A value that is not a number is reported once, as such, not also as "required".
    (issue) =>
      !issues.some(
        (known) =>
          `measurements.${rows.findIndex((r) => r.key === known.rowKey)}.value` === issue.field,
      ),
  );
  issues.push(...issuesByRow(ruleIssues, rows));
  return { inputs, issues };
}
