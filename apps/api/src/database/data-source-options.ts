import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { PreparingClient } from './prepared-statements.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** Options shared by the runtime connection and the migration runner. Never synchronize. */
export function dataSourceOptions(
  url: string,
  extra: { poolSize?: number; pipeline?: boolean; prepare?: boolean } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // pipeline: pg sends a query without waiting for the one before it to be answered (a
    // read's statements issued together leave in one write, each with its declaration:
    // ActingQuery).
    // prepare: repeated statements are planned once per connection (prepared-statements.ts).
    extra: {
      max: extra.poolSize ?? 10,
      application_name: 'samla',
      pipeline: extra.pipeline,
      ...(extra.prepare ? { Client: PreparingClient } : {}),
    },
  };
}
