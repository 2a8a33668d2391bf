import { describe, expect, it } from '@jest/globals';
import { beginActingAs } from './acting-transaction-adapter.js';

const TENANT = '867a3aed-7f7c-4343-8a6b-693394bc7f34';
const USER = '0b6c2a1e-4d7f-4e2a-9c1b-5f3e8d7a6b21';

describe('beginActingAs', () => {
  it('opens the transaction and declares tenant, user and län, transaction-local, in one query', () => {
    expect(beginActingAs({ tenantId: TENANT, userId: USER })).toBe(
      `START TRANSACTION; SELECT set_config('app.tenant_id', '${TENANT}', true), ` +
        `set_config('app.user_id', '${USER}', true), set_config('app.region_code', '', true)`,
    );
    expect(beginActingAs({ tenantId: '', userId: USER, regionCode: '20' })).toContain(
      `set_config('app.tenant_id', '', true), set_config('app.user_id', '${USER}', true), ` +
        `set_config('app.region_code', '20', true)`,
    );
  });

  it('declares nobody as empty settings, which row-level security lets no tenant row through', () => {
    expect(beginActingAs({ tenantId: '', userId: '' })).toContain(
      `set_config('app.tenant_id', '', true), set_config('app.user_id', '', true)`,
    );
  });

  it('refuses anything but a uuid or a länskod, so nothing else is ever written into the SQL', () => {
    for (const bad of ["x'); DROP TABLE activities; --", `${TENANT}'`, 'not-a-uuid', ' ']) {
      expect(() => beginActingAs({ tenantId: bad, userId: USER })).toThrow(/app.tenant_id/);
      expect(() => beginActingAs({ tenantId: TENANT, userId: bad })).toThrow(/app.user_id/);
    }
    for (const bad of ["20'", '2', '200', "'; --"])
      expect(() => beginActingAs({ tenantId: '', userId: USER, regionCode: bad })).toThrow(
        /app.region_code/,
      );
  });
});
