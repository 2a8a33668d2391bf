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
    await dataSource.query(`ALTER ROLE ${APP_DB_ROLE} LOGIN PASSWORD ${literal}`);
  } finally {
    await dataSource.destroy();
  }
}
