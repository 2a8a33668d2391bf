import type { IndicatorUnit } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { type ChartCell, type ChartModel, yearToDate } from './chart-data';
import { useIndicatorFormat } from './format';
import { useRowLabel, useSeriesLabel } from './useSeriesLabel';
import '../i18n/indicators';

interface ChartTableProps {
  model: ChartModel;
  unit: IndicatorUnit;
  caption: string;
}

/** The chart's figures as a table: one row per period (or month), one column per series. */
export function ChartTable({ model, unit, caption }: ChartTableProps) {
  const { t } = useTranslation('indicators');
  const format = useIndicatorFormat();
  const seriesLabel = useSeriesLabel();
  const rowLabel = useRowLabel();
  const totals = yearToDate(model);

  const cellText = (cell: ChartCell) => {
    if (cell.state === 'value' && cell.value !== null) return format.value(cell.value, unit);
    if (cell.state === 'missing') return t('table.missing');
    if (cell.state === 'suppressed') return t('table.suppressed');
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('table.none')}</span>
      </>
    );
  };

  return (
    // A scrolling box: focusable, so keyboard users can scroll it, and named by the caption.
    <div className="table-scroll ind-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table ind-data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{model.view === 'yoy' ? t('table.month') : t('table.period')}</th>
            {model.series.map((series) => (
              <th key={series.key} scope="col" className="table__number">
                {seriesLabel(series)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, i) => (
            <tr key={row.period}>
              <th scope="row">{rowLabel(model, i)}</th>
              {model.series.map((series) => {
                const cell = series.cells[i] ?? { state: 'none', value: null, note: null };
                return (
                  <td key={series.key} className={`table__number ind-cell--${cell.state}`}>
                    {cellText(cell)}
                    {cell.note ? <span className="table__note">{cell.note}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {totals ? (
          <tfoot>
            <tr>
              <th scope="row">
                {t('table.yearToDate', {
                  month: format.monthLong(totals.throughMonth),
                })}
              </th>
              {totals.totals.map((total, s) => (
                <td key={model.series[s]?.key} className="table__number">
                  {format.value(total, unit)}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
