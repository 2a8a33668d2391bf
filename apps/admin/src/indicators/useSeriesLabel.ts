import { useTranslation } from 'react-i18next';
import type { ChartModel, ChartSeries } from './chart-data';
import { useIndicatorFormat, useIndicatorLabels } from './format';
import '../i18n/indicators';

/** A series' name: Kommunen, Kvinnor, Män, Länet, Riket, or a year. */
export function useSeriesLabel() {
  const { t } = useTranslation('indicators');
  const labels = useIndicatorLabels();
  return (series: ChartSeries): string => {
    if (series.kind.type === 'year') return String(series.kind.year);
    const { area, gender } = series.kind;
    if (area !== 'municipality') return labels.area[area];
    return gender === 'T' ? t('chart.total') : labels.gender[gender];
  };
}

/** A row's name: the period written out, or the month's name in the year-against-year view. */
export function useRowLabel() {
  const format = useIndicatorFormat();
  return (model: ChartModel, index: number): string => {
    const row = model.rows[index];
    if (!row) return '';
    return model.view === 'yoy' && row.month !== null
      ? format.monthLong(row.month)
      : format.period(row.period);
  };
}
