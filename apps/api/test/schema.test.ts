import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { TestApp } from './support/test-app.js';

/**
 * The schema is made by hand-written migrations only (no synchronize). This proves the
 * entities and the migrated schema agree: every mapped column exists with a matching
 * nullability, so a forgotten migration fails here rather than in production.
 */
describe('entities and migrations agree', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await TestApp.start();
    dataSource = new DataSource(dataSourceOptions(t.ownerUrl, { poolSize: 1 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await t.stop();
  });

  it('has every entity column in the database', async () => {
    const columns = await t.sql<{ table_name: string; column_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const actual = new Map(
      columns.map((c) => [`${c.table_name}.${c.column_name}`, c.is_nullable === 'YES']),
    );
    for (const entity of dataSource.entityMetadatas) {
      for (const column of entity.columns) {
        const key = `${entity.tableName}.${column.databaseName}`;
        expect({ key, exists: actual.has(key) }).toEqual({ key, exists: true });
        expect({ key, nullable: actual.get(key) }).toEqual({ key, nullable: column.isNullable });
      }
    }
  });

  it('has no pending migration after start-up', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
