import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../auth/useSession';
import { Page } from '../components/Page';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import { areaPath, AREAS } from './areas';

/** Översikt: the start page of a kommun's workspace. */
export function StartPage() {
  const { t } = useTranslation();
  const user = useUser();
  const tenant = useCurrentTenant();
  if (!tenant) return null;
  const membership = tenant.membership;

  return (
    <Page title={t('start.title')}>
      <p className="lead">{t('start.welcome', { name: user.displayName })}</p>
      <p>{t('start.intro', { tenant: membership?.tenantName ?? tenant.code })}</p>
      {membership ? (
        <p>
          {t('start.role', { role: t(`tenancy.roles.${membership.role}`) })}{' '}
          {tenant.canEdit ? null : t('start.readOnlyRole')}
        </p>
      ) : null}
      <h2>{t('start.areasHeading')}</h2>
      <ul className="area-list">
        {AREAS.filter((area) => area.key !== 'overview').map((area) => (
          <li key={area.key} className="area-list__item">
            <Link to={areaPath(tenant.code, area)}>{t(`nav.${area.key}`)}</Link>
            {area.built ? (
              <p>{t('start.organisationText')}</p>
            ) : (
              <p className="tag">{t('start.comingSoon')}</p>
            )}
          </li>
        ))}
      </ul>
    </Page>
  );
}
