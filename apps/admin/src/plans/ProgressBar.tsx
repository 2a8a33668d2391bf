import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import '../i18n/plans';

/**
 * Progress as text ("62 %") beside a bar. The bar only repeats the text, so it is hidden
 * from screen readers; no progress at all reads "ingen beräknad".
 */
export function ProgressBar({ value }: { value: number | null }) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  if (value === null) {
    return (
      <span className="progress progress--none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('plans.progress.none')}</span>
      </span>
    );
  }
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <span className="progress">
      <span className="progress__track" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${clamped}%` }} />
      </span>
      <span className="progress__text">{format.percent(value)}</span>
    </span>
  );
}
