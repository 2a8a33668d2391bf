import { INDICATOR_LABELS, type IndicatorsComparison } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useLanguage } from '../i18n/useLanguage';
import { useFormat } from '../plans/format';
import { ChoiceSelect } from './ChoiceSelect';
import { ComparisonFrame } from './ComparisonFrame';
import { fetchIndicators } from './regions.api';
import '../i18n/regions';

type Gender = 'T' | 'K' | 'M';
const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

/**
 * One catalogue indicator at a time, compared across the län's sharing kommuner (kommun per
 * row, period per column): the coordinator picks the indicator, for a monthly one the year
 * whose months to see (else the year totals), and the gender where it is split. The choices
 * live in the URL (?indicator=&year=&gender=), so a view can be bookmarked and shared.
 */
export function IndicatorsView() {
  const { t } = useTranslation('regions');
  const [params] = useSearchParams();
  const indicator = params.get('indicator') ?? undefined;
  const year = params.get('year') ?? undefined;
  return (
    <ComparisonFrame
      kind="indicators"
      title={t('indicators.title')}
      intro={t('indicators.intro')}
      fetch={(lanskod) => fetchIndicators(lanskod, { indicator, year })}
      choices={[indicator ?? '', year ?? '']}
      errorAction={
        <p>
          <Link to="?">{t('indicators.startOver')}</Link>
        </p>
      }
      count={(d) => d.indicators.length}
    >
      {(data) => <IndicatorComparison data={data} />}
    </ComparisonFrame>
  );
}

function IndicatorComparison({ data }: { data: IndicatorsComparison }) {
  const { t } = useTranslation('regions');
  const language = useLanguage();
  const labels = INDICATOR_LABELS[language];
  const [params, setParams] = useSearchParams();
  const format = useFormat();
  const selected = data.selected;
  const indicator = data.indicators.find(
    (i) => i.platformIndicatorId === selected?.platformIndicatorId,
  );
  if (!selected || !indicator) return <p>{t('indicators.none')}</p>;
  const gender: Gender =
    indicator.genderSplit && GENDERS.includes(params.get('gender') as Gender)
      ? (params.get('gender') as Gender)
      : 'T';
  const nameOf = (i: { nameSv: string; nameEn: string | null }) =>
    language === 'en' && i.nameEn ? i.nameEn : i.nameSv;
  const name = nameOf(indicator);
  /** One choice changed; a new indicator starts from its year totals and the total. */
  const choose = (key: 'indicator' | 'year' | 'gender', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key === 'indicator') {
          next.delete('year');
          next.delete('gender');
        }
        return next;
      },
      { replace: true },
    );
  const periodLabel = (p: string) =>
    selected.year && p === selected.year ? t('indicators.yearTotal', { year: p }) : p;
  return (
    <>
      <div className="reg-choices">
        <ChoiceSelect
          id="reg-choose-indicator"
          label={t('indicators.indicator')}
          value={indicator.platformIndicatorId}
          onChange={(value) => choose('indicator', value)}
        >
          {data.indicators.map((i) => (
            <option key={i.platformIndicatorId} value={i.platformIndicatorId}>
              {nameOf(i)}
            </option>
          ))}
        </ChoiceSelect>
        {indicator.periodType === 'month' ? (
          <ChoiceSelect
            id="reg-choose-year"
            label={t('indicators.year')}
            value={selected.year ?? ''}
            onChange={(value) => choose('year', value)}
            short
          >
            <option value="">{t('indicators.allYears')}</option>
            {selected.years.map((y) => (
              <option key={y} value={y}>
                {t('indicators.monthsOf', { year: y })}
              </option>
            ))}
          </ChoiceSelect>
        ) : null}
        {indicator.genderSplit ? (
          <ChoiceSelect
            id="reg-choose-gender"
            label={t('indicators.gender')}
            value={gender}
            onChange={(value) => choose('gender', value === 'T' ? '' : value)}
            short
          >
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {labels.gender[g]}
              </option>
            ))}
          </ChoiceSelect>
        ) : null}
      </div>
      <p className="muted">{t('indicators.suppressedNote')}</p>
      <section className="reg-section" aria-labelledby="reg-indicator">
        <h2 id="reg-indicator">{name}</h2>
        <p className="muted">
          {t('indicators.unit', { unit: labels.unit[indicator.unit] })} ·{' '}
          {t('indicators.followedBy', { n: indicator.followedBy })}
        </p>
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">
              {t('indicators.caption', { indicator: name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('common.kommun')}</th>
                {selected.periods.map((p) => (
                  <th scope="col" key={p} className="table__number">
                    {periodLabel(p)}
                  </th>
                ))}
                <th scope="col" className="table__number">
                  {t('indicators.growth')}
                </th>
              </tr>
            </thead>
            <tbody>
              {selected.municipalities.map((m) => (
                <tr key={m.code}>
                  <th scope="row">{m.name}</th>
                  {selected.periods.map((p) => {
                    const f = m.figures.find((x) => x.period === p && x.gender === gender);
                    return (
                      <td key={p} className="table__number">
                        {!f ? (
                          ''
                        ) : f.state === 'value' && f.value !== null ? (
                          format.number(f.value)
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
                      : `${m.growthPercent > 0 ? '+' : ''}${format.number(m.growthPercent)} %`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
