import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { Page } from '../components/Page';
import { useCurrentTenant } from './useCurrentTenant';

/**
 * The pages of one kommun, for its members only: the API answers 404 to everyone else
 * (platform admins included: they onboard kommuner, they do not read their content).
 */
export function RequireTenant() {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  if (tenant?.membership) return <Outlet />;
  return (
    <Page title={t('tenancy.noAccess.title')}>
      <p>{t('tenancy.noAccess.body', { code: tenant?.code ?? '' })}</p>
      <p>
        <Link to="/">{t('tenancy.noAccess.back')}</Link>
      </p>
    </Page>
  );
}
