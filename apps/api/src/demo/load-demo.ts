import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UsersService } from '../auth/users.service.js';
import type { RequestContext } from '../common/request-context.js';
import { enterTenant, runInSystemContext } from '../database/system-context.js';
import { OrgUnitsService } from '../organisation/org-units.service.js';
import { ActionPlansService } from '../plans/action-plans.service.js';
import { ActivitiesService } from '../plans/activities.service.js';
import { GoalsService } from '../plans/goals.service.js';
import { PlanContentWriter } from '../plans/plan-content.writer.js';
import { ProgrammeService } from '../plans/programme.service.js';
import { TransferService } from '../plans/transfer/transfer.service.js';
import { TenantsService } from '../tenancy/tenants.service.js';
import { ToolkitService } from '../toolkit/toolkit.service.js';
import { DEFAULT_DEMO_PASSWORD, DEMO_TENANTS, DEMO_USERS } from './demo-data.js';
import { loadDemoCollaboration } from './load-demo-collaboration.js';
import { loadDemoIndicators } from './load-demo-indicators.js';
import { loadDemoReports } from './load-demo-reports.js';
import { loadDemoPublication } from './load-demo-publication.js';
import { loadDemoRegions } from './load-demo-regions.js';
import {
  DEMO_PLANS,
  DEMO_PLANS_FROM_TEMPLATES,
  DEMO_PROGRAMMES,
  type DemoGoal,
  type DemoPlan,
} from './demo-plans.js';

/** True when no kommun and no account exists yet: the only time the demo is loaded. */
export async function isDatabaseEmpty(app: INestApplicationContext): Promise<boolean> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ n }] = await dataSource.query(
    `SELECT (SELECT count(*) FROM tenants) + (SELECT count(*) FROM users) AS n`,
  );
  return Number(n) === 0;
}

interface DemoTenantIds {
  tenantId: string;
  units: Map<string, string>;
  /** Who wrote the follow-ups: the kommun's strategist and contributor. */
  authors: { strategist: string | null; contributor: string | null };
}

/**
 * Loads the demo through the same services (and so the same validation, RLS and audit
 * log) as the API, in one transaction: all of it or nothing.
 */
export async function loadDemo(
  app: INestApplicationContext,
  password = DEFAULT_DEMO_PASSWORD,
): Promise<void> {
  await runInSystemContext(app, async (cls) => {
    const kommuner = await loadOrganisations(app, cls);
    await loadUsers(app, kommuner, password);
    for (const [code, ids] of kommuner) {
      await enterTenant(app, cls, { id: ids.tenantId, code });
      await loadProgramme(app, code, ids);
      for (const plan of DEMO_PLANS.filter((p) => p.tenantCode === code))
        await loadPlan(app, plan, ids);
      for (const plan of DEMO_PLANS_FROM_TEMPLATES.filter((p) => p.tenantCode === code))
        await loadPlanFromTemplate(app, plan, ids);
      await loadPendingImport(app);
    }
    await loadDemoIndicators(app, kommuner);
    await loadDemoCollaboration(app, kommuner);
    await loadDemoReports(app, kommuner);
    await loadDemoPublication(app, kommuner);
    await loadDemoRegions(app, kommuner);
    cls.set('tenant', undefined);
  });
}

async function loadOrganisations(app: INestApplicationContext, cls: ClsService<RequestContext>) {
  const tenants = app.get(TenantsService);
  const orgUnits = app.get(OrgUnitsService);
  const kommuner = new Map<string, DemoTenantIds>();
  for (const demo of DEMO_TENANTS) {
    const tenant = await tenants.onboard(demo.code);
    await enterTenant(app, cls, tenant);
    const units = new Map<string, string>();
    for (const unit of demo.orgUnits) {
      const created = await orgUnits.create({
        name: unit.name,
        shortName: unit.shortName ?? null,
        kind: unit.kind,
        parentId: unit.parent ? (units.get(unit.parent) ?? null) : null,
      });
      units.set(unit.key, created.id);
    }
    kommuner.set(demo.code, {
      tenantId: tenant.id,
      units,
      authors: { strategist: null, contributor: null },
    });
  }
  return kommuner;
}

async function loadUsers(
  app: INestApplicationContext,
  kommuner: Map<string, DemoTenantIds>,
  password: string,
) {
  const users = app.get(UsersService);
  const tenants = app.get(TenantsService);
  for (const demo of DEMO_USERS) {
    const { id } = await users.upsert({
      email: demo.email,
      displayName: demo.displayName,
      password,
      isPlatformAdmin: demo.isPlatformAdmin ?? false,
    });
    for (const m of demo.memberships) {
      const kommun = kommuner.get(m.tenantCode);
      if (!kommun) throw new Error(`Demo user ${demo.email} names unknown tenant ${m.tenantCode}`);
      await tenants.addMember(
        kommun.tenantId,
        id,
        m.role,
        (m.units ?? []).map((key) => unitId(kommun, key)),
      );
      if (m.role === 'strategist') kommun.authors.strategist = id;
      if (m.role === 'contributor') kommun.authors.contributor = id;
    }
  }
}

function unitId(kommun: DemoTenantIds, key: string): string {
  const id = kommun.units.get(key);
  if (!id) throw new Error(`The demo names an org unit "${key}" that its kommun does not have.`);
  return id;
}

async function loadProgramme(app: INestApplicationContext, code: string, kommun: DemoTenantIds) {
  const demo = DEMO_PROGRAMMES.find((p) => p.tenantCode === code);
  if (!demo) return;
  await app.get(ProgrammeService).update({
    version: 0,
    vision: demo.vision,
    violenceTypes: demo.violenceTypes,
    coordinatingUnitId: unitId(kommun, demo.coordinating),
    steeringGroupUnitIds: demo.steeringGroup.map((key) => unitId(kommun, key)),
    modelStep: demo.modelStep,
  });
}

async function loadPlan(app: INestApplicationContext, demo: DemoPlan, kommun: DemoTenantIds) {
  const plans = app.get(ActionPlansService);
  const methods = new Map((await app.get(ToolkitService).listMethods()).map((m) => [m.name, m.id]));
  const plan = await plans.create({
    title: demo.title,
    kind: demo.kind,
    description: demo.description ?? null,
    periodFrom: demo.periodFrom,
    periodTo: demo.periodTo,
    ownerUnitId: unitId(kommun, demo.owner),
  });
  await loadGoals(app, demo.goals, plan.id, null, kommun, methods);

  // Walk the plan through its decisions to where the seed says it is.
  const path: Record<DemoPlan['status'], Array<DemoPlan['status']>> = {
    draft: [],
    consultation: ['consultation'],
    adopted: ['adopted'],
    in_force: ['adopted', 'in_force'],
    replaced: ['adopted', 'in_force', 'replaced'],
    archived: ['archived'],
  };
  let version = (await plans.get(plan.id)).version;
  for (const to of path[demo.status]) {
    const adoption = to === 'adopted' ? demo.adoption : undefined;
    const result = await plans.transition(plan.id, {
      version,
      to,
      ...(adoption
        ? {
            decidedBy: adoption.decidedBy,
            decidedOn: adoption.decidedOn,
            paragraph: adoption.paragraph,
          }
        : {}),
    });
    version = result.version;
  }
}

async function loadGoals(
  app: INestApplicationContext,
  goals: readonly DemoGoal[],
  planId: string,
  parentId: string | null,
  kommun: DemoTenantIds,
  methods: Map<string, string>,
) {
  const goalsService = app.get(GoalsService);
  const activities = app.get(ActivitiesService);
  const writer = app.get(PlanContentWriter);
  for (const goal of goals) {
    const created = await goalsService.create(planId, {
      title: goal.title,
      description: goal.description ?? null,
      parentId,
    });
    for (const a of goal.activities) {
      const methodId = a.methodName ? (methods.get(a.methodName) ?? null) : null;
      const activity = await activities.create({
        planId,
        goalId: created.id,
        title: a.title,
        description: a.description ?? null,
        responsibleUnitId: unitId(kommun, a.responsible),
        participatingUnitIds: (a.participating ?? []).map((key) => unitId(kommun, key)),
        level: a.level,
        tier: a.tier,
        targetGroups: a.targetGroups,
        violenceTypes: a.violenceTypes,
        methodId,
        methodText: methodId ? null : (a.methodName ?? null),
        startDate: a.startDate ?? null,
        endDate: a.endDate ?? null,
        budgetSek: a.budgetSek ?? null,
        fundingSource: a.fundingSource,
        status: a.status,
        progress: a.progress,
        weight: a.weight ?? 1,
      });
      if (a.updates?.length)
        await writer.recordHistory(
          a.updates.map((u) => ({
            tenantId: kommun.tenantId,
            id: randomUUID(),
            activityId: activity.id,
            date: u.date,
            status: u.status,
            progress: u.progress,
            comment: u.comment,
            authorUserId:
              u.by === 'contributor' ? kommun.authors.contributor : kommun.authors.strategist,
          })),
        );
    }
    await loadGoals(app, goal.children ?? [], planId, created.id, kommun, methods);
  }
}

async function loadPlanFromTemplate(
  app: INestApplicationContext,
  demo: (typeof DEMO_PLANS_FROM_TEMPLATES)[number],
  kommun: DemoTenantIds,
) {
  const template = (await app.get(ToolkitService).listTemplates()).find(
    (t) => t.name === demo.templateName,
  );
  if (!template) throw new Error(`The demo needs the toolkit template "${demo.templateName}".`);
  const plan = await app.get(ActionPlansService).create({
    title: demo.title,
    kind: template.kind,
    description: demo.description ?? null,
    periodFrom: demo.periodFrom,
    periodTo: demo.periodTo,
    ownerUnitId: unitId(kommun, demo.owner),
    templateId: template.id,
  });
  // The copied activities get owners in turn, as the decision names them (SN, BUN, KFN).
  const activities = app.get(ActivitiesService);
  for (const [i, activity] of plan.activities.entries()) {
    const owner = demo.ownerCycle[i % demo.ownerCycle.length] as string;
    await activities.update(activity.id, {
      version: activity.version,
      responsibleUnitId: unitId(kommun, owner),
    });
  }
}

/**
 * The strategist has exported the plan's activities to Excel and uploaded the sheet again:
 * an import waits, previewed, for confirmation (every row unchanged).
 */
async function loadPendingImport(app: INestApplicationContext) {
  const [plan] = await app.get(ActionPlansService).list();
  if (!plan) return;
  const transfer = app.get(TransferService);
  const sheet = await transfer.export(plan.id, 'xlsx');
  await transfer.preview(plan.id, {
    originalname: 'aktiviteter.xlsx',
    size: sheet.body.length,
    buffer: sheet.body,
  });
}
