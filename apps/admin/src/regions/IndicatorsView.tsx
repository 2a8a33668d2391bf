import { INDICATOR_LABELS, type IndicatorsComparison } from '@samla/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { ComparisonFrame } from './ComparisonFrame';
import { fetchIndicators } from './regions.api';
import '../i18n/regions';

type Indicator = IndicatorsComparison['indicators'][number];
type Gender = 'T' | 'K' | 'M';

/** Indicator values side by side (kommun per row) and over time (period per column). */
export function IndicatorsView() {
  const { t } = useTranslation('regions');
  return (
    <ComparisonFrame
      kind="indicators"
      title={t('indicators.title')}
      intro={t('indicators.intro')}
      fetch={fetchIndicators}
      count={(d) => d.indicators.length}
    >
      {(data) => (
        <>
          <p className="muted">{t('indicators.suppressedNote')}</p>
          {data.indicators.map((i) => (
            <IndicatorTable key={i.platformIndicatorId} indicator={i} />
          ))}
        </>
      )}
    </ComparisonFrame>
  );
}

function IndicatorTable({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('regions');
  const language = useLanguage();
  const labels = INDICATOR_LABELS[language];
  const [gender, setGender] = useState<Gender>('T');
  const name = language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.nameSv;
  const periods = indicator.periods;
  const id = `ind-${indicator.platformIndicatorId}`;
  const number = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB');
  return (
    <section className="reg-section" aria-labelledby={id}>
      <h2 id={id}>{name}</h2>
      <p className="muted">{t('indicators.unit', { unit: labels.unit[indicator.unit] })}</p>
      {indicator.genderSplit ? (
        <label className="field">
          <span className="field__label">{t('indicators.gender')}</span>
          <select
            className="field__control field__control--short"
            value={gender}
            onChange={(e) => setGender(e.target.value as Gender)}
          >
            {(['T', 'K', 'M'] as const).map((g) => (
              <option key={g} value={g}>
                {labels.gender[g]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">
            {t('indicators.caption', { indicator: name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('common.kommun')}</th>
              {periods.map((p) => (
                <th scope="col" key={p} className="table__number">
                  {p}
                </th>
              ))}
              <th scope="col" className="table__number">
                {t('indicators.growth')}
              </th>
            </tr>
          </thead>
          <tbody>
            {indicator.municipalities.map((m) => (
              <tr key={m.code}>
                <th scope="row">{m.name}</th>
                {periods.map((p) => {
                  const f = m.figures.find((x) => x.period === p && x.gender === gender);
                  return (
                    <td key={p} className="table__number">
                      {!f ? (
                        ''
                      ) : f.state === 'value' && f.value !== null ? (
                        number.format(f.value)
                      ) : (
                        <span className="reg-suppressed">
                          {f.state === 'suppressed'
                            ? t('indicators.suppressed')
                            : t('indicators.missing')}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="table__number">
                  {m.growthPercent === null
                    ? ''
                    : `${m.growthPercent > 0 ? '+' : ''}${number.format(m.growthPercent)} %`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
