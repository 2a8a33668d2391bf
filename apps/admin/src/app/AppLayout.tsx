import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { UserMenu } from '../auth/UserMenu';
import { useSession } from '../auth/useSession';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { TenantSwitcher } from '../tenancy/TenantSwitcher';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import { TenantNav } from './TenantNav';

/** Skip link, header, the kommun's menu and the main landmark around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const tenant = useCurrentTenant();
  const mainRef = useMainFocusOnNavigation();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          {/* The name is the visible text plus where it leads, so a voice-control user can say
              what they see (WCAG 2.5.3): no aria-label that would replace it. */}
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
            <span className="visually-hidden">{t('app.home')}</span>
          </Link>
          <div className="site-header__tools">
            {user ? <TenantSwitcher user={user} /> : null}
            <LanguageSwitch />
            {user ? <UserMenu user={user} /> : null}
          </div>
        </div>
      </header>
      {user && tenant?.membership ? <TenantNav code={tenant.code} /> : null}
      <main id="main" className="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/**
 * After client-side navigation, move focus to the new page's h1 (or main), as a page load
 * would, so screen-reader and keyboard users start at the new content.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.focus();
      return;
    }
    // A lazily loaded area shows its h1 a moment later: focus main now, the h1 when it comes
    // (unless the user has moved on meanwhile).
    main.focus();
    const observer = new MutationObserver(() => {
      const arrived = main.querySelector<HTMLElement>('h1');
      if (!arrived) return;
      observer.disconnect();
      if (document.activeElement === main) arrived.focus();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname]);
  return mainRef;
}
