import { useCurrentTenant } from '../tenancy/useCurrentTenant';

/** The kommun in the URL and whether the user may record cases and decisions (not readers). */
export function useGovernanceAccess() {
  const tenant = useCurrentTenant();
  return { code: tenant?.code ?? '', canEdit: tenant?.canEdit ?? false };
}

export const casesPath = (code: string) => `/t/${encodeURIComponent(code)}/decisions`;
export const newCasePath = (code: string) => `${casesPath(code)}/new`;
export const casePath = (code: string, id: string) =>
  `${casesPath(code)}/${encodeURIComponent(id)}`;
