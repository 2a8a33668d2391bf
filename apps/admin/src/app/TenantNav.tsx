import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { areaPath, AREAS } from './areas';

/** The main menu of a kommun's workspace; the current page is marked aria-current. */
export function TenantNav({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="site-nav__list">
        {AREAS.map((area) => (
          <li key={area.key}>
            <NavLink className="site-nav__link" to={areaPath(code, area)} end={area.path === ''}>
              {t(`nav.${area.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
