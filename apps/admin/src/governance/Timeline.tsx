import type { CaseTimeline } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import '../i18n/governance';

/**
 * The case as one timeline, oldest first: submission, decisions and proposals, assignments
 * given, due and reported back, other steps, assessments of its forums, and its end. An
 * overdue report-back is marked in words, not only by colour.
 */
export function Timeline({ timeline }: { timeline: CaseTimeline }) {
  const { t } = useTranslation('governance');
  const format = useFormat();
  if (timeline.entries.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('case.timelineLabel')}>
      {timeline.entries.map((entry, index) => {
        const classes = [
          'timeline__entry',
          `timeline__entry--${entry.kind}`,
          entry.overdue ? 'timeline__entry--overdue' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <li key={`${entry.kind}-${entry.refId ?? ''}-${index}`} className={classes}>
            <time className="timeline__date" dateTime={entry.date}>
              {format.date(entry.date)}
            </time>
            <div className="timeline__body">
              <span className="timeline__kind">{t(`timeline.kinds.${entry.kind}`)}</span>
              <p className="timeline__title">
                {entry.title}
                {entry.estimated ? (
                  <span className="muted"> ({t('timeline.estimated')})</span>
                ) : null}
              </p>
              {entry.overdue ? <StateBadge tone="bad">{t('timeline.overdue')}</StateBadge> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
