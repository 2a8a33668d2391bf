import pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';

/**
 * The migrations this build knows that the database has not run, read as the runtime
 * role (a migration grants it SELECT on schema_migrations). Empty when the schema is
 * current; the names when a replica would otherwise serve new code on an old schema.
 */
export async function missingMigrations(appUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: appUrl, application_name: 'samla' });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM schema_migrations`);
    const ran = new Set(rows.map((r) => r.name));
    return MIGRATIONS.map((migration) => new migration().name).filter((name) => !ran.has(name));
  } finally {
    await client.end();
  }
}
