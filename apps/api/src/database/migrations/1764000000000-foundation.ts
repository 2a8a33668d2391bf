import { MUNICIPALITIES, REGIONS } from '@samla/reference-data';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

/**
 * The platform foundation: reference tables, tenants, accounts, sessions, org units and
 * the audit log, with row-level security on every tenant-owned table.
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The runtime role: owns nothing, cannot bypass RLS. Roles are cluster-wide, so another
    // database on the same server may already have created it.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samla_app') THEN
          CREATE ROLE samla_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO samla_app`);

    // The tenant of the current transaction; NULL when unset, so policies fail closed.
    await q.query(`
      CREATE FUNCTION samla_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$`);
    await q.query(`
      CREATE FUNCTION samla_current_user() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION samla_current_tenant(), samla_current_user() TO samla_app`,
    );

    // Reference tables (Citus: reference tables, replicated to every node).
    await q.query(`CREATE TABLE regions (code char(2) PRIMARY KEY, name text NOT NULL)`);
    await q.query(`
      CREATE TABLE municipalities (
        code char(4) PRIMARY KEY,
        name text NOT NULL,
        region_code char(2) NOT NULL REFERENCES regions (code)
      )`);
    for (const r of REGIONS) await q.query(`INSERT INTO regions VALUES ($1, $2)`, [r.code, r.name]);
    for (const m of MUNICIPALITIES)
      await q.query(`INSERT INTO municipalities VALUES ($1, $2, $3)`, [
        m.code,
        m.name,
        m.regionCode,
      ]);
    await grantToApp(q, ['regions', 'municipalities'], 'SELECT');

    await q.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY,
        code char(4) NOT NULL UNIQUE REFERENCES municipalities (code),
        name text NOT NULL,
        region_code char(2) NOT NULL REFERENCES regions (code),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await grantToApp(q, ['tenants'], 'SELECT, INSERT');

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        is_platform_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_lower CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await grantToApp(q, ['users'], 'SELECT, INSERT, UPDATE');

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await grantToApp(q, ['sessions'], 'SELECT, INSERT, UPDATE, DELETE');

    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        label text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_tokens_user_idx ON api_tokens (user_id)`);
    await grantToApp(q, ['api_tokens'], 'SELECT, INSERT, UPDATE');

    await q.query(`
      CREATE TABLE login_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX login_attempts_email_time_idx ON login_attempts (email, attempted_at DESC)`,
    );
    await grantToApp(q, ['login_attempts'], 'SELECT, INSERT, DELETE');

    // Tenant-owned tables: tenant_id leads every primary and foreign key.
    await q.query(`
      CREATE TABLE memberships (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('tenant_admin', 'strategist', 'contributor', 'reader')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, user_id)
      )`);
    await q.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);
    await grantToApp(q, ['memberships'], 'SELECT, INSERT, UPDATE, DELETE');
    // A user may also see their own memberships in every kommun (to log in and switch).
    await enableTenantIsolation(q, 'memberships', {
      extraRead: 'user_id = samla_current_user()',
    });

    await q.query(`
      CREATE TABLE org_units (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        parent_id uuid,
        name text NOT NULL,
        short_name text,
        kind text NOT NULL CHECK (kind IN ('municipal_council', 'executive_board', 'committee',
          'working_committee', 'administration', 'company', 'unit')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX org_units_parent_idx ON org_units (tenant_id, parent_id)`);
    await grantToApp(q, ['org_units'], 'SELECT, INSERT, UPDATE, DELETE');
    await enableTenantIsolation(q, 'org_units');

    await q.query(`
      CREATE TABLE audit_events (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text,
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX audit_events_time_idx ON audit_events (tenant_id, occurred_at DESC)`,
    );
    await q.query(
      `CREATE INDEX audit_events_entity_idx ON audit_events (tenant_id, entity_type, entity_id)`,
    );
    // Append-only: no UPDATE or DELETE for the runtime role.
    await grantToApp(q, ['audit_events'], 'SELECT, INSERT');
    await enableTenantIsolation(q, 'audit_events');

    await q.query(`
      CREATE TABLE platform_audit_events (
        id uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text
      )`);
    await grantToApp(q, ['platform_audit_events'], 'INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'platform_audit_events',
      'audit_events',
      'org_units',
      'memberships',
      'login_attempts',
      'api_tokens',
      'sessions',
      'users',
      'tenants',
      'municipalities',
      'regions',
    ])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION samla_current_tenant(), samla_current_user()`);
  }
}
