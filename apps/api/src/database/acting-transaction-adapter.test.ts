import { describe, expect, it } from '@jest/globals';
import { beginActingAs } from './acting-transaction-adapter.js';

const TENANT = '867a3aed-7f7c-4343-8a6b-693394bc7f34';
const USER = '0b6c2a1e-4d7f-4e2a-9c1b-5f3e8d7a6b21';

describe('beginActingAs', () => {
  it('opens the transaction and declares tenant and user, transaction-local, in one query', () => {
    expect(beginActingAs({ tenantId: TENANT, userId: USER })).toBe(
      `START TRANSACTION; SELECT set_config('app.tenant_id', '${TENANT}', true), ` +
        `set_config('app.user_id', '${USER}', true)`,
    );
  });

  it('declares nobody as empty settings, which row-level security lets no tenant row through', () => {
    expect(beginActingAs({ tenantId: '', userId: '' })).toContain(
      `set_config('app.tenant_id', '', true), set_config('app.user_id', '', true)`,
    );
  });

  it('refuses anything but a uuid, so nothing else is ever written into the SQL', () => {
    for (const bad of ["x'); DROP TABLE activities; --", `${TENANT}'`, 'not-a-uuid', ' ']) {
      expect(() => beginActingAs({ tenantId: bad, userId: USER })).toThrow(/uuid/);
      expect(() => beginActingAs({ tenantId: TENANT, userId: bad })).toThrow(/uuid/);
    }
  });
});
