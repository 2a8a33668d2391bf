import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useUser } from '../auth/useSession';
import { Page } from '../components/Page';
import { PlatformHome } from './PlatformHome';
import { sortMemberships } from './useCurrentTenant';

/** "/" opens the user's (first) kommun; a platform admin without one sees the kommuner. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const user = useUser();
  const first = sortMemberships(user.memberships)[0];
  if (first) return <Navigate to={`/t/${encodeURIComponent(first.tenantCode)}`} replace />;
  // A regional coordinator without a kommun lands on their län's comparison.
  const region = user.coordinatedRegions[0];
  if (region) return <Navigate to={`/r/${encodeURIComponent(region.code)}`} replace />;
  if (user.isPlatformAdmin) return <PlatformHome />;
  return (
    <Page title={t('tenancy.noTenants.title')}>
      <p>{t('tenancy.noTenants.body')}</p>
    </Page>
  );
}
