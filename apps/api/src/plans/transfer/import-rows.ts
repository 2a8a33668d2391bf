import {
  createActivitySchema,
  describeIssues,
  fieldIssue,
  updateActivitySchema,
  LANGUAGES,
  type FieldIssue,
  type Language,
  type ValidationCode,
} from '@samla/domain';
import type { z } from 'zod';
import {
  cellText,
  HEADER_OF,
  normalise,
  readDate,
  readInteger,
  readLabel,
  readLabelList,
  splitList,
  type ActivityState,
  type Cell,
  type CellResult,
  type ColumnKey,
  type ImportRow,
  type StoredSummary,
} from './activity-sheet.js';

/** What a file's rows are checked against: the plan, its kommun and the shared catalogue. */
export interface ImportContext {
  planId: string;
  goals: ReadonlyArray<{ id: string; title: string }>;
  units: ReadonlyArray<{ id: string; name: string; shortName: string | null }>;
  methods: ReadonlyArray<{ id: string; name: string }>;
  /** The plan's activities as they are now, by id. */
  activities: ReadonlyMap<string, { state: ActivityState; version: number }>;
}

export interface ValidatedRows {
  rows: ImportRow[];
  summary: StoredSummary;
}

const DEFAULTS: Omit<ActivityState, 'title' | 'level' | 'tier'> = {
  goalId: null,
  description: null,
  responsibleUnitId: null,
  participatingUnitIds: [],
  targetGroups: [],
  violenceTypes: [],
  methodId: null,
  methodText: null,
  startDate: null,
  endDate: null,
  budgetSek: null,
  fundingSource: 'none_identified',
  status: 'not_started',
  progress: 0,
  weight: 1,
};

/** The column a schema field is read from, so every message names what the user sees. */
const COLUMN_OF_FIELD: Record<string, ColumnKey> = {
  goalId: 'goal',
  title: 'title',
  description: 'description',
  responsibleUnitId: 'responsibleUnit',
  participatingUnitIds: 'participatingUnits',
  level: 'level',
  tier: 'tier',
  targetGroups: 'targetGroups',
  violenceTypes: 'violenceTypes',
  methodId: 'method',
  methodText: 'method',
  startDate: 'startDate',
  endDate: 'endDate',
  budgetSek: 'budgetSek',
  fundingSource: 'fundingSource',
  status: 'status',
  progress: 'progress',
  weight: 'weight',
  version: 'id',
};

const STATE_FIELDS = Object.keys(COLUMN_OF_FIELD).filter((f) => f !== 'version') as Array<
  keyof ActivityState
>;

/**
 * Every row of a file checked the way the API checks a single edit (the domain's schemas),
 * plus the references a spreadsheet names in words: goal titles, unit names, methods and
 * labels. Each row becomes a create, an update or nothing (unchanged), or is rejected with
 * one issue per bad cell.
 */
export function validateRows(
  lines: ReadonlyArray<{ line: number; cells: Cell[] }>,
  positions: ReadonlyMap<ColumnKey, number>,
  ctx: ImportContext,
): ValidatedRows {
  const lookups = buildLookups(ctx);
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  const summary: StoredSummary = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  for (const { line, cells } of lines) {
    const result = validateRow(line, cells, positions, ctx, lookups, seen);
    if ('issues' in result) summary.rejected.push({ line, issues: result.issues });
    else if (!result.row) summary.unchanged++;
    else {
      rows.push(result.row);
      if (result.row.action === 'create') summary.created++;
      else summary.updated++;
    }
  }
  return { rows, summary };
}

interface Lookups {
  goalsByTitle: Map<string, string[]>;
  unitsByShortName: Map<string, string[]>;
  unitsByName: Map<string, string[]>;
  methodsByName: Map<string, string>;
  methodName: Map<string, string>;
}

function buildLookups(ctx: ImportContext): Lookups {
  const group = <T>(items: readonly T[], key: (t: T) => string | null, id: (t: T) => string) => {
    const map = new Map<string, string[]>();
    for (const item of items) {
      const k = key(item);
      if (k) map.set(normalise(k), [...(map.get(normalise(k)) ?? []), id(item)]);
    }
    return map;
  };
  return {
    goalsByTitle: group(
      ctx.goals,
      (g) => g.title,
      (g) => g.id,
    ),
    unitsByShortName: group(
      ctx.units,
      (u) => u.shortName,
      (u) => u.id,
    ),
    unitsByName: group(
      ctx.units,
      (u) => u.name,
      (u) => u.id,
    ),
    methodsByName: new Map(ctx.methods.map((m) => [normalise(m.name), m.id])),
    methodName: new Map(ctx.methods.map((m) => [m.id, m.name])),
  };
}

type RowResult = { row: ImportRow | null } | { issues: Record<Language, FieldIssue[]> };

function validateRow(
  line: number,
  cells: Cell[],
  positions: ReadonlyMap<ColumnKey, number>,
  ctx: ImportContext,
  lookups: Lookups,
  seen: Map<string, number>,
): RowResult {
  const own: Array<{ key: ColumnKey; code: string; values: Record<string, unknown> }> = [];
  const badColumns = new Set<ColumnKey>();
  const problem = (key: ColumnKey, code: string, values: Record<string, unknown> = {}) => {
    badColumns.add(key);
    own.push({ key, code, values });
  };
  /** The cell of a column, or undefined when the file has no such column. */
  const cell = (key: ColumnKey): Cell | undefined => {
    const index = positions.get(key);
    return index === undefined ? undefined : (cells[index] ?? null);
  };

  const idText = cellText(cell('id')).toLowerCase();
  const current = idText ? ctx.activities.get(idText) : undefined;
  if (idText && !current) problem('id', 'not_in_plan');
  if (current) {
    const earlier = seen.get(idText);
    if (earlier !== undefined) problem('id', 'duplicate_in_file', { line: earlier });
    else seen.set(idText, line);
  }

  // Start from the activity as it is (an update) or the defaults (a new one), then apply
  // each column the file has. An empty cell clears what may be empty and keeps the rest.
  const next: Record<string, unknown> = current ? { ...current.state } : { ...DEFAULTS };
  const apply = <T>(key: ColumnKey, result: CellResult<T> | undefined, set: (value: T) => void) => {
    if (!result) return;
    if ('issue' in result) problem(key, result.issue.code, result.issue.values);
    else set(result.value);
  };
  const keepIfEmpty = (field: keyof ActivityState) => (value: unknown) => {
    if (value !== undefined) next[field] = value;
  };
  const text = (key: ColumnKey) => {
    const c = cell(key);
    return c === undefined ? undefined : cellText(c);
  };

  const goal = text('goal');
  if (goal !== undefined)
    apply(
      'goal',
      resolve(goal, [lookups.goalsByTitle], current?.state.goalId, 'unknown_goal'),
      (v) => (next.goalId = v),
    );
  const title = text('title');
  if (title) next.title = title;
  const description = text('description');
  if (description !== undefined) next.description = description || null;
  const unitMaps = [lookups.unitsByShortName, lookups.unitsByName];
  const responsible = text('responsibleUnit');
  if (responsible !== undefined)
    apply(
      'responsibleUnit',
      resolve(responsible, unitMaps, current?.state.responsibleUnitId, 'unknown_unit'),
      (v) => (next.responsibleUnitId = v),
    );
  const participating = cell('participatingUnits');
  if (participating !== undefined) {
    const ids: string[] = [];
    for (const name of splitList(participating)) {
      const result = resolve(
        name,
        unitMaps,
        undefined,
        'unknown_unit',
        current?.state.participatingUnitIds,
      );
      apply('participatingUnits', result, (v) => v && ids.push(v));
    }
    next.participatingUnitIds = ids;
  }
  apply(
    'level',
    readCell(cell('level'), (c) => readLabel('level', c)),
    keepIfEmpty('level'),
  );
  apply(
    'tier',
    readCell(cell('tier'), (c) => readLabel('tier', c)),
    keepIfEmpty('tier'),
  );
  apply(
    'targetGroups',
    readCell(cell('targetGroups'), (c) => readLabelList('targetGroup', c)),
    keepIfEmpty('targetGroups'),
  );
  apply(
    'violenceTypes',
    readCell(cell('violenceTypes'), (c) => readLabelList('violenceType', c)),
    keepIfEmpty('violenceTypes'),
  );
  const method = text('method');
  if (method !== undefined) Object.assign(next, readMethod(method, lookups, current?.state));
  apply('startDate', readCell(cell('startDate'), readDate), (v) => (next.startDate = v));
  apply('endDate', readCell(cell('endDate'), readDate), (v) => (next.endDate = v));
  apply('budgetSek', readCell(cell('budgetSek'), readInteger), (v) => (next.budgetSek = v ?? null));
  apply(
    'fundingSource',
    readCell(cell('fundingSource'), (c) => readLabel('fundingSource', c)),
    keepIfEmpty('fundingSource'),
  );
  apply(
    'status',
    readCell(cell('status'), (c) => readLabel('activityStatus', c)),
    keepIfEmpty('status'),
  );
  apply('progress', readCell(cell('progress'), readInteger), keepIfEmpty('progress'));
  apply('weight', readCell(cell('weight'), readInteger), keepIfEmpty('weight'));

  // The same rules as a single create or edit through the API.
  const parsed = current
    ? validate(updateActivitySchema, { version: current.version, ...next })
    : validate(createActivitySchema, { planId: ctx.planId, ...next });
  if (own.length || !parsed.success) {
    // Schema issues renamed to the column; a column with a problem of its own is reported once.
    const schemaIssues = (parsed.success ? [] : parsed.issues)
      .map((issue) => ({ issue, column: COLUMN_OF_FIELD[String(issue.path[0])] ?? 'id' }))
      .filter(({ column }) => !badColumns.has(column))
      .map(({ issue, column }) => ({ ...issue, path: [HEADER_OF[column]] }));
    const render = (language: Language) => [
      ...own.map((p) => fieldIssue(HEADER_OF[p.key], p.code as ValidationCode, language, p.values)),
      ...describeIssues(schemaIssues, language),
    ];
    return {
      issues: Object.fromEntries(LANGUAGES.map((l) => [l, render(l)])) as Record<
        Language,
        FieldIssue[]
      >,
    };
  }

  const values = Object.fromEntries(
    STATE_FIELDS.map((f) => [
      f,
      (parsed.data as Record<string, unknown>)[f] ??
        (DEFAULTS as Record<string, unknown>)[f] ??
        null,
    ]),
  ) as unknown as ActivityState;
  if (!current)
    return {
      row: { line, action: 'create', activityId: null, version: null, values, changed: [] },
    };
  const changed = STATE_FIELDS.filter((f) => !same(values[f], current.state[f]));
  if (!changed.length) return { row: null };
  return {
    row: { line, action: 'update', activityId: idText, version: current.version, values, changed },
  };
}

function validate(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { success: true as const, data: result.data }
    : { success: false as const, issues: result.error.issues };
}

function readCell<T>(
  cell: Cell | undefined,
  read: (c: Cell) => CellResult<T>,
): CellResult<T> | undefined {
  return cell === undefined ? undefined : read(cell);
}

/**
 * A name to an id: by the first map that knows it (units: short name, then name). When
 * several match, the one the activity already has wins; otherwise the name is ambiguous.
 */
function resolve(
  name: string,
  maps: Array<Map<string, string[]>>,
  currentId: string | null | undefined,
  unknownCode: 'unknown_goal' | 'unknown_unit',
  currentIds: readonly string[] = [],
): CellResult<string | null> {
  if (!name) return { value: null };
  const key = normalise(name);
  const matches = maps.map((m) => m.get(key) ?? []).find((ids) => ids.length) ?? [];
  if (matches.length === 1) return { value: matches[0] as string };
  if (!matches.length) return { issue: { code: unknownCode, values: { value: name } } };
  const preferred = matches.find((id) => id === currentId || currentIds.includes(id));
  return preferred
    ? { value: preferred }
    : { issue: { code: 'ambiguous_reference', values: { value: name } } };
}

/** A catalogue method by name; anything else is kept as free text. What was exported reads back unchanged. */
function readMethod(text: string, lookups: Lookups, current: ActivityState | undefined) {
  if (!text) return { methodId: null, methodText: null };
  if (current) {
    const exported =
      (current.methodId ? lookups.methodName.get(current.methodId) : undefined) ??
      current.methodText;
    if (exported && normalise(exported) === normalise(text))
      return { methodId: current.methodId, methodText: current.methodText };
  }
  const methodId = lookups.methodsByName.get(normalise(text));
  return methodId ? { methodId, methodText: null } : { methodId: null, methodText: text };
}

/** Equal as stored; lists regardless of order (a file may reorder them). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}
