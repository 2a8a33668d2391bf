import type { CurrentUser } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { sortMemberships, useCurrentTenant } from './useCurrentTenant';

/**
 * The kommun the user works in. A select when they belong to more than one (choosing one
 * opens the same page in that kommun, as the hint says); otherwise just the name.
 */
export function TenantSwitcher({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const navigate = useNavigate();
  const location = useLocation();
  if (!tenant?.membership) return null;

  if (user.memberships.length <= 1) {
    return <p className="tenant-name">{tenant.membership.tenantName}</p>;
  }

  const onChange = (code: string) => {
    const rest = location.pathname.split('/').slice(3).join('/');
    void navigate(`/t/${encodeURIComponent(code)}${rest ? `/${rest}` : ''}`);
  };

  return (
    <div className="tenant-switcher">
      <label htmlFor="tenant-switcher">{t('tenancy.switcher.label')}</label>
      <select
        id="tenant-switcher"
        value={tenant.code}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby="tenant-switcher-hint"
      >
        {sortMemberships(user.memberships).map((m) => (
          <option key={m.tenantId} value={m.tenantCode}>
            {m.tenantName}
          </option>
        ))}
      </select>
      <span id="tenant-switcher-hint" className="visually-hidden">
        {t('tenancy.switcher.hint')}
      </span>
    </div>
  );
}
