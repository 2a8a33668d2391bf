import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n/i18n';
import type { paths } from './schema.gen';

export { ApiError, call, isApiError } from './errors';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;

/** The session's CSRF token (from login or /auth/me); null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Asks for answers in the UI language, and proves state-changing requests come from us. */
export const sessionHeaders: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage());
    if (csrfToken && STATE_CHANGING.has(request.method)) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
};

/** The typed client for the Samla API, generated from apps/api/openapi.json. */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  // Looked up per request rather than captured once, so the page's fetch is always used.
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(sessionHeaders);
