import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the runtime role read which migrations have run, so a replica started with
 * `serve` (no owner credentials, no migrating) can refuse to serve a schema older than
 * its code instead of failing request by request. The table holds no tenant data.
 */
export class SchemaVersionReadable1764950000000 implements MigrationInterface {
  name = 'SchemaVersionReadable1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT ON schema_migrations TO samla_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON schema_migrations FROM samla_app`);
  }
}
