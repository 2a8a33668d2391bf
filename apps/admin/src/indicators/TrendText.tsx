import type { Indicator } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat } from './format';
import '../i18n/indicators';

const ARROWS = { up: '↑', down: '↓', unchanged: '→' } as const;

/**
 * The latest figure against the same period the year before, in words: "↑ +3 mot mars 2019
 * (bättre)". The arrow is decoration; the words carry the direction and the assessment.
 */
export function TrendText({ trend }: { trend: Indicator['trend'] }) {
  const { t } = useTranslation('indicators');
  const format = useIndicatorFormat();
  if (!trend.yearBefore || trend.change === null || !trend.direction || !trend.assessment)
    return <span className="muted">{t('trend.none')}</span>;
  return (
    <span className={`ind-trend ind-trend--${trend.assessment}`}>
      <span aria-hidden="true">{ARROWS[trend.direction]} </span>
      {t('trend.change', {
        change: format.change(trend.change),
        period: format.period(trend.yearBefore.period),
      })}{' '}
      ({t(`trend.assessment.${trend.assessment}`)})
    </span>
  );
}
