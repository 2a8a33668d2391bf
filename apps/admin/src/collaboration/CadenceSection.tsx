import type { Forum } from '@samla/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import { CADENCE_TONE, useCadenceText } from './labels';
import '../i18n/collaboration';

/**
 * Whether each term (month, year) had the meetings the cadence promises, latest first;
 * the periods that fell short are named above the table and flagged in it.
 */
export function CadenceSection({ forum }: { forum: Forum }) {
  const { t } = useTranslation('collaboration');
  const format = useFormat();
  const text = useCadenceText();
  const headingId = useId();
  const report = forum.cadenceReport;
  return (
    <section aria-labelledby={headingId} className="collab-section">
      <h2 id={headingId}>{t('forum.cadenceHeading')}</h2>
      <p>
        {t('forum.cadence')}: {text.cadence(forum.cadence)}
      </p>
      {report && report.periods.length > 0 ? (
        <>
          {report.shortPeriods.length > 0 ? (
            <p className="alert alert--warning">
              {t('cadence.summaryShort', {
                count: report.shortPeriods.length,
                periods: report.shortPeriods.map(text.period).join(', '),
              })}
            </p>
          ) : (
            <p>{t('cadence.summaryOk')}</p>
          )}
          {report.behind ? (
            <p className="alert alert--info">
              {t('cadence.behind', {
                count: report.behind.missing,
                period: text.period(report.behind.key),
                by: format.date(report.behind.by),
              })}
            </p>
          ) : null}
          {/* Scrolls when a forum has many terms: focusable, so a keyboard can scroll it too. */}
          <div
            className="table-scroll collab-scroll"
            role="region"
            aria-label={t('forum.cadenceCaption')}
            tabIndex={0}
          >
            <table className="table">
              <caption className="visually-hidden">{t('forum.cadenceCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('forum.period')}</th>
                  <th scope="col" className="table__number">
                    {t('forum.held')}
                  </th>
                  <th scope="col" className="table__number">
                    {t('forum.expected')}
                  </th>
                  <th scope="col">{t('forum.state')}</th>
                </tr>
              </thead>
              <tbody>
                {[...report.periods].reverse().map((period) => (
                  <tr key={period.key}>
                    <th scope="row">{text.period(period.key)}</th>
                    <td className="table__number">{period.held}</td>
                    <td className="table__number">{period.expected}</td>
                    <td>
                      <StateBadge tone={CADENCE_TONE[period.state]}>
                        {t(`cadence.states.${period.state}`)}
                      </StateBadge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
