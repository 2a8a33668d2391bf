import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../auth/useSession';
import { Page } from '../components/Page';
import { PublicationStartItem } from '../publication/PublicationStartItem';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import { RegionLinks } from '../regions/RegionLinks';
import { areaPath, AREAS } from './areas';
import { lazyComponent } from './lazyComponent';

/** The deadline overview and calendar feed, from their own chunk. */
const DeadlinesPanel = lazyComponent(async () => (await import('../deadlines')).default);

/** Översikt: the start page of a kommun's workspace, with what is due. */
export function StartPage() {
  const { t } = useTranslation();
  const user = useUser();
  const tenant = useCurrentTenant();
  const membership = tenant?.membership;
  if (!tenant || !membership) return null;

  return (
    <Page title={t('start.title')}>
      <p className="lead">{t('start.welcome', { name: user.displayName })}</p>
      <p>{t('start.intro', { tenant: membership.tenantName })}</p>
      <p>
        {t('start.role', { role: t(`tenancy.roles.${membership.role}`) })}{' '}
        {tenant.canEdit ? null : t('start.readOnlyRole')}
      </p>
      <DeadlinesPanel code={tenant.code} />
      <h2>{t('start.areasHeading')}</h2>
      <ul className="area-list">
        {AREAS.filter((area) => area.key !== 'overview').map((area) => (
          <li key={area.key} className="area-list__item">
            <Link to={areaPath(tenant.code, area)}>{t(`nav.${area.key}`)}</Link>
            <p>{t(`start.areaText.${area.key as Exclude<typeof area.key, 'overview'>}`)}</p>
          </li>
        ))}
        {membership.role === 'tenant_admin' ? <PublicationStartItem code={tenant.code} /> : null}
      </ul>
      <RegionLinks code={tenant.code} role={membership.role} />
    </Page>
  );
}
