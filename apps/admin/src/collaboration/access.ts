import { useCurrentTenant } from '../tenancy/useCurrentTenant';

/** The kommun in the URL and whether the user may change its samverkan (not readers). */
export function useCollaborationAccess() {
  const tenant = useCurrentTenant();
  return { code: tenant?.code ?? '', canEdit: tenant?.canEdit ?? false };
}

export const collaborationPath = (code: string) => `/t/${encodeURIComponent(code)}/collaboration`;
export const forumPath = (code: string, id: string) =>
  `${collaborationPath(code)}/forums/${encodeURIComponent(id)}`;
export const partnersPath = (code: string) => `${collaborationPath(code)}/partners`;
export const partnerPath = (code: string, id: string) =>
  `${partnersPath(code)}/${encodeURIComponent(id)}`;
export const agreementsPath = (code: string) => `${collaborationPath(code)}/agreements`;
