import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useUser } from '../auth/useSession';
import { Page } from '../components/Page';
import { sortMemberships } from './useCurrentTenant';

/** "/" opens the user's (first) kommun. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const user = useUser();
  const first = sortMemberships(user.memberships)[0];
  if (first) return <Navigate to={`/t/${encodeURIComponent(first.tenantCode)}`} replace />;
  return (
    <Page title={t('tenancy.noTenants.title')}>
      <p>{t('tenancy.noTenants.body')}</p>
    </Page>
  );
}
