import type { Method, OrgUnit } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchOrgUnits, orgUnitsKey } from '../organisation/orgUnits.api';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import { fetchMethods, METHODS_KEY } from '../toolkit/toolkit.api';

/** What the plan screens need to know about who the user is in the kommun. */
export function usePlanAccess() {
  const tenant = useCurrentTenant();
  const role = tenant?.membership?.role;
  return {
    code: tenant?.code ?? '',
    /** Strategists and tenant admins change plans, goals and activities. */
    canEdit: tenant?.canEdit ?? false,
    /** Contributors may also record follow-up (the API checks it is their unit's activity). */
    canFollowUp: (tenant?.canEdit ?? false) || role === 'contributor',
  };
}

/** The kommun's org units, and each one's name by id. */
export function useOrgUnits(code: string) {
  const query = useQuery({
    queryKey: orgUnitsKey(code),
    queryFn: () => fetchOrgUnits(code),
    enabled: code !== '',
    staleTime: 60_000,
  });
  const byId = useMemo(
    () => new Map((query.data ?? []).map((u) => [u.id, u] as const)),
    [query.data],
  );
  return {
    query,
    units: query.data ?? ([] as OrgUnit[]),
    unitName: (id: string | null | undefined): string | null =>
      id ? (byId.get(id)?.name ?? null) : null,
  };
}

/** The toolkit's method catalogue, and each method's name by id. */
export function useMethods() {
  const query = useQuery({ queryKey: METHODS_KEY, queryFn: fetchMethods, staleTime: 300_000 });
  const byId = useMemo(
    () => new Map((query.data ?? []).map((m) => [m.id, m] as const)),
    [query.data],
  );
  return {
    query,
    methods: query.data ?? ([] as Method[]),
    methodName: (id: string | null | undefined): string | null =>
      id ? (byId.get(id)?.name ?? null) : null,
  };
}
