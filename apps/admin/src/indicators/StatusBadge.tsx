import type { ProgressStatus } from '@samla/domain';
import { useIndicatorLabels } from './format';

/** A shape per status, so the badge does not rely on colour (and the text says it anyway). */
const ICONS: Record<ProgressStatus, string> = {
  target_achieved: '✓',
  substantial_progress: '▲',
  moderate_progress: '◆',
  limited_progress: '●',
  deterioration: '▼',
  not_available: '–',
};

/** Målet är nått / God utveckling / … / Kan inte bedömas. */
export function StatusBadge({ status }: { status: ProgressStatus }) {
  const labels = useIndicatorLabels();
  return (
    <span className={`badge ind-status ind-status--${status}`}>
      <span className="badge__icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {labels.status[status]}
    </span>
  );
}
