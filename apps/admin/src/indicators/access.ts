import { useCurrentTenant } from '../tenancy/useCurrentTenant';

/** The kommun in the URL and whether the user may change its indicators. */
export function useIndicatorAccess() {
  const tenant = useCurrentTenant();
  return { code: tenant?.code ?? '', canEdit: tenant?.canEdit ?? false };
}

export const indicatorsPath = (code: string) => `/t/${encodeURIComponent(code)}/indicators`;
export const indicatorPath = (code: string, id: string) =>
  `${indicatorsPath(code)}/${encodeURIComponent(id)}`;
