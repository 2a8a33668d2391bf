import type { Activity } from '@samla/domain';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ActivityView, SortKey, TableRow } from './activity-rows';
import { useFormat } from './format';
import { ProgressBar } from './ProgressBar';
import { TrackingBadge } from './TrackingBadge';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

const COLUMN_COUNT = 7;

interface ActivityTableProps {
  code: string;
  rows: readonly TableRow[];
  view: ActivityView;
  onSort: (sort: SortKey) => void;
  /** "Mål 1.2" under the title when the rows are not grouped by goal. */
  goalLabel: ((goalId: string | null) => string | null) | null;
  unitName: (id: string | null) => string | null;
  /** The id of the heading that names the table. */
  labelledBy: string;
}

/**
 * The plan's activities as a table that stays smooth with a thousand rows: only the rows in
 * view (and a few either side) are in the DOM. It keeps table semantics with explicit roles
 * (the rows are positioned, which CSS tables cannot do), tells assistive technology the full
 * row count and each row's index, and keeps the row that has focus rendered while it scrolls
 * away. Tab moves through the rows' links; ↑ and ↓ move to the previous or next activity.
 */
export function ActivityTable(props: ActivityTableProps) {
  const { code, rows, view, onSort, goalLabel, unitName, labelledBy } = props;
  const { t } = useTranslation('plans');
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusedKey = useRef<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const indexOfKey = useRef(new Map<string, number>());
  indexOfKey.current = new Map(rows.map((row, index) => [row.key, index]));

  // The focused row stays rendered even when it scrolls out of view, so focus is never lost.
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedKey.current ? indexOfKey.current.get(focusedKey.current) : undefined;
    if (focused === undefined || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);

  // The admin does not use the React Compiler; the virtualizer re-renders the table itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? 44 : 60),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    rangeExtractor,
  });

  /** Focuses the link of the row `pendingFocus` names, once that row is in the DOM. */
  const focusPending = () => {
    const key = pendingFocus.current;
    if (!key) return;
    const row = [...(scrollRef.current?.querySelectorAll<HTMLElement>('[data-key]') ?? [])].find(
      (element) => element.dataset.key === key,
    );
    const link = row?.querySelector<HTMLElement>('a');
    if (link) {
      pendingFocus.current = null;
      link.focus();
    }
  };
  // After ↑/↓ scrolled another row into the DOM, give its link focus.
  useEffect(focusPending);

  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
    const from = row ? indexOfKey.current.get(row.dataset.key ?? '') : undefined;
    if (from === undefined) return;
    const activityIndexes = rows.flatMap((r, i) => (r.kind === 'activity' ? [i] : []));
    const position = activityIndexes.indexOf(from);
    const target =
      event.key === 'Home'
        ? activityIndexes[0]
        : event.key === 'End'
          ? activityIndexes[activityIndexes.length - 1]
          : activityIndexes[position + (event.key === 'ArrowDown' ? 1 : -1)];
    if (target === undefined || target === from) return;
    event.preventDefault();
    pendingFocus.current = rows[target]?.key ?? null;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may already be rendered: focus it now rather than after a re-render.
    focusPending();
  };

  const sortHeader = (key: SortKey, label: string) => (
    <th
      role="columnheader"
      className="vtable__cell vtable__head"
      aria-sort={
        view.sort === key ? (view.direction === 'asc' ? 'ascending' : 'descending') : undefined
      }
    >
      <button type="button" className="vtable__sort" onClick={() => onSort(key)}>
        {label}
        <span className="vtable__sort-icon" aria-hidden="true">
          {view.sort === key ? (view.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <div
      ref={scrollRef}
      className="vtable__scroller"
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      role="region"
      aria-label={t('plans.activities.tableRegion')}
    >
      <table
        role="table"
        className="vtable"
        aria-labelledby={labelledBy}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMN_COUNT}
      >
        <thead role="rowgroup" className="vtable__header">
          <tr role="row" aria-rowindex={1} className="vtable__row vtable__row--head">
            {sortHeader('title', t('plans.activities.columns.title'))}
            <th role="columnheader" className="vtable__cell vtable__head">
              {t('plans.activities.columns.unit')}
            </th>
            <th role="columnheader" className="vtable__cell vtable__head">
              {t('plans.activities.columns.levelTier')}
            </th>
            {sortHeader('status', t('plans.activities.columns.status'))}
            <th role="columnheader" className="vtable__cell vtable__head">
              {t('plans.activities.columns.tracking')}
            </th>
            {sortHeader('endDate', t('plans.activities.columns.endDate'))}
            {sortHeader('progress', t('plans.activities.columns.progress'))}
          </tr>
        </thead>
        <tbody
          role="rowgroup"
          className="vtable__body"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={moveFocus}
          onFocus={(event) => {
            focusedKey.current =
              (event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key ?? null;
          }}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null))
              focusedKey.current = null;
          }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const rowProps = {
              role: 'row',
              'aria-rowindex': item.index + 2,
              'data-index': item.index,
              'data-key': row.key,
              ref: virtualizer.measureElement,
              style: { transform: `translateY(${item.start}px)` },
            };
            return row.kind === 'group' ? (
              <tr key={row.key} {...rowProps} className="vtable__row vtable__row--group">
                <th role="rowheader" aria-colspan={COLUMN_COUNT} className="vtable__group">
                  <GroupTitle row={row} groupBy={view.groupBy} />
                </th>
              </tr>
            ) : (
              <tr key={row.key} {...rowProps} className="vtable__row">
                <ActivityCells
                  code={code}
                  activity={row.activity}
                  goal={goalLabel ? goalLabel(row.activity.goalId) : null}
                  unit={unitName(row.activity.responsibleUnitId)}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface GroupTitleProps {
  row: Extract<TableRow, { kind: 'group' }>;
  groupBy: ActivityView['groupBy'];
}

function GroupTitle({ row, groupBy }: GroupTitleProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const title =
    row.title ?? (groupBy === 'unit' ? t('plans.activities.noUnit') : t('plans.activities.noGoal'));
  return (
    <>
      {row.number ? <span className="vtable__group-number">{row.number}</span> : null}
      {title}{' '}
      <span className="vtable__group-count">
        {t('plans.activities.groupCount', {
          count: row.count,
          formatted: format.number(row.count),
        })}
      </span>
    </>
  );
}

interface ActivityCellsProps {
  code: string;
  activity: Activity;
  goal: string | null;
  unit: string | null;
}

function ActivityCells({ code, activity, goal, unit }: ActivityCellsProps) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const none = <span className="muted">{t('plans.none')}</span>;
  return (
    <>
      <th role="rowheader" className="vtable__cell vtable__title">
        <Link to={`/t/${encodeURIComponent(code)}/activities/${activity.id}`}>
          {activity.title}
        </Link>
        {goal ? <span className="vtable__note">{goal}</span> : null}
      </th>
      <td role="cell" className="vtable__cell">
        {unit ?? none}
      </td>
      <td role="cell" className="vtable__cell">
        {labels.level[activity.level]}
        <span className="vtable__note">{labels.tier[activity.tier]}</span>
      </td>
      <td role="cell" className="vtable__cell">
        {labels.activityStatus[activity.status]}
      </td>
      <td role="cell" className="vtable__cell">
        <TrackingBadge state={activity.tracking.state} />
      </td>
      <td role="cell" className="vtable__cell">
        {activity.endDate ? format.date(activity.endDate) : none}
      </td>
      <td role="cell" className="vtable__cell">
        <ProgressBar value={activity.progress} />
      </td>
    </>
  );
}
