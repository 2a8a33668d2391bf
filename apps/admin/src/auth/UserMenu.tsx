import type { CurrentUser } from '@samla/domain';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import type { LoginState } from './LoginPage';
import { logOut } from './session';

/** The signed-in user's name; opens to show who they are, their role, and Logga ut. */
export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const navigate = useNavigate();
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  const logout = useMutation({
    mutationFn: logOut,
    // The login page forgets the cached user and data once it is showing (see LoginPage);
    // forgetting them here would make the protected page redirect on its own first.
    onSuccess: () => {
      const state: LoginState = { loggedOut: true };
      void navigate('/login', { replace: true, state });
    },
  });

  // Close on Escape (focus back to the button) and on a click or focus outside the menu.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onOutside = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('mousedown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('mousedown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('auth.userMenu.button', { name: user.displayName })}
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          {t('auth.userMenu.signedInAs')}
          <br />
          <strong>{user.displayName}</strong>
          <br />
          {user.email}
        </p>
        {tenant?.membership ? (
          <p>
            {t('auth.userMenu.role', {
              tenant: tenant.membership.tenantName,
              role: t(`tenancy.roles.${tenant.membership.role}`),
            })}
          </p>
        ) : null}
        {user.isPlatformAdmin ? <p>{t('auth.userMenu.platformAdmin')}</p> : null}
        <ErrorAlert error={logout.error} />
        <button
          type="button"
          className="button"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {logout.isPending ? t('auth.userMenu.loggingOut') : t('auth.userMenu.logout')}
        </button>
      </div>
    </div>
  );
}
