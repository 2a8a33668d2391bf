import { TRACKING_RULES, type Activity, type TrackingReason } from '@samla/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import { TrackingBadge } from './TrackingBadge';
import '../i18n/plans';

/**
 * The activity's tracking state and why, in sentences ("Slutdatumet 2026-06-30 har passerat
 * och aktiviteten är inte klar."), with the rules and their thresholds one click away.
 */
export function TrackingExplanation({ tracking }: { tracking: Activity['tracking'] }) {
  const { t } = useTranslation('plans');
  const sentence = useReasonSentence();
  const headingId = useId();
  const reasons = tracking.reasons as TrackingReason[];
  return (
    <section className="tracking" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plans.tracking.heading')}</h2>
      <p>
        <TrackingBadge state={tracking.state} />
      </p>
      <ul className="tracking__reasons">
        {reasons.map((reason) => (
          <li key={reason.code}>{sentence(reason)}</li>
        ))}
      </ul>
      <details className="disclosure">
        <summary>{t('plans.tracking.rulesSummary')}</summary>
        <ol>
          <li>{t('plans.tracking.rules.finished')}</li>
          <li>{t('plans.tracking.rules.late')}</li>
          <li>{t('plans.tracking.rules.delayed')}</li>
          <li>{t('plans.tracking.rules.notStarted', { days: TRACKING_RULES.startGraceDays })}</li>
          <li>
            {t('plans.tracking.rules.behind', { points: TRACKING_RULES.behindSchedulePoints })}
          </li>
          <li>{t('plans.tracking.rules.otherwise')}</li>
        </ol>
      </details>
    </section>
  );
}

/** One reason as a sentence, with its dates and figures in the UI language's formats. */
export function useReasonSentence() {
  const { t } = useTranslation('plans');
  const format = useFormat();
  return (reason: TrackingReason): string => {
    switch (reason.code) {
      case 'done':
        return t('plans.tracking.reasons.done');
      case 'cancelled':
        return t('plans.tracking.reasons.cancelled');
      case 'past_end':
        return t('plans.tracking.reasons.past_end', { date: format.date(reason.endDate) });
      case 'reported_delayed':
        return t('plans.tracking.reasons.reported_delayed');
      case 'not_started_after_start':
        return t('plans.tracking.reasons.not_started_after_start', {
          date: format.date(reason.startDate),
          days: reason.daysSinceStart,
          grace: TRACKING_RULES.startGraceDays,
        });
      case 'behind_schedule':
        return t('plans.tracking.reasons.behind_schedule', {
          progress: format.percent(reason.progress),
          expected: format.percent(reason.expected),
          points: TRACKING_RULES.behindSchedulePoints,
        });
      case 'no_dates':
        return t('plans.tracking.reasons.no_dates');
      case 'on_schedule':
        return t('plans.tracking.reasons.on_schedule', {
          progress: format.percent(reason.progress),
          expected: format.percent(reason.expected),
        });
      case 'not_yet_started':
        return t('plans.tracking.reasons.not_yet_started', {
          date: format.date(reason.startDate),
        });
      default:
        // A reason this version of the admin does not know yet: name it rather than hide it.
        return (reason as { code: string }).code;
    }
  };
}
