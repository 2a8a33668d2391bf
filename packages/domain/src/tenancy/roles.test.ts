import { describe, expect, it } from '@jest/globals';
import { TENANT_ROLES, canAdministerTenant, canEditTenantContent } from './roles.js';

describe('tenant roles', () => {
  it('lets strategists and tenant admins edit, not contributors or readers', () => {
    const editors = TENANT_ROLES.filter(canEditTenantContent);
    expect(editors).toEqual(['tenant_admin', 'strategist']);
  });

  it('keeps administration to tenant admins', () => {
    expect(TENANT_ROLES.filter(canAdministerTenant)).toEqual(['tenant_admin']);
  });
});
