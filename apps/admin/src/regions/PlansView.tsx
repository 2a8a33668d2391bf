import { PLAN_LABELS } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { ComparisonFrame } from './ComparisonFrame';
import { fetchPlans } from './regions.api';
import '../i18n/regions';

/** Which kommuner have a plan, its status and period, and its overall progress. */
export function PlansView() {
  const { t } = useTranslation('regions');
  const labels = PLAN_LABELS[useLanguage()];
  return (
    <ComparisonFrame
      kind="plans"
      title={t('plans.title')}
      fetch={fetchPlans}
      count={(d) => d.municipalities.length}
    >
      {(data) => (
        <div className="table-scroll">
          <table className="table table--wide">
            <caption className="visually-hidden">{t('plans.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.kommun')}</th>
                <th scope="col">{t('common.plan')}</th>
                <th scope="col">{t('plans.status')}</th>
                <th scope="col">{t('plans.period')}</th>
                <th scope="col" className="table__number">
                  {t('plans.progress')}
                </th>
                <th scope="col" className="table__number">
                  {t('plans.goals')}
                </th>
                <th scope="col" className="table__number">
                  {t('plans.activities')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.municipalities.flatMap((m) =>
                m.plans.length === 0
                  ? [
                      <tr key={m.code}>
                        <th scope="row">{m.name}</th>
                        <td colSpan={6}>{t('common.noPlan')}</td>
                      </tr>,
                    ]
                  : m.plans.map((p, i) => (
                      <tr key={p.id}>
                        {i === 0 ? (
                          <th scope="rowgroup" rowSpan={m.plans.length}>
                            {m.name}
                          </th>
                        ) : null}
                        <td>
                          {p.title}
                          {p.current ? <span className="tag"> {t('plans.current')}</span> : null}
                        </td>
                        <td>{labels.planStatus[p.status]}</td>
                        <td>
                          {p.periodFrom}–{p.periodTo}
                        </td>
                        <td className="table__number">
                          {p.progress === null ? (
                            <span className="muted">{t('plans.noProgress')}</span>
                          ) : (
                            <>
                              <progress max={100} value={p.progress} aria-hidden="true" />{' '}
                              {p.progress} %
                            </>
                          )}
                        </td>
                        <td className="table__number">{p.goals}</td>
                        <td className="table__number">{p.activities}</td>
                      </tr>
                    )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </ComparisonFrame>
  );
}
