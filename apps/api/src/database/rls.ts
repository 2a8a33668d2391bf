import type { QueryRunner } from 'typeorm';

/** Grants table privileges to the runtime role. */
export async function grantToApp(
  q: QueryRunner,
  tables: string[],
  privileges: string,
): Promise<void> {
  for (const table of tables) await q.query(`GRANT ${privileges} ON ${table} TO samla_app`);
}

/**
 * Turns on row-level security for a tenant-owned table: ENABLE and FORCE (so even the
 * owner is filtered when it is not a superuser), and one policy that lets a transaction
 * see and write only rows of the tenant it set with `set_config('app.tenant_id', …, true)`.
 * `extraRead` widens what may be read (never what may be written).
 */
export async function enableTenantIsolation(
  q: QueryRunner,
  table: string,
  options: { extraRead?: string } = {},
): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  const read = options.extraRead
    ? `tenant_id = samla_current_tenant() OR ${options.extraRead}`
    : `tenant_id = samla_current_tenant()`;
  await q.query(`CREATE POLICY tenant_read ON ${table} FOR SELECT USING (${read})`);
  await q.query(
    `CREATE POLICY tenant_write ON ${table} FOR ALL USING (tenant_id = samla_current_tenant()) WITH CHECK (tenant_id = samla_current_tenant())`,
  );
}
