import type { ComparisonKind } from '@samla/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useLanguage } from '../i18n/useLanguage';
import { comparisonKey, exportUrl } from './regions.api';
import '../i18n/regions';

interface Props<T> {
  kind: ComparisonKind;
  title: string;
  intro?: string;
  fetch: (lanskod: string) => Promise<T>;
  /** What else the answer depends on (a view's choices), for the query's cache key. */
  choices?: readonly string[];
  /** Shown under an error, e.g. a way back from a choice that no longer exists. */
  errorAction?: ReactNode;
  /** The kommuner in the answer: none → "no kommun shares this". */
  count: (data: T) => number;
  children: (data: T) => ReactNode;
}

/** A comparison page: title, the XLSX download, loading and errors, then the view itself. */
export function ComparisonFrame<T extends { generatedAt: string }>({
  kind,
  title,
  intro,
  fetch,
  choices = [],
  errorAction,
  count,
  children,
}: Props<T>) {
  const { t } = useTranslation('regions');
  const language = useLanguage();
  const { lanskod = '' } = useParams();
  const query = useQuery({
    queryKey: [...comparisonKey(lanskod, kind), ...choices],
    queryFn: () => fetch(lanskod),
    // A new choice keeps the table on screen until its answer comes.
    placeholderData: keepPreviousData,
  });
  return (
    <Page title={title}>
      {intro ? <p className="lead">{intro}</p> : null}
      <p className="reg-download">
        <a className="button" href={exportUrl(lanskod, kind)} download>
          {t('common.download')}
        </a>
      </p>
      <p>{t('common.onlySharing')}</p>
      {query.isPending ? <Loading /> : null}
      <ErrorAlert error={query.error} />
      {query.error && errorAction ? errorAction : null}
      {query.data ? (
        <>
          {count(query.data) === 0 ? <p>{t('common.noneSharing')}</p> : children(query.data)}
          <p className="muted">
            {t('common.generated', {
              time: new Date(query.data.generatedAt).toLocaleString(
                language === 'sv' ? 'sv-SE' : 'en-GB',
              ),
            })}
          </p>
        </>
      ) : null}
    </Page>
  );
}
