import type { Language, TenantRole } from '@samla/domain';
import type { ClsStore } from 'nestjs-cls';

/** Who is calling, resolved from a session cookie or an API token. */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  memberships: Array<{
    tenantId: string;
    tenantCode: string;
    tenantName: string;
    role: TenantRole;
  }>;
  /** The län this user coordinates as a regional coordinator (code and name). */
  coordinatedRegions: Array<{ code: string; name: string }>;
  /** How the caller proved who they are; API tokens need no CSRF header. */
  via: 'session' | 'api_token';
  sessionId?: string;
  csrfToken?: string;
}

/** The kommun a tenant-scoped request acts in, after access was checked. */
export interface TenantScope {
  id: string;
  code: string;
  role: TenantRole;
}

/**
 * Request-scoped state in async-local storage (nestjs-cls). Set from the verified
 * session, never from raw headers; services read it instead of passing it around.
 */
export interface RequestContext extends ClsStore {
  language: Language;
  principal?: Principal;
  tenant?: TenantScope;
  /** The län a region request acts in (never together with a tenant). */
  region?: { code: string };
}
