import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const VIOLENCE = list([
  'mvk',
  'vinr',
  'hrv',
  'violence_against_children',
  'prostitution_trafficking',
]);
const LEVELS = list(['individual', 'organisation', 'society']);
const TIERS = list(['promotive', 'preventive', 'targeted']);
const GROUPS = list([
  'employees',
  'residents',
  'children_youth',
  'victims',
  'perpetrators',
  'relatives',
]);
const STATUSES = list(['not_started', 'ongoing', 'done', 'delayed', 'cancelled']);
const PLAN_KINDS = list(['action_plan', 'action_programme', 'strategy']);

/**
 * Handlingsplaner: the programme, plans, goals, activities and their follow-up, the
 * contributor's org units, spreadsheet imports, and the shared toolkit (templates, methods).
 */
export class PlansAndToolkit1764100000000 implements MigrationInterface {
  name = 'PlansAndToolkit1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // ---- The shared toolkit: platform tables, read by every tenant. -------------------
    await q.query(`
      CREATE TABLE methods (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        description text NOT NULL,
        target_groups text[] NOT NULL DEFAULT '{}' CHECK (target_groups <@ ARRAY[${GROUPS}]),
        tier text NOT NULL CHECK (tier IN (${TIERS})),
        level text NOT NULL CHECK (level IN (${LEVELS})),
        violence_types text[] NOT NULL DEFAULT '{}' CHECK (violence_types <@ ARRAY[${VIOLENCE}]),
        url text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE plan_templates (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        description text NOT NULL,
        kind text NOT NULL CHECK (kind IN (${PLAN_KINDS})),
        goals jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await grantToApp(q, ['methods', 'plan_templates'], 'SELECT, INSERT, UPDATE, DELETE');

    // ---- A contributor's org units: whose activities they may follow up. --------------
    await q.query(`
      CREATE TABLE membership_units (
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, user_id, org_unit_id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units (tenant_id, id) ON DELETE CASCADE
      )`);

    // ---- The programme: one per kommun. ----------------------------------------------
    await q.query(`
      CREATE TABLE programmes (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        vision text,
        violence_types text[] NOT NULL DEFAULT '{}' CHECK (violence_types <@ ARRAY[${VIOLENCE}]),
        coordinating_unit_id uuid,
        model_step text NOT NULL CHECK (model_step IN ('organise', 'map', 'analyse', 'develop', 'implement_follow_up')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id),
        FOREIGN KEY (tenant_id, coordinating_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE programme_steering_units (
        tenant_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, programme_id, org_unit_id),
        FOREIGN KEY (tenant_id, programme_id) REFERENCES programmes (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units (tenant_id, id)
      )`);

    // ---- Plans, goals, activities, follow-up. ----------------------------------------
    await q.query(`
      CREATE TABLE action_plans (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN (${PLAN_KINDS})),
        description text,
        period_from integer NOT NULL,
        period_to integer NOT NULL,
        owner_unit_id uuid,
        status text NOT NULL CHECK (status IN ('draft', 'consultation', 'adopted', 'in_force', 'replaced', 'archived')),
        adopted_by text,
        adopted_on date,
        adopted_paragraph text,
        revision_of_id uuid,
        revision integer NOT NULL DEFAULT 1,
        template_id uuid REFERENCES plan_templates (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (period_to >= period_from),
        FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES org_units (tenant_id, id),
        FOREIGN KEY (tenant_id, revision_of_id) REFERENCES action_plans (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE goals (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        plan_id uuid NOT NULL,
        parent_id uuid,
        lineage_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, parent_id) REFERENCES goals (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX goals_plan_idx ON goals (tenant_id, plan_id, position)`);
    await q.query(`
      CREATE TABLE activities (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        plan_id uuid NOT NULL,
        goal_id uuid,
        lineage_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        responsible_unit_id uuid,
        level text NOT NULL CHECK (level IN (${LEVELS})),
        tier text NOT NULL CHECK (tier IN (${TIERS})),
        target_groups text[] NOT NULL DEFAULT '{}' CHECK (target_groups <@ ARRAY[${GROUPS}]),
        violence_types text[] NOT NULL DEFAULT '{}' CHECK (violence_types <@ ARRAY[${VIOLENCE}]),
        method_id uuid REFERENCES methods (id) ON DELETE SET NULL,
        method_text text,
        start_date date,
        end_date date,
        budget_sek bigint CHECK (budget_sek >= 0),
        funding_source text NOT NULL DEFAULT 'none_identified'
          CHECK (funding_source IN ('municipal_budget', 'state_grant', 'other', 'none_identified')),
        status text NOT NULL DEFAULT 'not_started' CHECK (status IN (${STATUSES})),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        weight integer NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 100),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, goal_id) REFERENCES goals (tenant_id, id) ON DELETE SET NULL (goal_id),
        FOREIGN KEY (tenant_id, responsible_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX activities_plan_idx ON activities (tenant_id, plan_id)`);
    await q.query(`CREATE INDEX activities_goal_idx ON activities (tenant_id, goal_id)`);
    await q.query(
      `CREATE INDEX activities_unit_idx ON activities (tenant_id, responsible_unit_id)`,
    );
    await q.query(`
      CREATE TABLE activity_units (
        tenant_id uuid NOT NULL,
        activity_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, activity_id, org_unit_id),
        FOREIGN KEY (tenant_id, activity_id) REFERENCES activities (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_units (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX activity_units_unit_idx ON activity_units (tenant_id, org_unit_id)`,
    );
    await q.query(`
      CREATE TABLE progress_updates (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        activity_id uuid NOT NULL,
        date date NOT NULL,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
        comment text,
        author_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, activity_id) REFERENCES activities (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX progress_updates_activity_idx ON progress_updates (tenant_id, activity_id, date DESC, created_at DESC)`,
    );

    // ---- Spreadsheet imports: validated rows wait here for the user's confirmation. ---
    await q.query(`
      CREATE TABLE imports (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        plan_id uuid NOT NULL,
        created_by uuid REFERENCES users (id),
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('xlsx', 'csv')),
        status text NOT NULL CHECK (status IN ('previewed', 'running', 'done', 'failed', 'discarded')),
        total_rows integer NOT NULL,
        processed_rows integer NOT NULL DEFAULT 0,
        rows jsonb NOT NULL,
        summary jsonb NOT NULL,
        error text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plans (tenant_id, id) ON DELETE CASCADE
      )`);

    const tenantTables = [
      'membership_units',
      'programmes',
      'programme_steering_units',
      'action_plans',
      'goals',
      'activities',
      'activity_units',
      'progress_updates',
      'imports',
    ];
    await grantToApp(q, tenantTables, 'SELECT, INSERT, UPDATE, DELETE');
    for (const table of tenantTables) await enableTenantIsolation(q, table);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'imports',
      'progress_updates',
      'activity_units',
      'activities',
      'goals',
      'action_plans',
      'programme_steering_units',
      'programmes',
      'membership_units',
      'plan_templates',
      'methods',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
