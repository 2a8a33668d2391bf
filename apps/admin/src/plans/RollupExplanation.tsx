import { rollUp, type Activity } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import '../i18n/plans';

type RollupInput = Pick<Activity, 'status' | 'progress' | 'weight'>;

/**
 * "Hur beräknas detta?": the roll-up formula of progress-rollup.ts, Σ(vikt × genomfört) ÷
 * Σ vikt, worked through with this plan's own numbers.
 */
export function RollupExplanation({ activities }: { activities: readonly RollupInput[] }) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const rollup = rollUp(activities);
  const counting = activities.filter((a) => a.status !== 'cancelled');
  const weighted = counting.reduce(
    (sum, a) => sum + a.weight * (a.status === 'done' ? 100 : a.progress),
    0,
  );
  const done = counting.filter((a) => a.status === 'done').length;
  const evenWeights = counting.every((a) => a.weight === 1);

  return (
    <details className="disclosure">
      <summary>{t('plans.rollup.summary')}</summary>
      <p>{t('plans.rollup.formula')}</p>
      <p>{t('plans.rollup.rules')}</p>
      {rollup.progress === null ? (
        <p>{t('plans.rollup.nothingCounts', { count: activities.length })}</p>
      ) : (
        <>
          <p>
            {t('plans.rollup.counted', {
              counted: format.number(rollup.counted),
              total: format.number(activities.length),
              count: activities.length,
            })}{' '}
            {rollup.excludedCancelled > 0
              ? t('plans.rollup.cancelled', {
                  count: rollup.excludedCancelled,
                  formatted: format.number(rollup.excludedCancelled),
                })
              : null}{' '}
            {done > 0
              ? t('plans.rollup.done', { count: done, formatted: format.number(done) })
              : null}
          </p>
          <p className="rollup__sum">
            {t('plans.rollup.calculation', {
              weighted: format.number(weighted),
              weights: format.number(rollup.totalWeight),
              result: format.percent(rollup.progress),
            })}
          </p>
          <p>{evenWeights ? t('plans.rollup.evenWeights') : t('plans.rollup.unevenWeights')}</p>
        </>
      )}
      <p>{t('plans.rollup.goals')}</p>
    </details>
  );
}
