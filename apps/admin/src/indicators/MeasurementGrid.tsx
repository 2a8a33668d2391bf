import {
  type IndicatorDetail,
  type Measurement,
  MEASUREMENT_STATES,
  type MeasurementState,
  yearOf,
} from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { useLanguage } from '../i18n/useLanguage';
import { useIndicatorFormat, useIndicatorLabels } from './format';
import {
  type CellDraft,
  changedRows,
  type GridIssue,
  type GridRow,
  gridRows,
  issuesByRow,
  toMeasurementInputs,
} from './grid-rows';
import { indicatorsKey, upsertMeasurements } from './indicators.api';
import '../i18n/indicators';

interface MeasurementGridProps {
  code: string;
  indicator: IndicatorDetail;
  measurements: Measurement[];
  announce: (message: string) => void;
}

const controlId = (row: GridRow, field: string) =>
  `grid-${row.period}-${row.gender}-${field}`.replace(/[^\w-]/g, '-');

/** The years to choose from: a few back from the newest figure, and the next one. */
function yearChoices(measurements: readonly Measurement[]): number[] {
  const now = new Date().getFullYear();
  const years = measurements.map((m) => yearOf(m.period));
  const from = Math.min(now - 5, ...years);
  const to = Math.max(now, ...years) + 1;
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

/**
 * Mata in utfall: one row per month of a year (or the year), and per gender when the
 * indicator is split. Each figure is a value, missing or suppressed — a hidden figure is
 * never a 0. Changed rows are checked with the domain's rules and saved together.
 */
export function MeasurementGrid({ code, indicator, measurements, announce }: MeasurementGridProps) {
  const { t } = useTranslation('indicators');
  const labels = useIndicatorLabels();
  const format = useIndicatorFormat();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const summaryId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const own = useMemo(() => measurements.filter((m) => m.area === 'municipality'), [measurements]);
  const latestYear = own.length > 0 ? Math.max(...own.map((m) => yearOf(m.period))) : null;
  const [year, setYear] = useState(latestYear ?? new Date().getFullYear());
  const [edits, setEdits] = useState<Map<string, CellDraft>>(new Map());
  const [source, setSource] = useState('');
  const [issues, setIssues] = useState<GridIssue[]>([]);
  const rows = gridRows(own, indicator, year, edits, language);
  const changed = changedRows(rows);
  const split = indicator.genderSplit;

  const rowName = (row: GridRow) =>
    split
      ? `${format.period(row.period)}, ${labels.gender[row.gender].toLowerCase()}`
      : format.period(row.period);

  const edit = (row: GridRow, patch: Partial<CellDraft>) => {
    setEdits((before) => {
      const next = new Map(before);
      const cell = { state: row.state, value: row.value, note: row.note, ...patch };
      // A figure that is missing or suppressed has no value: never a hidden 0.
      if (cell.state !== 'value') cell.value = '';
      next.set(row.key, cell);
      return next;
    });
    setIssues((before) =>
      before.filter((i) => !(i.rowKey === row.key && Object.keys(patch).includes(i.field))),
    );
  };

  const showIssues = (found: GridIssue[]) => {
    flushSync(() => setIssues(found));
    document.getElementById(summaryId)?.focus();
  };

  const save = useMutation({
    mutationFn: (input: Parameters<typeof upsertMeasurements>[2]) =>
      upsertMeasurements(code, indicator.id, input),
    onSuccess: (result, _input) => {
      setEdits(new Map());
      setIssues([]);
      void queryClient.invalidateQueries({ queryKey: indicatorsKey(code) });
      announce(
        t('grid.saved', {
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        }),
      );
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    if (changed.length === 0) {
      setIssues([]);
      announce(t('grid.nothingChanged'));
      return;
    }
    const { inputs, issues: found } = toMeasurementInputs(
      changed,
      indicator,
      language,
      (row) => t('grid.notANumber', { row: rowName(row) }),
      source.trim() === '' ? null : source.trim(),
    );
    if (found.length > 0) {
      showIssues(found);
      return;
    }
    setIssues([]);
    save.mutate(inputs, {
      onError: (error) => {
        if (isApiError(error) && error.issues.length > 0)
          showIssues(issuesByRow(error.issues, changed));
      },
    });
  };

  const issueFor = (row: GridRow, field: string) =>
    issues.find((i) => i.rowKey === row.key && i.field === field);
  const rowsByKey = new Map(rows.map((r) => [r.key, r]));

  return (
    <form
      ref={formRef}
      className="form ind-grid-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('grid.heading')}</h2>
      <p>{t(indicator.periodType === 'month' ? 'grid.introMonth' : 'grid.introYear')}</p>
      <div className="ind-grid-tools">
        <SelectField
          id="grid-year"
          label={t('grid.year')}
          value={String(year)}
          onChange={(v) => {
            setYear(Number(v));
            setIssues([]);
          }}
        >
          {yearChoices(own).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <TextField
          id="grid-source"
          name="source"
          label={t('grid.source')}
          hint={t('grid.sourceHint')}
          value={source}
          onChange={setSource}
        />
      </div>
      {issues.length > 0 ? (
        <div className="alert alert--error" role="alert" id={summaryId} tabIndex={-1}>
          <p className="alert__title">{t('grid.issuesTitle', { count: issues.length })}</p>
          <ul>
            {issues.map((issue) => {
              const row = rowsByKey.get(issue.rowKey);
              const field = issue.field === 'period' ? 'state' : issue.field;
              return (
                <li key={`${issue.rowKey}-${issue.field}-${issue.message}`}>
                  <a href={row ? `#${controlId(row, field)}` : undefined}>
                    {row ? `${rowName(row)}: ` : ''}
                    {issue.message}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <div className="table-scroll">
        <table className="table table--wide ind-grid">
          <caption className="visually-hidden">{t('grid.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grid.period')}</th>
              {split ? <th scope="col">{t('grid.gender')}</th> : null}
              <th scope="col">{t('grid.state')}</th>
              <th scope="col">{t('grid.value')}</th>
              <th scope="col">{t('grid.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const periodIssue = issueFor(row, 'period');
              const stateIssue = issueFor(row, 'state') ?? periodIssue;
              const valueIssue = issueFor(row, 'value');
              const noteIssue = issueFor(row, 'note');
              const dirty = changed.includes(row);
              const name = rowName(row);
              return (
                <tr key={row.key} className={dirty ? 'ind-grid__row--changed' : undefined}>
                  <th scope="row">
                    {split && row.gender !== 'T' ? '' : format.period(row.period)}
                    {dirty ? <span className="ind-grid__changed">{t('grid.changed')}</span> : null}
                  </th>
                  {split ? <td>{labels.gender[row.gender]}</td> : null}
                  <td>
                    <GridControl
                      row={row}
                      field="state"
                      label={t('grid.stateLabel', { row: name })}
                      issue={stateIssue}
                    >
                      {(props) => (
                        <select
                          {...props}
                          value={row.state}
                          onChange={(e) => edit(row, { state: e.target.value as MeasurementState })}
                        >
                          {MEASUREMENT_STATES.map((state) => (
                            <option key={state} value={state}>
                              {t(`grid.states.${state}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </GridControl>
                  </td>
                  <td>
                    <GridControl
                      row={row}
                      field="value"
                      label={t('grid.valueLabel', { row: name })}
                      issue={valueIssue}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          className="field__control ind-grid__value"
                          value={row.value}
                          disabled={row.state !== 'value'}
                          placeholder={row.state === 'value' ? '' : t(`grid.states.${row.state}`)}
                          onChange={(e) => edit(row, { value: e.target.value })}
                        />
                      )}
                    </GridControl>
                  </td>
                  <td>
                    <GridControl
                      row={row}
                      field="note"
                      label={t('grid.noteLabel', { row: name })}
                      issue={noteIssue}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="text"
                          autoComplete="off"
                          className="field__control ind-grid__note"
                          value={row.note}
                          onChange={(e) => edit(row, { note: e.target.value })}
                        />
                      )}
                    </GridControl>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('grid.submitting') : t('grid.submit', { count: changed.length })}
        </button>
        {changed.length > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setEdits(new Map());
              setIssues([]);
            }}
          >
            {t('grid.undo')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface ControlProps {
  id: string;
  name: string;
  className: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A grid cell's control with its (visually hidden) label and its error, tied together. */
function GridControl({
  row,
  field,
  label,
  issue,
  children,
}: {
  row: GridRow;
  field: string;
  label: string;
  issue: GridIssue | undefined;
  children: (props: ControlProps) => React.ReactNode;
}) {
  const id = controlId(row, field);
  const errorId = `${id}-error`;
  return (
    <div className={issue ? 'ind-grid__cell field--invalid' : 'ind-grid__cell'}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      {children({
        id,
        name: `${row.key}-${field}`,
        className: 'field__control',
        'aria-invalid': issue ? true : undefined,
        'aria-describedby': issue ? errorId : undefined,
      })}
      {issue ? (
        <p className="field__error" id={errorId}>
          {issue.message}
        </p>
      ) : null}
    </div>
  );
}
