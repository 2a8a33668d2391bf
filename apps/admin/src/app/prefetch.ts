import type { CurrentUser } from '@samla/domain';
import type { QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../api/client';
import { fetchCurrentUser, SESSION_KEY } from '../auth/session';
import { fetchOrgUnits, orgUnitsKey } from '../organisation/orgUnits.api';
import { fetchPlan, planKey } from '../plans/plans.api';

declare global {
  interface Window {
    /** Answers public/early-fetch.js asked for before this bundle ran, by URL. */
    samlaEarly?: Record<string, Promise<Response> | undefined>;
  }
}

const PLAN_PAGE = /^\/t\/([^/]+)\/plans\/([^/]+)\/?$/;

/** How long a prefetched plan counts as fresh: long enough for its page to mount and use it. */
export const PREFETCHED_PLAN_FRESH_MS = 10_000;

/**
 * The JSON early-fetch.js already asked for at `url`, taken once; otherwise (not asked, not
 * a 200, no network) the ordinary way, which turns a 401 or 404 into the app's errors.
 */
function early<T>(url: string, ordinary: () => Promise<T>): Promise<T> {
  const asked = window.samlaEarly?.[url];
  if (!asked || !window.samlaEarly) return ordinary();
  window.samlaEarly[url] = undefined;
  return asked.then(
    (response) => (response.ok ? (response.json() as Promise<T>) : ordinary()),
    () => ordinary(),
  );
}

/**
 * What the first screen needs, started as the app's script runs rather than one after
 * another as components mount (session, then the plans area's chunk, then the plan, most
 * of a megabyte with 1,000 activities, then the org units): they load side by side, and
 * the answers early-fetch.js asked for before the bundle even ran are taken over
 * (docs/benchmarks.md, figure 4b). With no session the requests answer 401, which sends
 * the user to the login page as any 401 does.
 */
export function prefetchForLocation(client: QueryClient, pathname: string): void {
  void client.prefetchQuery({
    queryKey: SESSION_KEY,
    queryFn: () =>
      early<CurrentUser | null>('/api/v1/auth/me', fetchCurrentUser).then((user) => {
        if (user) setCsrfToken(user.csrfToken);
        return user;
      }),
  });
  const match = PLAN_PAGE.exec(pathname);
  if (!match?.[1] || !match[2] || match[2] === 'new') return;
  const code = decodeURIComponent(match[1]);
  const planId = decodeURIComponent(match[2]);
  const tenant = `/api/v1/tenants/${encodeURIComponent(code)}`;
  void import('../plans');
  void client.prefetchQuery({
    queryKey: planKey(code, planId),
    queryFn: () =>
      early(`${tenant}/action-plans/${encodeURIComponent(planId)}`, () => fetchPlan(code, planId)),
  });
  void client.prefetchQuery({
    queryKey: orgUnitsKey(code),
    queryFn: () => early(`${tenant}/org-units`, () => fetchOrgUnits(code)),
  });
}
