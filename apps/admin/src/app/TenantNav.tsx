import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { type Area, areaPath, AREAS } from './areas';

/**
 * The main menu of a kommun's workspace. The current area is marked aria-current: "page" on
 * the area's own page, "location" on the pages inside it (a plan, an activity, the programme).
 */
export function TenantNav({ code }: { code: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const segment = pathname.split('/')[3] ?? '';
  const current = (area: Area): 'page' | 'location' | undefined => {
    const path = areaPath(code, area);
    if (pathname === path || pathname === `${path}/`) return 'page';
    if (area.path === '') return undefined;
    return segment === area.path || (area.also as readonly string[]).includes(segment)
      ? 'location'
      : undefined;
  };
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="site-nav__list">
        {AREAS.map((area) => (
          <li key={area.key}>
            <Link className="site-nav__link" to={areaPath(code, area)} aria-current={current(area)}>
              {t(`nav.${area.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
