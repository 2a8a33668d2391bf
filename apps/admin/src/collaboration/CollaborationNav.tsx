import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { agreementsPath, collaborationPath, partnersPath } from './access';
import '../i18n/collaboration';

/** The Samverkan area's own links: forums, partners, agreements. */
export function CollaborationNav({ code }: { code: string }) {
  const { t } = useTranslation('collaboration');
  return (
    <nav className="sub-nav" aria-label={t('nav.label')}>
      <ul className="sub-nav__list">
        <li>
          <NavLink className="sub-nav__link" to={collaborationPath(code)} end>
            {t('nav.forums')}
          </NavLink>
        </li>
        <li>
          <NavLink className="sub-nav__link" to={partnersPath(code)}>
            {t('nav.partners')}
          </NavLink>
        </li>
        <li>
          <NavLink className="sub-nav__link" to={agreementsPath(code)}>
            {t('nav.agreements')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
