import type { IndicatorDetail, IndicatorUnit, ProgressStatus } from '@samla/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat, useIndicatorLabels } from './format';
import { StatusBadge } from './StatusBadge';
import '../i18n/indicators';

type Progress = IndicatorDetail['progress'];

const RATIO_STATUSES: ProgressStatus[] = [
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
];

/**
 * How the progress status was reached (the Open SDG method): the baseline, the latest value
 * and the target, the annual change needed and the one achieved, their ratio and the
 * thresholds of each category.
 */
export function StatusExplanation({ progress, unit }: { progress: Progress; unit: IndicatorUnit }) {
  const { t } = useTranslation('indicators');
  const labels = useIndicatorLabels();
  const format = useIndicatorFormat();
  const headingId = useId();
  const value = (v: number) => format.value(v, unit);
  const ratio = (v: number) => format.number(Math.round(v * 100) / 100);
  const { baseline, latest, target, thresholds } = progress;

  const verdict = (): string => {
    if (progress.gap) return labels.statusGap[progress.gap];
    if (progress.status === 'target_achieved' && latest && target)
      return t(progress.higherIsBetter ? 'status.achievedHigher' : 'status.achievedLower', {
        latest: value(latest.value),
        target: value(target.value),
      });
    if (progress.ratio !== null && progress.cagrActual !== null && progress.cagrRequired !== null)
      return t('status.ratioSentence', {
        actual: format.rate(progress.cagrActual),
        required: format.rate(progress.cagrRequired),
        ratio: ratio(progress.ratio),
        status: labels.status[progress.status],
      });
    if (progress.status === 'deterioration') return t('status.baselineMetTarget');
    return '';
  };

  const range = (status: ProgressStatus): string => {
    switch (status) {
      case 'substantial_progress':
        return t('status.range.atLeast', { value: ratio(thresholds.substantial) });
      case 'moderate_progress':
        return t('status.range.between', {
          from: ratio(thresholds.moderate),
          to: ratio(thresholds.substantial),
        });
      case 'limited_progress':
        return t('status.range.between', {
          from: ratio(thresholds.limited),
          to: ratio(thresholds.moderate),
        });
      default:
        return t('status.range.below', { value: ratio(thresholds.limited) });
    }
  };

  return (
    <section aria-labelledby={headingId} className="ind-section ind-status-explained">
      <h2 id={headingId}>{t('status.heading')}</h2>
      <p className="ind-status-explained__badge">
        <StatusBadge status={progress.status} />
      </p>
      <p>{verdict()}</p>
      <dl className="facts">
        <dt>{t('status.baseline')}</dt>
        <dd>
          {baseline
            ? baseline.value === null
              ? t('status.baselineNoValue', { period: format.period(baseline.period) })
              : t(baseline.fromMeasurement ? 'status.baselineMeasured' : 'status.baselineEntered', {
                  period: format.period(baseline.period),
                  value: value(baseline.value),
                })
            : t('status.notSet')}
        </dd>
        <dt>{t('status.latest')}</dt>
        <dd>
          {latest
            ? t('status.valueIn', {
                value: value(latest.value),
                period: format.period(latest.period),
              })
            : t('status.noLatest')}
        </dd>
        <dt>{t('status.target')}</dt>
        <dd>
          {target
            ? t('status.valueIn', { value: value(target.value), period: target.year })
            : t('status.notSet')}
        </dd>
        <dt>{t('status.direction')}</dt>
        <dd>{progress.higherIsBetter ? t('status.higherIsBetter') : t('status.lowerIsBetter')}</dd>
        {progress.yearsElapsed !== null && progress.yearsToTarget !== null ? (
          <>
            <dt>{t('status.time')}</dt>
            <dd>
              {t('status.timeValue', {
                elapsed: format.years(progress.yearsElapsed),
                total: format.years(progress.yearsToTarget),
              })}
            </dd>
          </>
        ) : null}
        {progress.cagrRequired !== null ? (
          <>
            <dt>{t('status.required')}</dt>
            <dd>{format.rate(progress.cagrRequired)}</dd>
          </>
        ) : null}
        {progress.cagrActual !== null ? (
          <>
            <dt>{t('status.actual')}</dt>
            <dd>{format.rate(progress.cagrActual)}</dd>
          </>
        ) : null}
        {progress.ratio !== null ? (
          <>
            <dt>{t('status.ratio')}</dt>
            <dd>{ratio(progress.ratio)}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t('status.categories')}</h3>
      <ul className="ind-thresholds">
        <li
          className={progress.status === 'target_achieved' ? 'ind-thresholds__current' : undefined}
        >
          {labels.status.target_achieved}: {t('status.range.achieved')}
          {progress.status === 'target_achieved' ? ` ${t('status.current')}` : null}
        </li>
        {RATIO_STATUSES.map((status) => (
          <li
            key={status}
            className={progress.status === status ? 'ind-thresholds__current' : undefined}
          >
            {labels.status[status]}: {range(status)}
            {progress.status === status ? ` ${t('status.current')}` : null}
          </li>
        ))}
        <li className={progress.status === 'not_available' ? 'ind-thresholds__current' : undefined}>
          {labels.status.not_available}: {t('status.range.notAvailable')}
          {progress.status === 'not_available' ? ` ${t('status.current')}` : null}
        </li>
      </ul>
      <details className="disclosure">
        <summary>{t('status.methodSummary')}</summary>
        <p>{t('status.method')}</p>
      </details>
    </section>
  );
}
