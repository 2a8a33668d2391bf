/**
 * The limit: the same two reads the API serves (a plan with its goals and activities; one
 * filtered page of activities), answered with the same JSON by a bare `node:http` server
 * running hand-written SQL through `pg`. No framework, no authentication, no per-request
 * transaction; what the API costs on top of this is what the benchmark measures.
 *
 * It connects as the database owner. Where the owner is a superuser (embedded PostgreSQL)
 * RLS does not apply to it and each read is its bare queries; otherwise each read runs in
 * a transaction with `app.tenant_id` set, as RLS then requires.
 *
 * Run as its own process (`node dist/limit-server.js`, LIMIT_DATABASE_URL); prints
 * "limit listening on http://…" when ready.
 */
import {
  isoDateIn,
  orderGoalTree,
  rollUpPlan,
  trackActivity,
  type Activity,
  type ActivityStatus,
} from '@samla/domain';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import {
  activitiesOfPlan,
  activityPage,
  planWithGoals,
  type ActivityRow,
} from './limit-queries.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLAN_PATH = /^\/api\/v1\/tenants\/(\d{4})\/action-plans\/([^/?]+)$/;
const ACTIVITIES_PATH = /^\/api\/v1\/tenants\/(\d{4})\/activities$/;

function toActivity(r: ActivityRow, today: string): Activity {
  const status = r.status as ActivityStatus;
  return {
    id: r.id,
    planId: r.plan_id,
    goalId: r.goal_id,
    title: r.title,
    description: r.description,
    responsibleUnitId: r.responsible_unit_id,
    participatingUnitIds: r.participants,
    level: r.level as Activity['level'],
    tier: r.tier as Activity['tier'],
    targetGroups: r.target_groups as Activity['targetGroups'],
    violenceTypes: r.violence_types as Activity['violenceTypes'],
    methodId: r.method_id,
    methodText: r.method_text,
    startDate: r.start_date,
    endDate: r.end_date,
    budgetSek: r.budget_sek,
    fundingSource: r.funding_source as Activity['fundingSource'],
    status,
    progress: r.progress,
    weight: r.weight,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
    tracking: trackActivity(
      { status, progress: r.progress, startDate: r.start_date, endDate: r.end_date },
      today,
    ),
    latestUpdate: r.latest_date
      ? { date: r.latest_date, comment: r.latest_comment, authorName: r.latest_author }
      : null,
  };
}

async function main(): Promise<void> {
  const url = process.env.LIMIT_DATABASE_URL;
  if (!url) throw new Error('LIMIT_DATABASE_URL must be set');
  // The same pool size as the API's (TypeORM's default of 10).
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const [{ bypass }] = (
    await pool.query<{ bypass: boolean }>(
      `SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
    )
  ).rows as [{ bypass: boolean }];
  const tenants = new Map(
    (await pool.query<{ id: string; code: string }>('SELECT id, code FROM tenants')).rows.map(
      (t) => [t.code, t.id],
    ),
  );

  /** Runs the read inside the kommun: bare when RLS does not bind us, else in a transaction. */
  async function inTenant<T>(tenantId: string, read: (db: pg.ClientBase | pg.Pool) => Promise<T>) {
    if (bypass) return read(pool);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const result = await read(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function planRead(tenantId: string, planId: string) {
    const [plan, activities] = await inTenant(tenantId, (db) =>
      Promise.all([planWithGoals(db, tenantId, planId), activitiesOfPlan(db, tenantId, planId)]),
    );
    if (!plan) return null;
    const rollups = rollUpPlan(
      plan.goals,
      activities.map((a) => ({
        id: a.id,
        goalId: a.goal_id,
        status: a.status as ActivityStatus,
        progress: a.progress,
        weight: a.weight,
      })),
    );
    const today = isoDateIn(new Date());
    return {
      id: plan.id,
      title: plan.title,
      kind: plan.kind,
      description: plan.description,
      periodFrom: plan.period_from,
      periodTo: plan.period_to,
      ownerUnitId: plan.owner_unit_id,
      status: plan.status,
      adoption:
        plan.adopted_by && plan.adopted_on && plan.adopted_paragraph
          ? {
              decidedBy: plan.adopted_by,
              decidedOn: plan.adopted_on,
              paragraph: plan.adopted_paragraph,
            }
          : null,
      revisionOfId: plan.revision_of_id,
      revision: plan.revision,
      templateId: plan.template_id,
      version: plan.version,
      createdAt: plan.created_at.toISOString(),
      updatedAt: plan.updated_at.toISOString(),
      progress: rollups.plan.progress,
      activityCount: activities.length,
      goals: orderGoalTree(plan.goals).map((g) => ({
        ...g,
        progress: rollups.goals.get(g.id)?.progress ?? null,
      })),
      activities: activities.map((a) => toActivity(a, today)),
    };
  }

  async function listPage(tenantId: string, query: URLSearchParams) {
    const planId = query.get('planId') ?? '';
    const status = query.get('status') ?? '';
    const page = Number(query.get('page') ?? 1);
    const pageSize = Number(query.get('pageSize') ?? 50);
    const rows = await inTenant(tenantId, (db) =>
      activityPage(db, tenantId, { planId, status, page, pageSize }),
    );
    const today = isoDateIn(new Date());
    return {
      items: rows.map((r) => toActivity(r, today)),
      total: Number(rows[0]?.total ?? 0),
      page,
      pageSize,
    };
  }

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://limit');
    const plan = PLAN_PATH.exec(url.pathname);
    const list = ACTIVITIES_PATH.exec(url.pathname);
    const tenantId = tenants.get((plan ?? list)?.[1] ?? '');
    if (req.method !== 'GET' || !tenantId) return send(res, 404, { error: 'not_found' });
    if (plan) {
      if (!UUID.test(plan[2] ?? '')) return send(res, 404, { error: 'not_found' });
      const body = await planRead(tenantId, plan[2] as string);
      return body ? send(res, 200, body) : send(res, 404, { error: 'not_found' });
    }
    return send(res, 200, await listPage(tenantId, url.searchParams));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`limit: ${String(error)}\n`);
      if (!res.headersSent) send(res, 500, { error: 'internal' });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`limit listening on http://127.0.0.1:${port}\n`);
  });
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`limit: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
