import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useLanguage } from '../i18n/useLanguage';
import { fetchTenants, TENANTS_KEY } from './tenants.api';

/** The start page of a platform admin who is not a member of any kommun. */
export function PlatformHome() {
  const { t } = useTranslation();
  const language = useLanguage();
  const tenants = useQuery({ queryKey: TENANTS_KEY, queryFn: fetchTenants });
  const date = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
  });

  return (
    <Page title={t('tenancy.platform.title')}>
      <p className="lead">{t('tenancy.platform.intro')}</p>
      {tenants.isPending ? <Loading /> : null}
      <ErrorAlert error={tenants.error} />
      {tenants.data?.length === 0 ? <p>{t('tenancy.platform.empty')}</p> : null}
      {tenants.data && tenants.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('tenancy.platform.name')}</th>
              <th scope="col">{t('tenancy.platform.code')}</th>
              <th scope="col">{t('tenancy.platform.region')}</th>
              <th scope="col">{t('tenancy.platform.since')}</th>
            </tr>
          </thead>
          <tbody>
            {tenants.data.map((tenant) => (
              <tr key={tenant.id}>
                <th scope="row">{tenant.name}</th>
                <td>{tenant.code}</td>
                <td>{tenant.regionName}</td>
                <td>{date.format(new Date(tenant.createdAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="alert alert--info">{t('tenancy.platform.onboardingSoon')}</p>
    </Page>
  );
}
