import type { ClsService } from 'nestjs-cls';
import type { RequestContext, TenantScope } from '../common/request-context.js';

/** The kommun the request acts in; services of tenant routes cannot run without one. */
export function requireTenant(cls: ClsService<RequestContext>): TenantScope {
  const tenant = cls.get('tenant');
  if (!tenant) throw new Error('Reachable only through a tenant-scoped route.');
  return tenant;
}
