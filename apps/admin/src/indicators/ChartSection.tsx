import type { IndicatorDetail, Measurement } from '@samla/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup, SelectField } from '../components/Field';
import {
  type ChartView,
  seriesModel,
  yearOnYearModel,
  yearsWithFigures,
  yearToDate,
} from './chart-data';
import { ChartTable } from './ChartTable';
import { useIndicatorFormat, useIndicatorName } from './format';
import { SeriesChart } from './SeriesChart';
import '../i18n/indicators';

interface ChartSectionProps {
  indicator: IndicatorDetail;
  measurements: Measurement[];
}

/**
 * Utveckling: the chart and its table, period by period or (for monthly figures) a year
 * against the year before, the kommun's total or its women and men.
 */
export function ChartSection({ indicator, measurements }: ChartSectionProps) {
  const { t } = useTranslation('indicators');
  const format = useIndicatorFormat();
  const name = useIndicatorName();
  const headingId = useId();
  const monthly = indicator.periodType === 'month';
  const [view, setView] = useState<ChartView>('series');
  const [byGender, setByGender] = useState(false);
  const years = useMemo(() => yearsWithFigures(measurements), [measurements]);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? years[0] ?? new Date().getFullYear();

  const model = useMemo(
    () =>
      view === 'yoy' && monthly
        ? yearOnYearModel(measurements, year)
        : seriesModel(measurements, indicator.periodType, byGender && indicator.genderSplit),
    [view, monthly, measurements, year, indicator.periodType, indicator.genderSplit, byGender],
  );
  const totals = yearToDate(model);
  const first = model.rows[0]?.period;
  const last = model.rows.at(-1)?.period;
  const latest = indicator.trend.latest;
  const target =
    indicator.target.targetValue !== null && indicator.target.targetYear !== null
      ? { year: indicator.target.targetYear, value: indicator.target.targetValue }
      : null;
  const baseline = indicator.progress.baseline;

  const description = [
    model.view === 'yoy'
      ? t('chart.describeYoy', { year, before: year - 1 })
      : first && last
        ? t('chart.describeSeries', { from: format.period(first), to: format.period(last) })
        : '',
    latest
      ? t('chart.describeLatest', {
          value: format.value(latest.value, indicator.unit),
          period: format.period(latest.period),
        })
      : '',
    t('chart.describeTable'),
  ]
    .filter(Boolean)
    .join(' ');

  const caption =
    model.view === 'yoy'
      ? t('table.captionYoy', { name: name(indicator), year, before: year - 1 })
      : t(monthly ? 'table.captionMonthly' : 'table.captionYearly', { name: name(indicator) });

  return (
    <section aria-labelledby={headingId} className="ind-section">
      <h2 id={headingId}>{t('chart.heading')}</h2>
      {model.rows.length === 0 ? (
        <p>{t('chart.empty')}</p>
      ) : (
        <>
          <div className="ind-chart-controls">
            {monthly ? (
              <RadioGroup
                id="chart-view"
                name="chart-view"
                legend={t('chart.view')}
                choices={[
                  { value: 'series', label: t('chart.viewSeries') },
                  { value: 'yoy', label: t('chart.viewYoy') },
                ]}
                value={view}
                onChange={(v) => setView(v as ChartView)}
              />
            ) : null}
            {view === 'yoy' && monthly ? (
              <SelectField
                id="chart-year"
                label={t('chart.year')}
                value={String(year)}
                onChange={(v) => setChosenYear(Number(v))}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {indicator.genderSplit && view === 'series' ? (
              <div className="field">
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={byGender}
                    onChange={(event) => setByGender(event.target.checked)}
                  />
                  <span>{t('chart.byGender')}</span>
                </label>
              </div>
            ) : null}
          </div>
          {totals && totals.totals.length === 2 ? (
            <p className="ind-yoy-answer" aria-live="polite">
              {t('chart.yearToDate', {
                from: format.monthLong(1),
                to: format.monthLong(totals.throughMonth),
                year,
                total: format.value(totals.totals[0] ?? 0, indicator.unit),
                before: format.value(totals.totals[1] ?? 0, indicator.unit),
                change: format.change((totals.totals[0] ?? 0) - (totals.totals[1] ?? 0)),
              })}
            </p>
          ) : null}
          <SeriesChart
            model={model}
            unit={indicator.unit}
            target={target}
            baseline={baseline}
            description={description}
          />
          <ChartTable model={model} unit={indicator.unit} caption={caption} />
        </>
      )}
    </section>
  );
}
