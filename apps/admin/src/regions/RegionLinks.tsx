import type { TenantRole } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../auth/useSession';

/**
 * On a kommun's start page: the tenant admin's way to what is shared with the län, and, for
 * a user who is also a regional coordinator, the way to their län's comparison.
 */
export function RegionLinks({ code, role }: { code: string; role: TenantRole }) {
  const { t } = useTranslation();
  const user = useUser();
  if (role !== 'tenant_admin' && user.coordinatedRegions.length === 0) return null;
  return (
    <ul className="area-list">
      {role === 'tenant_admin' ? (
        <li className="area-list__item">
          <Link to={`/t/${encodeURIComponent(code)}/region-sharing`}>
            {t('start.regionSharingLink')}
          </Link>
        </li>
      ) : null}
      {user.coordinatedRegions.map((r) => (
        <li key={r.code} className="area-list__item">
          <Link to={`/r/${encodeURIComponent(r.code)}`}>
            {t('start.regionComparisonLink', { region: r.name })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
