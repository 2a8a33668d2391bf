import { TransactionHost } from '@nestjs-cls/transactional';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { DataSource } from 'typeorm';
import { UsersService } from '../auth/users.service.js';
import type { RequestContext } from '../common/request-context.js';
import { OrgUnitsService } from '../organisation/org-units.service.js';
import { TenantsService } from '../tenancy/tenants.service.js';
import { DEFAULT_DEMO_PASSWORD, DEMO_TENANTS, DEMO_USERS } from './demo-data.js';

/** True when no kommun and no account exists yet: the only time the demo is loaded. */
export async function isDatabaseEmpty(app: INestApplicationContext): Promise<boolean> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ n }] = await dataSource.query(
    `SELECT (SELECT count(*) FROM tenants) + (SELECT count(*) FROM users) AS n`,
  );
  return Number(n) === 0;
}

/**
 * Loads the demo through the same services (and so the same validation, RLS and audit
 * log) as the API, in one transaction: all of it or nothing.
 */
export async function loadDemo(
  app: INestApplicationContext,
  password = DEFAULT_DEMO_PASSWORD,
): Promise<void> {
  const cls = app.get<ClsService<RequestContext>>(ClsService);
  const txHost = app.get(TransactionHost);
  const tenants = app.get(TenantsService);
  const orgUnits = app.get(OrgUnitsService);
  const users = app.get(UsersService);

  await cls.run(async () => {
    cls.set('language', 'sv');
    await txHost.withTransaction(async () => {
      const tenantIds = new Map<string, string>();
      for (const demo of DEMO_TENANTS) {
        const tenant = await tenants.onboard(demo.code);
        tenantIds.set(demo.code, tenant.id);
        cls.set('tenant', { id: tenant.id, code: tenant.code, role: 'tenant_admin' });
        const ids = new Map<string, string>();
        for (const unit of demo.orgUnits) {
          const created = await orgUnits.create({
            name: unit.name,
            shortName: unit.shortName ?? null,
            kind: unit.kind,
            parentId: unit.parent ? (ids.get(unit.parent) ?? null) : null,
          });
          ids.set(unit.key, created.id);
        }
      }
      cls.set('tenant', undefined);
      for (const demo of DEMO_USERS) {
        const { id } = await users.upsert({
          email: demo.email,
          displayName: demo.displayName,
          password,
          isPlatformAdmin: demo.isPlatformAdmin ?? false,
        });
        for (const m of demo.memberships) {
          const tenantId = tenantIds.get(m.tenantCode);
          if (!tenantId)
            throw new Error(`Demo user ${demo.email} names unknown tenant ${m.tenantCode}`);
          await tenants.addMember(tenantId, id, m.role);
        }
      }
    });
  });
}
