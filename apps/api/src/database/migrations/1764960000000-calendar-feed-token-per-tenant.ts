import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A calendar feed's token hash was unique across all kommuner, the one constraint of a
 * tenant-owned table without tenant_id; a table distributed by tenant_id (Citus,
 * docs/scale-out.md) can only enforce uniqueness within a tenant. Feeds are looked up by
 * (tenant_id, token_hash) already, and tokens are 256 random bits, so uniqueness per
 * kommun loses nothing.
 */
export class CalendarFeedTokenPerTenant1764960000000 implements MigrationInterface {
  name = 'CalendarFeedTokenPerTenant1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calendar_feeds DROP CONSTRAINT calendar_feeds_token_hash_key`);
    await q.query(
      `ALTER TABLE calendar_feeds ADD CONSTRAINT calendar_feeds_tenant_token_key UNIQUE (tenant_id, token_hash)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calendar_feeds DROP CONSTRAINT calendar_feeds_tenant_token_key`);
    await q.query(
      `ALTER TABLE calendar_feeds ADD CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash)`,
    );
  }
}
