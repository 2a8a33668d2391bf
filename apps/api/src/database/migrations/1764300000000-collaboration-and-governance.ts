import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const PARTNER_TYPES = list([
  'police',
  'region_healthcare',
  'womens_shelter',
  'voluntary_organisation',
  'other_municipality',
  'county_board',
  'school',
  'internal_unit',
  'other',
]);

/** pg-boss's own schema; the reminder job's queue. */
export const JOB_SCHEMA = 'pgboss';
export const REMINDER_QUEUE = 'deadline-reminders';

const TENANT_TABLES = [
  'partners',
  'partner_contacts',
  'forums',
  'forum_links',
  'members',
  'meetings',
  'meeting_attendance',
  'assessments',
  'agreements',
  'case_settings',
  'cases',
  'case_links',
  'decisions',
  'decision_recipients',
  'assignments',
  'calendar_feeds',
  'reminders',
];

/**
 * Samverkan (partners, forums with members, meetings and assessments, agreements) and the
 * decision trail (cases, decisions, assignments), the users' calendar feeds, the reminders
 * sent, and the job queue (pg-boss) the reminder job runs on.
 */
export class CollaborationAndGovernance1764300000000 implements MigrationInterface {
  name = 'CollaborationAndGovernance1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // ---- Samverkan ---------------------------------------------------------------------
    await q.query(`
      CREATE TABLE partners (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        name text NOT NULL,
        type text NOT NULL CHECK (type IN (${PARTNER_TYPES})),
        org_unit_id uuid,
        description text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (org_unit_id IS NULL OR type = 'internal_unit'),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE partner_contacts (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        partner_id uuid NOT NULL,
        position integer NOT NULL,
        name text,
        title text NOT NULL,
        email text,
        phone text,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, partner_id) REFERENCES partners (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX partner_contacts_partner_idx ON partner_contacts (tenant_id, partner_id, position)`,
    );
    await q.query(`
      CREATE TABLE forums (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('collaboration_group', 'network', 'steering_group')),
        purpose text,
        convening_unit_id uuid,
        cadence_unit text CHECK (cadence_unit IN ('term', 'month', 'year')),
        cadence_count integer CHECK (cadence_count BETWEEN 1 AND 31),
        active_from date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((cadence_unit IS NULL) = (cadence_count IS NULL)),
        FOREIGN KEY (tenant_id, convening_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    // The plans and activities a forum serves: one of the two per row.
    await q.query(`
      CREATE TABLE forum_links (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        forum_id uuid NOT NULL,
        plan_id uuid,
        activity_id uuid,
        PRIMARY KEY (tenant_id, id),
        CHECK (num_nonnulls(plan_id, activity_id) = 1),
        UNIQUE (tenant_id, forum_id, plan_id, activity_id),
        FOREIGN KEY (tenant_id, forum_id) REFERENCES forums (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, activity_id) REFERENCES activities (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE members (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        forum_id uuid NOT NULL,
        partner_id uuid,
        org_unit_id uuid,
        role text NOT NULL CHECK (role IN ('chair', 'convener', 'secretary', 'member')),
        representative text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (num_nonnulls(partner_id, org_unit_id) = 1),
        UNIQUE (tenant_id, forum_id, partner_id, org_unit_id),
        FOREIGN KEY (tenant_id, forum_id) REFERENCES forums (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, partner_id) REFERENCES partners (tenant_id, id),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE meetings (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        forum_id uuid NOT NULL,
        date date NOT NULL,
        agenda text,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, forum_id) REFERENCES forums (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX meetings_forum_idx ON meetings (tenant_id, forum_id, date)`);
    await q.query(`
      CREATE TABLE meeting_attendance (
        tenant_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        member_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, meeting_id, member_id),
        FOREIGN KEY (tenant_id, meeting_id) REFERENCES meetings (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE assessments (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        forum_id uuid NOT NULL,
        date date NOT NULL,
        rating integer NOT NULL CHECK (rating BETWEEN 1 AND 4),
        comment text,
        meeting_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, forum_id) REFERENCES forums (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, meeting_id) REFERENCES meetings (tenant_id, id) ON DELETE SET NULL (meeting_id)
      )`);
    await q.query(`CREATE INDEX assessments_forum_idx ON assessments (tenant_id, forum_id, date)`);
    await q.query(`
      CREATE TABLE agreements (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        partner_id uuid NOT NULL,
        subject text NOT NULL,
        signed_on date NOT NULL,
        signatory_level text NOT NULL CHECK (signatory_level IN ('political', 'executive', 'unit_manager', 'other')),
        signed_by text,
        last_follow_up_on date,
        responsible_unit_id uuid,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (last_follow_up_on IS NULL OR last_follow_up_on >= signed_on),
        FOREIGN KEY (tenant_id, partner_id) REFERENCES partners (tenant_id, id),
        FOREIGN KEY (tenant_id, responsible_unit_id) REFERENCES org_units (tenant_id, id)
      )`);

    // ---- The decision trail ------------------------------------------------------------
    await q.query(`
      CREATE TABLE case_settings (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        diarienummer_pattern text,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id)
      )`);
    await q.query(`
      CREATE TABLE cases (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        diarienummer text,
        kind text NOT NULL CHECK (kind IN ('motion', 'initiative', 'citizen_proposal', 'commission', 'consultation', 'letter')),
        title text NOT NULL,
        description text,
        submitted_by text,
        submitted_by_group text,
        submitted_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
        closed_on date,
        milestones jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (closed_on IS NULL OR closed_on >= submitted_on)
      )`);
    await q.query(`
      CREATE TABLE case_links (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        plan_id uuid,
        activity_id uuid,
        forum_id uuid,
        PRIMARY KEY (tenant_id, id),
        CHECK (num_nonnulls(plan_id, activity_id, forum_id) = 1),
        UNIQUE (tenant_id, case_id, plan_id, activity_id, forum_id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, activity_id) REFERENCES activities (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, forum_id) REFERENCES forums (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE decisions (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('proposed', 'decided')),
        body_unit_id uuid NOT NULL,
        meeting_date date,
        paragraph text,
        points text[] NOT NULL,
        proposed_on date,
        justering_on date,
        notice_posted_on date,
        notice_removed_on date,
        sent_to_others text[] NOT NULL DEFAULT '{}',
        summary text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (status = 'proposed' OR meeting_date IS NOT NULL),
        CHECK (notice_removed_on IS NULL OR notice_removed_on >= notice_posted_on),
        FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, body_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX decisions_case_idx ON decisions (tenant_id, case_id)`);
    await q.query(
      `CREATE INDEX decisions_body_idx ON decisions (tenant_id, body_unit_id, meeting_date)`,
    );
    await q.query(`
      CREATE TABLE decision_recipients (
        tenant_id uuid NOT NULL,
        decision_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, decision_id, org_unit_id),
        FOREIGN KEY (tenant_id, decision_id) REFERENCES decisions (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE assignments (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        decision_id uuid,
        title text NOT NULL,
        description text,
        responsible_unit_id uuid,
        responsible_role text,
        responsible_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        report_to_unit_id uuid,
        due_date date,
        due_meeting_month text CHECK (due_meeting_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status text NOT NULL CHECK (status IN ('open', 'reported', 'cancelled')),
        reported_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (due_date IS NULL OR due_meeting_month IS NULL),
        FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, decision_id) REFERENCES decisions (tenant_id, id) ON DELETE SET NULL (decision_id),
        FOREIGN KEY (tenant_id, responsible_unit_id) REFERENCES org_units (tenant_id, id),
        FOREIGN KEY (tenant_id, report_to_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX assignments_case_idx ON assignments (tenant_id, case_id)`);

    // ---- Deadlines: calendar feeds and reminders -----------------------------------------
    // Only a hash of the feed's secret is kept; revoking deletes the row.
    await q.query(`
      CREATE TABLE calendar_feeds (
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        mine_only boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        PRIMARY KEY (tenant_id, user_id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE
      )`);
    // One row per reminder ever decided on: the unique key is what makes "never twice" hold
    // across restarts and instances. pending → sending → sent, or failed (retried) or, when
    // the process died while sending, left 'sending' and never retried.
    await q.query(`
      CREATE TABLE reminders (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        reminder_key text NOT NULL,
        deadline_kind text NOT NULL,
        entity_id uuid NOT NULL,
        due_date date NOT NULL,
        recipient_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        recipient_email text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, reminder_key)
      )`);
    await q.query(
      `CREATE INDEX reminders_pending_idx ON reminders (tenant_id, created_at) WHERE status IN ('pending', 'failed')`,
    );

    await grantToApp(q, TENANT_TABLES, 'SELECT, INSERT, UPDATE, DELETE');
    for (const table of TENANT_TABLES) await enableTenantIsolation(q, table);

    await installJobQueue(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`);
    for (const table of [...TENANT_TABLES].reverse())
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}

/**
 * pg-boss keeps its jobs in a schema of its own. The runtime role owns nothing and cannot
 * create schemas or tables, so the owner installs pg-boss's schema and the reminder queue
 * here (the queue is a partition table pg-boss creates), and grants the runtime role what
 * pg-boss does at run time: read and write its tables. The API starts pg-boss with
 * `migrate: false`. pg-boss's tables hold no tenant data (the job carries none).
 */
async function installJobQueue(q: QueryRunner): Promise<void> {
  // The construction plan is its own transaction; this migration already runs in one.
  const plan = PgBoss.getConstructionPlans(JOB_SCHEMA)
    .replace(/^\s*BEGIN;\s*$/m, '')
    .replace(/^\s*COMMIT;\s*$/m, '');
  await q.query(plan);
  await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
    REMINDER_QUEUE,
    JSON.stringify({ policy: 'singleton', retryLimit: 2, retryDelay: 60, expireInSeconds: 900 }),
  ]);
  await q.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO samla_app`);
  await q.query(
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO samla_app`,
  );
  await q.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOB_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samla_app`,
  );
}
