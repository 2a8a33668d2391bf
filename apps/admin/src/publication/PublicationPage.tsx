import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useFormat } from '../plans/format';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import { fetchPublication, publicationKey } from './publication.api';
import { PublicationForm } from './PublicationForm';
import '../i18n/publication';

/**
 * Publicering: the tenant admin decides whether the kommun's public page (/k/{kod}) is shown
 * and which adopted or in-force plans it holds; the page itself opens in a new tab.
 */
export function PublicationPage() {
  const { t } = useTranslation('publication');
  const format = useFormat();
  const tenant = useCurrentTenant();
  const code = tenant?.code ?? '';
  const isAdmin = tenant?.membership?.role === 'tenant_admin';
  const publication = useQuery({
    queryKey: publicationKey(code),
    queryFn: () => fetchPublication(code),
    enabled: code !== '' && isAdmin,
  });
  const [status, setStatus] = useState('');
  const data = publication.data;

  return (
    <Page title={t('title')}>
      <p className="lead">{t('intro')}</p>
      <p>{t('private')}</p>
      {isAdmin ? null : <p className="alert alert--info">{t('adminOnly')}</p>}
      <p className="status-message" role="status">
        {status}
      </p>
      {isAdmin && publication.isPending ? <Loading /> : null}
      <ErrorAlert error={publication.error} />
      {data ? (
        <>
          <section aria-labelledby="publication-state">
            <h2 id="publication-state">{t('state.heading')}</h2>
            <p>{data.published ? t('state.published') : t('state.unpublished')}</p>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t('state.address')}</dt>
                <dd>
                  <code>{`${window.location.origin}${data.path}`}</code>
                </dd>
              </div>
            </dl>
            <ul className="plain-list">
              {data.published ? (
                <li>
                  <a href={data.path} target="_blank" rel="noopener">
                    {t('state.open')}
                  </a>
                </li>
              ) : null}
              {data.planIds.length > 0 ? (
                <li>
                  <a
                    href={`/api/v1/tenants/${encodeURIComponent(code)}/publication/preview`}
                    target="_blank"
                    rel="noopener"
                  >
                    {t('state.preview')}
                  </a>
                </li>
              ) : null}
            </ul>
            <p className="muted">
              {data.updatedAt
                ? t('state.updatedAt', { when: format.dateTime(data.updatedAt) })
                : t('state.never')}
            </p>
          </section>
          <PublicationForm key={data.version} code={code} publication={data} announce={setStatus} />
        </>
      ) : null}
    </Page>
  );
}
