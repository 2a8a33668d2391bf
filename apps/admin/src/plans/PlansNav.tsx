import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import '../i18n/plans';

/** The plan area's own links: plans, the programme, the toolkit. */
export function PlansNav({ code }: { code: string }) {
  const { t } = useTranslation('plans');
  const base = `/t/${encodeURIComponent(code)}`;
  return (
    <nav className="sub-nav" aria-label={t('plans.subNav.label')}>
      <ul className="sub-nav__list">
        <li>
          <NavLink className="sub-nav__link" to={`${base}/plans`} end>
            {t('plans.subNav.plans')}
          </NavLink>
        </li>
        <li>
          <NavLink className="sub-nav__link" to={`${base}/programme`}>
            {t('plans.subNav.programme')}
          </NavLink>
        </li>
        <li>
          <NavLink className="sub-nav__link" to={`${base}/toolkit`}>
            {t('plans.subNav.toolkit')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
