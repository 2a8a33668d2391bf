import type { IndicatorDetail, LinkedPlanItem } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { indicatorsPath, useIndicatorAccess } from './access';
import { ChartSection } from './ChartSection';
import { useIndicatorFormat, useIndicatorLabels, useIndicatorName } from './format';
import { fetchIndicator, fetchMeasurements, indicatorKey, measurementsKey } from './indicators.api';
import { IndicatorStyles } from './IndicatorStyles';
import { MeasurementGrid } from './MeasurementGrid';
import { StatusExplanation } from './StatusExplanation';
import { TargetForm } from './TargetForm';
import { TrendText } from './TrendText';
import '../i18n/indicators';

/** One indicator: its figures as a chart and a table, its status explained, baseline and target, data entry. */
export function IndicatorPage() {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const { code } = useIndicatorAccess();
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: indicatorKey(code, id),
    queryFn: () => fetchIndicator(code, id),
    enabled: code !== '' && id !== '',
  });
  const measurements = useQuery({
    queryKey: measurementsKey(code, id),
    queryFn: () => fetchMeasurements(code, id),
    enabled: code !== '' && id !== '',
  });
  const error = detail.error ?? measurements.error;

  if (detail.data && measurements.data)
    return <IndicatorView code={code} indicator={detail.data} measurements={measurements.data} />;
  return (
    <Page title={t('page.loadingTitle')}>
      <IndicatorStyles />
      <p className="breadcrumb">
        <Link to={indicatorsPath(code)}>{t('page.back')}</Link>
      </p>
      {error ? (
        <>
          <ErrorAlert error={error} />
          <button
            type="button"
            className="button"
            onClick={() => void Promise.all([detail.refetch(), measurements.refetch()])}
          >
            {tc('errors.retry')}
          </button>
        </>
      ) : (
        <Loading />
      )}
    </Page>
  );
}

interface ViewProps {
  code: string;
  indicator: IndicatorDetail;
  measurements: NonNullable<Awaited<ReturnType<typeof fetchMeasurements>>>;
}

function IndicatorView({ code, indicator, measurements }: ViewProps) {
  const { t } = useTranslation('indicators');
  const { canEdit } = useIndicatorAccess();
  const labels = useIndicatorLabels();
  const format = useIndicatorFormat();
  const name = useIndicatorName();
  const [status, setStatus] = useState('');
  const latest = indicator.trend.latest;

  return (
    <Page title={name(indicator)}>
      <IndicatorStyles />
      <p className="breadcrumb">
        <Link to={indicatorsPath(code)}>{t('page.back')}</Link>
      </p>
      {indicator.description ? <p className="lead">{indicator.description}</p> : null}
      <dl className="facts facts--wide ind-facts">
        <dt>{t('page.kind')}</dt>
        <dd>
          {labels.kind[indicator.kind]}
          {indicator.koladaId ? ` (${indicator.koladaId})` : ''}
          {indicator.agenda2030IndicatorId ? ` (${indicator.agenda2030IndicatorId})` : ''}
        </dd>
        <dt>{t('page.unit')}</dt>
        <dd>{labels.unit[indicator.unit]}</dd>
        <dt>{t('page.periodType')}</dt>
        <dd>
          {labels.periodType[indicator.periodType]}
          {indicator.genderSplit ? `, ${t('page.genderSplit')}` : ''}
        </dd>
        <dt>{t('page.direction')}</dt>
        <dd>{indicator.higherIsBetter ? t('status.higherIsBetter') : t('status.lowerIsBetter')}</dd>
        {indicator.source ? (
          <>
            <dt>{t('page.source')}</dt>
            <dd>{indicator.source}</dd>
          </>
        ) : null}
        {indicator.agenda2030TargetId ? (
          <>
            <dt>{t('page.agendaTarget')}</dt>
            <dd>{t('links.target', { id: indicator.agenda2030TargetId })}</dd>
          </>
        ) : null}
        <dt>{t('page.latest')}</dt>
        <dd>
          {latest
            ? t('status.valueIn', {
                value: format.value(latest.value, indicator.unit),
                period: format.period(latest.period),
              })
            : t('list.noValue')}{' '}
          · <TrendText trend={indicator.trend} />
        </dd>
      </dl>
      <p className="status-message" role="status">
        {status}
      </p>
      <ChartSection indicator={indicator} measurements={measurements} />
      <div className="columns ind-columns">
        <div className="columns__main">
          <StatusExplanation progress={indicator.progress} unit={indicator.unit} />
        </div>
        <div className="columns__side columns__side--plain">
          {canEdit ? (
            <TargetForm key={indicator.id} code={code} indicator={indicator} announce={setStatus} />
          ) : null}
        </div>
      </div>
      {canEdit ? (
        <MeasurementGrid
          key={indicator.id}
          code={code}
          indicator={indicator}
          measurements={measurements}
          announce={setStatus}
        />
      ) : null}
      <LinkedItems code={code} indicator={indicator} />
    </Page>
  );
}

/** The plan goals and activities that name this indicator. */
function LinkedItems({ code, indicator }: { code: string; indicator: IndicatorDetail }) {
  const { t } = useTranslation('indicators');
  const headingId = useId();
  const base = `/t/${encodeURIComponent(code)}`;
  const item = (to: string, linked: LinkedPlanItem) => (
    <li key={linked.id}>
      <Link to={to}>{linked.title}</Link> <span className="muted">({linked.planTitle})</span>
    </li>
  );
  const none = indicator.linkedGoals.length === 0 && indicator.linkedActivities.length === 0;
  return (
    <section aria-labelledby={headingId} className="ind-section">
      <h2 id={headingId}>{t('links.heading')}</h2>
      {none ? <p>{t('links.none')}</p> : null}
      {indicator.linkedGoals.length > 0 ? (
        <>
          <h3>{t('links.goals')}</h3>
          <ul className="plain-list">
            {indicator.linkedGoals.map((goal) =>
              item(`${base}/plans/${encodeURIComponent(goal.planId)}`, goal),
            )}
          </ul>
        </>
      ) : null}
      {indicator.linkedActivities.length > 0 ? (
        <>
          <h3>{t('links.activities')}</h3>
          <ul className="plain-list">
            {indicator.linkedActivities.map((activity) =>
              item(`${base}/activities/${encodeURIComponent(activity.id)}`, activity),
            )}
          </ul>
        </>
      ) : null}
    </section>
  );
}
