import { PLAN_LABELS } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { ComparisonFrame } from './ComparisonFrame';
import { fetchCoverage } from './regions.api';
import '../i18n/regions';

/** Each kommun's coverage matrix (level × tier) side by side, gaps marked in words too. */
export function CoverageView() {
  const { t } = useTranslation('regions');
  const labels = PLAN_LABELS[useLanguage()];
  return (
    <ComparisonFrame
      kind="coverage"
      title={t('coverage.title')}
      intro={t('coverage.intro')}
      fetch={fetchCoverage}
      count={(d) => d.municipalities.length}
    >
      {(data) => (
        <div className="reg-matrices">
          {data.municipalities.map((m) => (
            <section key={m.code} aria-labelledby={`cov-${m.code}`}>
              <h2 id={`cov-${m.code}`}>{m.name}</h2>
              <p>
                {m.plan ? m.plan.title : t('common.noPlan')}
                {' · '}
                {t('coverage.gaps', { count: m.gaps.length })}
              </p>
              <table className="table reg-matrix">
                <caption className="visually-hidden">
                  {t('coverage.caption', { kommun: m.name })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coverage.level')}</th>
                    {data.tiers.map((tier) => (
                      <th scope="col" key={tier} className="table__number">
                        {labels.tier[tier]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.levels.map((level) => (
                    <tr key={level}>
                      <th scope="row">{labels.level[level]}</th>
                      {data.tiers.map((tier) => {
                        const cell = m.matrix[level][tier];
                        return cell.gap ? (
                          <td key={tier} className="table__number reg-gap">
                            {t('coverage.gap')}
                          </td>
                        ) : (
                          <td key={tier} className="table__number">
                            {cell.activities}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      )}
    </ComparisonFrame>
  );
}
