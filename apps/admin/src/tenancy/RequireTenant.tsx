import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useUser } from '../auth/useSession';
import { Page } from '../components/Page';
import { useCurrentTenant } from './useCurrentTenant';

/** The pages of one kommun, for its members (and platform admins, whom the API checks). */
export function RequireTenant() {
  const { t } = useTranslation();
  const user = useUser();
  const tenant = useCurrentTenant();
  if (tenant && (tenant.membership || user.isPlatformAdmin)) return <Outlet />;
  return (
    <Page title={t('tenancy.noAccess.title')}>
      <p>{t('tenancy.noAccess.body', { code: tenant?.code ?? '' })}</p>
      <p>
        <Link to="/">{t('tenancy.noAccess.back')}</Link>
      </p>
    </Page>
  );
}
