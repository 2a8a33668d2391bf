import type { CurrentUser } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { fetchCurrentUser, SESSION_KEY } from './session';

/** The session, restored from the cookie through /auth/me on every page load. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchCurrentUser,
    staleTime: Infinity,
  });
}

/** The signed-in user; only for components below <RequireAuth>. */
export function useUser(): CurrentUser {
  const { data } = useSession();
  if (!data) throw new Error('useUser() used outside <RequireAuth>.');
  return data;
}
