import type { ForumMember, Partner } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useOrgUnits } from '../plans/references';
import { fetchPartners, partnersKey } from './collaboration.api';

/** The kommun's partners, and the name of a forum member (a partner or one of the kommun's units). */
export function usePartners(code: string) {
  const query = useQuery({
    queryKey: partnersKey(code),
    queryFn: () => fetchPartners(code),
    enabled: code !== '',
    staleTime: 60_000,
  });
  const { units, unitName } = useOrgUnits(code);
  const byId = useMemo(
    () => new Map((query.data ?? []).map((p) => [p.id, p] as const)),
    [query.data],
  );
  return {
    query,
    partners: query.data ?? ([] as Partner[]),
    units,
    unitName,
    partnerName: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? null) : null),
    memberName: (member: Pick<ForumMember, 'partnerId' | 'orgUnitId'>): string =>
      (member.partnerId ? byId.get(member.partnerId)?.name : unitName(member.orgUnitId)) ?? '…',
  };
}
