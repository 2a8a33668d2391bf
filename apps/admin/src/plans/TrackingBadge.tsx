import type { TrackingState } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import '../i18n/plans';

/** A shape per state, so the badge does not rely on colour (and the text says it anyway). */
const ICONS: Record<TrackingState, string> = {
  on_track: '●',
  at_risk: '▲',
  late: '■',
  done: '✓',
  cancelled: '✕',
};

/** Enligt plan / Risk för försening / Försenad / Klar / Avbruten. */
export function TrackingBadge({ state }: { state: TrackingState }) {
  const { t } = useTranslation('plans');
  return (
    <span className={`badge badge--${state}`}>
      <span className="badge__icon" aria-hidden="true">
        {ICONS[state]}
      </span>
      {t(`plans.tracking.states.${state}`)}
    </span>
  );
}
