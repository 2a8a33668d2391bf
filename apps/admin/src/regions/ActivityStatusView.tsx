import { PLAN_LABELS } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { ComparisonFrame } from './ComparisonFrame';
import { fetchActivityStatus } from './regions.api';
import '../i18n/regions';

/** The status distribution of each kommun's activities: a bar each, and the numbers in a table. */
export function ActivityStatusView() {
  const { t } = useTranslation('regions');
  const labels = PLAN_LABELS[useLanguage()].activityStatus;
  return (
    <ComparisonFrame
      kind="activity-status"
      title={t('status.title')}
      intro={t('status.intro')}
      fetch={fetchActivityStatus}
      count={(d) => d.municipalities.length}
    >
      {(data) => (
        <>
          <ul className="reg-legend" aria-hidden="true">
            {data.statuses.map((s) => (
              <li key={s}>
                <span className={`reg-swatch reg-bar__part--${s}`} />
                {labels[s]}
              </li>
            ))}
          </ul>
          <div className="table-scroll">
            <table className="table table--wide">
              <caption className="visually-hidden">{t('status.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.kommun')}</th>
                  <th scope="col">{t('status.bar', { kommun: '' }).trim()}</th>
                  {data.statuses.map((s) => (
                    <th scope="col" key={s} className="table__number">
                      {labels[s]}
                    </th>
                  ))}
                  <th scope="col" className="table__number">
                    {t('status.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.municipalities.map((m) => (
                  <tr key={m.code}>
                    <th scope="row">
                      {m.name}
                      <br />
                      <span className="table__note">{m.plan?.title ?? t('common.noPlan')}</span>
                    </th>
                    <td>
                      {/* The numbers are in the cells beside it; the bar is a picture of them. */}
                      <div className="reg-bar" aria-hidden="true">
                        {data.statuses.map((s) =>
                          m.percent[s] ? (
                            <div
                              key={s}
                              className={`reg-bar__part reg-bar__part--${s}`}
                              style={{ width: `${m.percent[s]}%` }}
                              title={`${labels[s]}: ${m.counts[s]} (${m.percent[s]} %)`}
                            />
                          ) : null,
                        )}
                      </div>
                    </td>
                    {data.statuses.map((s) => (
                      <td key={s} className="table__number">
                        {m.counts[s]} <span className="table__note">({m.percent[s]} %)</span>
                      </td>
                    ))}
                    <td className="table__number">{m.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </ComparisonFrame>
  );
}
