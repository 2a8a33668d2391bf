/**
 * A user's role inside one kommun. A user may hold a different role in each kommun they
 * belong to. Platform admins are not a tenant role: they onboard kommuner.
 */
export const TENANT_ROLES = ['tenant_admin', 'strategist', 'contributor', 'reader'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

/** Strategists and tenant admins edit everything in their kommun. */
export function canEditTenantContent(role: TenantRole): boolean {
  return role === 'tenant_admin' || role === 'strategist';
}

/** Only tenant admins manage members and read the audit log of their kommun. */
export function canAdministerTenant(role: TenantRole): boolean {
  return role === 'tenant_admin';
}
