import type { Indicator } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { indicatorPath, indicatorsPath, useIndicatorAccess } from './access';
import { CreateIndicatorForm } from './CreateIndicatorForm';
import { FollowIndicatorForm } from './FollowIndicatorForm';
import { useIndicatorFormat, useIndicatorLabels, useIndicatorName } from './format';
import { fetchIndicators, indicatorsKey } from './indicators.api';
import { IndicatorStyles } from './IndicatorStyles';
import { StatusBadge } from './StatusBadge';
import { TrendText } from './TrendText';
import '../i18n/indicators';

/** Indikatorer: the kommun's own indicators and the ones it follows, with where they stand. */
export function IndicatorsPage() {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const { code, canEdit } = useIndicatorAccess();
  const [status, setStatus] = useState('');
  const indicators = useQuery({
    queryKey: indicatorsKey(code),
    queryFn: () => fetchIndicators(code),
    enabled: code !== '',
  });
  const headingId = useId();

  return (
    <Page title={t('list.title')}>
      <IndicatorStyles />
      <p className="lead">{t('list.intro')}</p>
      {canEdit ? (
        <p>
          <Link className="button" to={`${indicatorsPath(code)}/kolada`}>
            {t('list.koladaImport')}
          </Link>
        </p>
      ) : (
        <p className="alert alert--info">{t('list.readOnly')}</p>
      )}
      <p className="status-message" role="status">
        {status}
      </p>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('list.heading')}</h2>
        {indicators.isPending ? <Loading /> : null}
        {indicators.isError ? (
          <>
            <ErrorAlert error={indicators.error} />
            <button type="button" className="button" onClick={() => void indicators.refetch()}>
              {tc('errors.retry')}
            </button>
          </>
        ) : null}
        {indicators.data?.length === 0 ? <p>{t('list.empty')}</p> : null}
        {indicators.data && indicators.data.length > 0 ? (
          <IndicatorTable code={code} indicators={indicators.data} />
        ) : null}
      </section>
      {canEdit && indicators.data ? (
        <div className="ind-forms">
          <FollowIndicatorForm code={code} followed={indicators.data} announce={setStatus} />
          <CreateIndicatorForm code={code} />
        </div>
      ) : null}
    </Page>
  );
}

function IndicatorTable({ code, indicators }: { code: string; indicators: Indicator[] }) {
  const { t } = useTranslation('indicators');
  const labels = useIndicatorLabels();
  const format = useIndicatorFormat();
  const name = useIndicatorName();
  return (
    <div className="table-scroll">
      <table className="table table--wide ind-list">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columns.name')}</th>
            <th scope="col" className="table__number">
              {t('list.columns.latest')}
            </th>
            <th scope="col">{t('list.columns.trend')}</th>
            <th scope="col">{t('list.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">
                <Link to={indicatorPath(code, indicator.id)}>{name(indicator)}</Link>
                <span className="table__note">
                  {labels.kind[indicator.kind]}
                  {indicator.koladaId ? ` ${indicator.koladaId}` : ''}
                  {indicator.agenda2030IndicatorId
                    ? ` ${indicator.agenda2030IndicatorId}`
                    : ''} · {labels.periodType[indicator.periodType]} ·{' '}
                  {labels.unit[indicator.unit]}
                </span>
              </th>
              <td className="table__number">
                {indicator.trend.latest ? (
                  <>
                    <span className="ind-list__value">
                      {format.value(indicator.trend.latest.value, indicator.unit)}
                    </span>
                    <span className="table__note">
                      {format.period(indicator.trend.latest.period)}
                    </span>
                  </>
                ) : (
                  <span className="muted">{t('list.noValue')}</span>
                )}
              </td>
              <td>
                <TrendText trend={indicator.trend} />
              </td>
              <td>
                <StatusBadge status={indicator.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
