import { REGION_LABELS } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { ComparisonFrame } from './ComparisonFrame';
import { fetchAgreements } from './regions.api';
import '../i18n/regions';

/** The share of sharing kommuner with a current agreement, per kind of partner. */
export function AgreementsView() {
  const { t } = useTranslation('regions');
  const labels = REGION_LABELS[useLanguage()].agreementCategory;
  return (
    <ComparisonFrame
      kind="agreements"
      title={t('agreements.title')}
      intro={t('agreements.intro')}
      fetch={fetchAgreements}
      count={(d) => d.municipalities.length}
    >
      {(data) => (
        <>
          <table className="table">
            <caption>{t('agreements.sharesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.partner')}</th>
                <th scope="col" className="table__number">
                  {t('agreements.share')}
                </th>
                <td aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {data.shares.map((s) => (
                <tr key={s.category}>
                  <th scope="row">{labels[s.category]}</th>
                  <td className="table__number">
                    {s.percent === null ? '' : `${s.percent} %`}{' '}
                    <span className="table__note">
                      ({t('agreements.count', { withCurrent: s.withCurrent, of: s.of })})
                    </span>
                  </td>
                  <td aria-hidden="true">
                    <progress max={100} value={s.percent ?? 0} aria-hidden="true" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="table-scroll reg-section">
            <table className="table table--wide">
              <caption>{t('agreements.perKommunCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.kommun')}</th>
                  {data.categories.map((c) => (
                    <th scope="col" key={c}>
                      {labels[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.municipalities.map((m) => (
                  <tr key={m.code}>
                    <th scope="row">{m.name}</th>
                    {data.categories.map((c) => (
                      <td key={c}>
                        {m.current.includes(c) ? t('agreements.yes') : t('agreements.no')}
                      </td>
                    ))}
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
