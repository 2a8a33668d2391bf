import { DataSource } from 'typeorm';
import { APP_DB_ROLE } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

/** Runs pending migrations as the owner; returns the names of those that ran. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(ownerUrl, { poolSize: 1 }));
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Lets the runtime role log in with the given password. Done at start-up by the owner, not
 * in a migration, because the password is configuration, not schema.
 */
export async function enableAppRoleLogin(ownerUrl: string, password: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(ownerUrl, { poolSize: 1 }));
  await dataSource.initialize();
  try {
    const [{ literal }] = await dataSource.query(`SELECT quote_literal($1) AS literal`, [password]);
    // The role is cluster-wide: several Samla databases on one server (the tests, a second
    // copy) may start at once, and PostgreSQL refuses concurrent ALTERs of one role with
    // "tuple concurrently updated". The change is idempotent, so try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await dataSource.query(`ALTER ROLE ${APP_DB_ROLE} LOGIN PASSWORD ${literal}`);
        return;
      } catch (error) {
        if (attempt >= 5 || !/tuple concurrently updated/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  } finally {
    await dataSource.destroy();
  }
}
