import { canEditTenantContent, type Membership } from '@samla/domain';
import { useMatch } from 'react-router-dom';
import { useSession } from '../auth/useSession';

export interface CurrentTenant {
  /** The kommunkod in the URL (/t/:code/…). */
  code: string;
  /** The user's membership in it; undefined when they are not a member. */
  membership: Membership | undefined;
  /** Whether the user may change content here (strategists and tenant admins). */
  canEdit: boolean;
}

/** The kommun chosen in the URL, as seen by the signed-in user; null outside /t/:code. */
export function useCurrentTenant(): CurrentTenant | null {
  const match = useMatch('/t/:code/*');
  const { data: user } = useSession();
  const code = match?.params.code;
  if (!code || !user) return null;
  const membership = user.memberships.find((m) => m.tenantCode === code);
  return { code, membership, canEdit: membership ? canEditTenantContent(membership.role) : false };
}

/** Swedish collation for lists of kommuner. */
export function sortMemberships(memberships: readonly Membership[]): Membership[] {
  const collator = new Intl.Collator('sv');
  return [...memberships].sort((a, b) => collator.compare(a.tenantName, b.tenantName));
}
