import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

/**
 * Återrapportering reports generated in the background: how far each has come, and the
 * finished file itself (DOCX or PDF, a few hundred kB), until it is downloaded or replaced.
 */
export class Reports1765000000000 implements MigrationInterface {
  name = 'Reports1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reports (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        plan_id uuid NOT NULL,
        created_by uuid REFERENCES users (id),
        format text NOT NULL CHECK (format IN ('docx', 'pdf')),
        language text NOT NULL CHECK (language IN ('sv', 'en')),
        period_start date NOT NULL,
        period_end date NOT NULL,
        stage text NOT NULL CHECK (stage IN ('queued', 'collecting', 'rendering', 'saving', 'done', 'failed')),
        percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        file_name text NOT NULL,
        content bytea,
        size integer,
        error text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX reports_plan ON reports (tenant_id, plan_id, created_at)`);
    await grantToApp(q, ['reports'], 'SELECT, INSERT, UPDATE, DELETE');
    await enableTenantIsolation(q, 'reports');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reports`);
  }
}
