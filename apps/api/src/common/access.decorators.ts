import { SetMetadata } from '@nestjs/common';
import type { TenantRole } from '@samla/domain';

/**
 * Every route declares who may call it; a route without a declaration is refused
 * (fail closed), and a test lists the routes to prove none is missing.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'platform_admin' }
  | { kind: 'tenant'; roles: readonly TenantRole[] }
  | { kind: 'region' };

export const ACCESS_RULE = 'samla:access';

/** No login needed (login itself, health, public pages). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any logged-in user, acting for themselves. */
export const Authenticated = () =>
  SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);

/** Platform admins only (onboarding kommuner). */
export const PlatformAdmin = () =>
  SetMetadata(ACCESS_RULE, { kind: 'platform_admin' } satisfies AccessRule);

/**
 * Members of the kommun named by the `:code` path parameter, with one of these roles.
 * Non-members get 404, exactly as for a kommun that does not exist.
 */
export const TenantAccess = (...roles: TenantRole[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'tenant', roles } satisfies AccessRule);

export const ANY_TENANT_ROLE: TenantRole[] = [
  'tenant_admin',
  'strategist',
  'contributor',
  'reader',
];
export const EDITOR_ROLES: TenantRole[] = ['tenant_admin', 'strategist'];

/**
 * Regional coordinators of the län named by the `:lanskod` path parameter. Anyone else
 * gets 404, as for a län that does not exist. The request then reads, through row-level
 * security, only what the kommuner of that län share.
 */
export const RegionAccess = () => SetMetadata(ACCESS_RULE, { kind: 'region' } satisfies AccessRule);
