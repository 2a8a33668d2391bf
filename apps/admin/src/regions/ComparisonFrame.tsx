import type { ComparisonKind } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
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
  count,
  children,
}: Props<T>) {
  const { t } = useTranslation('regions');
  const language = useLanguage();
  const { lanskod = '' } = useParams();
  const query = useQuery({ queryKey: comparisonKey(lanskod, kind), queryFn: () => fetch(lanskod) });
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
