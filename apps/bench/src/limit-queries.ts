import type pg from 'pg';

/**
 * The hand-written SQL of the limit server: what the plan read and the activity list need,
 * in as few round trips as SQL allows. Dates leave PostgreSQL as text, already in the
 * API's YYYY-MM-DD form.
 */

export interface ActivityRow {
  id: string;
  plan_id: string;
  goal_id: string | null;
  title: string;
  description: string | null;
  responsible_unit_id: string | null;
  participants: string[];
  level: string;
  tier: string;
  target_groups: string[];
  violence_types: string[];
  method_id: string | null;
  method_text: string | null;
  start_date: string | null;
  end_date: string | null;
  budget_sek: number | null;
  funding_source: string;
  status: string;
  progress: number;
  weight: number;
  version: number;
  updated_at: Date;
  latest_date: string | null;
  latest_comment: string | null;
  latest_author: string | null;
  total?: string;
}

const ACTIVITY_SELECT = `
  SELECT a.id, a.plan_id, a.goal_id, a.title, a.description, a.responsible_unit_id,
         COALESCE((SELECT array_agg(u.org_unit_id::text ORDER BY u.org_unit_id)
                     FROM activity_units u
                    WHERE u.tenant_id = a.tenant_id AND u.activity_id = a.id), '{}') AS participants,
         a.level, a.tier, a.target_groups, a.violence_types, a.method_id, a.method_text,
         a.start_date::text AS start_date, a.end_date::text AS end_date,
         a.budget_sek::float8 AS budget_sek, a.funding_source, a.status, a.progress, a.weight,
         a.version, a.updated_at,
         l.date AS latest_date, l.comment AS latest_comment, l.author AS latest_author`;

const LATEST_JOIN = `
  LEFT JOIN LATERAL (
    SELECT p.date::text AS date, p.comment, us.display_name AS author
      FROM progress_updates p LEFT JOIN users us ON us.id = p.author_user_id
     WHERE p.tenant_id = a.tenant_id AND p.activity_id = a.id
     ORDER BY p.date DESC, p.created_at DESC
     LIMIT 1) l ON true`;

export interface PlanRow {
  id: string;
  title: string;
  kind: string;
  description: string | null;
  period_from: number;
  period_to: number;
  owner_unit_id: string | null;
  status: string;
  adopted_by: string | null;
  adopted_on: string | null;
  adopted_paragraph: string | null;
  revision_of_id: string | null;
  revision: number;
  template_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  goals: Array<{
    id: string;
    planId: string;
    parentId: string | null;
    title: string;
    description: string | null;
    position: number;
    version: number;
  }>;
}

export async function planWithGoals(db: pg.ClientBase | pg.Pool, tenantId: string, planId: string) {
  const { rows } = await db.query<PlanRow>(
    `SELECT p.id, p.title, p.kind, p.description, p.period_from, p.period_to, p.owner_unit_id,
            p.status, p.adopted_by, p.adopted_on::text AS adopted_on, p.adopted_paragraph,
            p.revision_of_id, p.revision, p.template_id, p.version, p.created_at, p.updated_at,
            COALESCE((SELECT json_agg(json_build_object('id', g.id, 'planId', g.plan_id,
                        'parentId', g.parent_id, 'title', g.title, 'description', g.description,
                        'position', g.position, 'version', g.version) ORDER BY g.position)
                        FROM goals g WHERE g.tenant_id = p.tenant_id AND g.plan_id = p.id), '[]') AS goals
       FROM action_plans p WHERE p.tenant_id = $1 AND p.id = $2`,
    [tenantId, planId],
  );
  return rows[0] ?? null;
}

export async function activitiesOfPlan(
  db: pg.ClientBase | pg.Pool,
  tenantId: string,
  planId: string,
) {
  const { rows } = await db.query<ActivityRow>(
    `${ACTIVITY_SELECT} FROM activities a ${LATEST_JOIN}
      WHERE a.tenant_id = $1 AND a.plan_id = $2 ORDER BY a.created_at, a.id`,
    [tenantId, planId],
  );
  return rows;
}

/** One page of a plan's activities with one status: the filter the benchmark uses. */
export async function activityPage(
  db: pg.ClientBase | pg.Pool,
  tenantId: string,
  filter: { planId: string; status: string; page: number; pageSize: number },
) {
  // The page is cut first, so the per-row lookups run for the page's rows only.
  const { rows } = await db.query<ActivityRow>(
    `WITH page AS (
       SELECT a.*, count(*) OVER () AS total FROM activities a
        WHERE a.tenant_id = $1 AND a.plan_id = $2 AND a.status = $3
        ORDER BY a.plan_id, a.created_at, a.id LIMIT $4 OFFSET $5)
     ${ACTIVITY_SELECT}, a.total FROM page a ${LATEST_JOIN}
      ORDER BY a.plan_id, a.created_at, a.id`,
    [tenantId, filter.planId, filter.status, filter.pageSize, (filter.page - 1) * filter.pageSize],
  );
  return rows;
}
