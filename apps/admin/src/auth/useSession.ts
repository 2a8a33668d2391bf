import type { CurrentUser } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { fetchCurrentUser, SESSION_KEY } from './session';

/** The session, restored from the cookie through /auth/me on every page load. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchCurrentUser,
    staleTime: Infinity,
  });
}

/**
 * The signed-in user as <RequireAuth> saw it. Pages read it from here rather than from the
 * cache, so that at logout they never render with the user already gone.
 */
export const SignedInUser = createContext<CurrentUser | null>(null);

/** The signed-in user; only for components below <RequireAuth>. */
export function useUser(): CurrentUser {
  const user = useContext(SignedInUser);
  if (!user) throw new Error('useUser() used outside <RequireAuth>.');
  return user;
}
