import type { CreateOrgUnitInput, OrgUnit, UpdateOrgUnitInput } from '@samla/domain';
import { api, call } from '../api/client';

/** The react-query key of a kommun's org units. */
export const orgUnitsKey = (code: string) => ['tenants', code, 'org-units'] as const;

export const fetchOrgUnits = (code: string): Promise<OrgUnit[]> =>
  call(api.GET('/api/v1/tenants/{code}/org-units', { params: { path: { code } } }));

export const createOrgUnit = (code: string, body: CreateOrgUnitInput): Promise<OrgUnit> =>
  call(
    api.POST('/api/v1/tenants/{code}/org-units', {
      params: { path: { code } },
      body,
    }),
  );

/** `body.version` is the version the edit was based on; a newer one answers 409 stale_version. */
export const updateOrgUnit = (
  code: string,
  id: string,
  body: UpdateOrgUnitInput,
): Promise<OrgUnit> =>
  call(
    api.PATCH('/api/v1/tenants/{code}/org-units/{id}', {
      params: { path: { code, id } },
      body,
    }),
  );

/** 409 org_unit_has_children when the unit still has sub-units. */
export const deleteOrgUnit = (code: string, id: string): Promise<void> =>
  call(
    api.DELETE('/api/v1/tenants/{code}/org-units/{id}', {
      params: { path: { code, id } },
    }),
  );
