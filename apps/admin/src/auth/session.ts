import type { CurrentUser, LoginInput } from '@samla/domain';
import { api, ApiError, call, setCsrfToken } from '../api/client';

/** The react-query key of the signed-in user (null when signed out). */
export const SESSION_KEY = ['session'] as const;

/** The user of the session cookie, or null when there is no valid session. */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    const user = await call(api.GET('/api/v1/auth/me'));
    setCsrfToken(user.csrfToken);
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function logIn(input: LoginInput): Promise<CurrentUser> {
  const user = await call(api.POST('/api/v1/auth/login', { body: input }));
  setCsrfToken(user.csrfToken);
  return user;
}

export async function logOut(): Promise<void> {
  try {
    await call(api.POST('/api/v1/auth/logout'));
  } finally {
    setCsrfToken(null);
  }
}
