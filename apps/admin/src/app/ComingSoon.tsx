import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '../components/Page';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import type { AreaKey } from './areas';

/** The page of an area that is not built yet. */
export function ComingSoon({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  return (
    <Page title={t(`nav.${area}`)}>
      <p>{t('comingSoon.body')}</p>
      {tenant ? (
        <p>
          <Link to={`/t/${encodeURIComponent(tenant.code)}`}>{t('comingSoon.back')}</Link>
        </p>
      ) : null}
    </Page>
  );
}
