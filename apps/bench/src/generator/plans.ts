import type { Prng } from '../prng.js';
import {
  dayFrom2020,
  tableRows,
  timeFrom2020,
  type TableRows,
  type TenantScope,
} from './table-rows.js';
import {
  ACTIVITY_SUBJECTS,
  ACTIVITY_VERBS,
  GOAL_TITLES,
  LEVELS,
  PROGRESS_COMMENTS,
  STATUSES,
  TARGET_GROUPS,
  TIERS,
  VIOLENCE_TYPES,
} from './vocabulary.js';

export interface PlanSpec {
  title: string;
  status: 'draft' | 'adopted' | 'in_force' | 'replaced';
  periodFrom: number;
  activities: number;
  updatesPerActivity: number;
}

/** The three plans every generated kommun has: the one replaced, the one in force, an adopted one. */
export function standardPlans(activities: number, updates: number): PlanSpec[] {
  return [
    {
      title: 'Handlingsplan mot våld i nära relationer',
      status: 'replaced',
      periodFrom: 2021,
      activities,
      updatesPerActivity: updates,
    },
    {
      title: 'Handlingsplan mot våld i nära relationer',
      status: 'in_force',
      periodFrom: 2024,
      activities,
      updatesPerActivity: updates,
    },
    {
      title: 'Strategi mot hedersrelaterat våld och förtryck',
      status: 'adopted',
      periodFrom: 2025,
      activities,
      updatesPerActivity: updates,
    },
  ];
}

/** The last day progress can have been reported on: the data does not reach into the future. */
const LAST_UPDATE_DAY = 2500; // 2026-11-05

const PLAN_COLUMNS = [
  ['tenant_id', 'uuid'],
  ['id', 'uuid'],
  ['title', 'text'],
  ['kind', 'text'],
  ['description', 'text'],
  ['period_from', 'int'],
  ['period_to', 'int'],
  ['owner_unit_id', 'uuid'],
  ['status', 'text'],
  ['adopted_by', 'text'],
  ['adopted_on', 'date'],
  ['adopted_paragraph', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

const GOAL_COLUMNS = [
  ['tenant_id', 'uuid'],
  ['id', 'uuid'],
  ['plan_id', 'uuid'],
  ['parent_id', 'uuid'],
  ['lineage_id', 'uuid'],
  ['title', 'text'],
  ['position', 'int'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

const ACTIVITY_COLUMNS = [
  ['tenant_id', 'uuid'],
  ['id', 'uuid'],
  ['plan_id', 'uuid'],
  ['goal_id', 'uuid'],
  ['lineage_id', 'uuid'],
  ['title', 'text'],
  ['description', 'text'],
  ['responsible_unit_id', 'uuid'],
  ['level', 'text'],
  ['tier', 'text'],
  ['target_groups', 'text[]'],
  ['violence_types', 'text[]'],
  ['start_date', 'date'],
  ['end_date', 'date'],
  ['budget_sek', 'bigint'],
  ['funding_source', 'text'],
  ['status', 'text'],
  ['progress', 'int'],
  ['weight', 'int'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

const UPDATE_COLUMNS = [
  ['tenant_id', 'uuid'],
  ['id', 'uuid'],
  ['activity_id', 'uuid'],
  ['date', 'date'],
  ['status', 'text'],
  ['progress', 'int'],
  ['comment', 'text'],
  ['author_user_id', 'uuid'],
  ['created_at', 'timestamptz'],
] as const;

/**
 * Plans with goals (five, each with two sub-goals), activities spread over the sub-goals
 * and the kommun's förvaltningar, and a history of progress updates that climbs towards
 * each activity's current state. Records the ids in `scope`.
 */
export function plans(rng: Prng, scope: TenantScope, specs: readonly PlanSpec[]): TableRows[] {
  const { tenantId } = scope;
  const planRows = tableRows('action_plans', PLAN_COLUMNS);
  const goalRows = tableRows('goals', GOAL_COLUMNS);
  const activityRows = tableRows('activities', ACTIVITY_COLUMNS);
  const unitRows = tableRows('activity_units', [
    ['tenant_id', 'uuid'],
    ['activity_id', 'uuid'],
    ['org_unit_id', 'uuid'],
  ]);
  const updateRows = tableRows('progress_updates', UPDATE_COLUMNS);
  const authors = [scope.users.strategist, ...scope.users.contributors];

  for (const spec of specs) {
    const planId = rng.uuid();
    scope.planIds.push(planId);
    const planDay = (spec.periodFrom - 2020) * 365 - rng.int(30, 200);
    const adopted = spec.status !== 'draft';
    planRows.rows.push([
      tenantId,
      planId,
      `${spec.title} ${spec.periodFrom}–${spec.periodFrom + 3}`,
      spec.title.startsWith('Strategi') ? 'strategy' : 'action_plan',
      `${scope.name}s plan för perioden ${spec.periodFrom}–${spec.periodFrom + 3}.`,
      spec.periodFrom,
      spec.periodFrom + 3,
      scope.units.get('ks'),
      spec.status,
      adopted ? 'Kommunfullmäktige' : null,
      adopted ? dayFrom2020(planDay + 60) : null,
      adopted ? `§ ${rng.int(1, 250)}` : null,
      timeFrom2020(planDay),
      timeFrom2020(planDay + 60),
    ]);

    const subGoals: string[] = [];
    for (let g = 0; g < 5; g++) {
      const goalId = rng.uuid();
      scope.topGoalIds.push(goalId);
      goalRows.rows.push([
        tenantId,
        goalId,
        planId,
        null,
        rng.uuid(),
        GOAL_TITLES[(g + spec.periodFrom) % GOAL_TITLES.length],
        g,
        timeFrom2020(planDay, 10),
        timeFrom2020(planDay, 10),
      ]);
      for (let s = 0; s < 2; s++) {
        const subId = rng.uuid();
        subGoals.push(subId);
        goalRows.rows.push([
          tenantId,
          subId,
          planId,
          goalId,
          rng.uuid(),
          `Delmål ${g + 1}.${s + 1}`,
          s,
          timeFrom2020(planDay, 10),
          timeFrom2020(planDay, 10),
        ]);
      }
    }

    for (let a = 0; a < spec.activities; a++) {
      const id = rng.uuid();
      scope.activityIds.push(id);
      const status = spec.status === 'draft' ? 'not_started' : rng.pick(STATUSES);
      const progress = status === 'done' ? 100 : status === 'not_started' ? 0 : rng.int(5, 95);
      const startDay = (spec.periodFrom - 2020) * 365 + rng.int(0, 700);
      const endDay = startDay + rng.int(60, 700);
      activityRows.rows.push([
        tenantId,
        id,
        planId,
        subGoals[a % subGoals.length],
        rng.uuid(),
        `${rng.pick(ACTIVITY_VERBS)} ${rng.pick(ACTIVITY_SUBJECTS)} (${a + 1})`,
        rng.chance(0.5) ? 'Genomförs tillsammans med berörda verksamheter.' : null,
        rng.pick(scope.administrations),
        rng.pick(LEVELS),
        rng.pick(TIERS),
        rng.subset(TARGET_GROUPS, 1, 3),
        rng.subset(VIOLENCE_TYPES, 1, 2),
        dayFrom2020(startDay),
        dayFrom2020(endDay),
        rng.chance(0.6) ? rng.int(1, 50) * 10_000 : null,
        rng.pick(['municipal_budget', 'state_grant', 'other', 'none_identified']),
        status,
        progress,
        rng.int(1, 3),
        timeFrom2020(planDay, 11),
        timeFrom2020(planDay + 90, 11),
      ]);
      if (rng.chance(0.5)) unitRows.rows.push([tenantId, id, rng.pick(scope.committees)]);
      if (spec.status === 'draft') continue;
      for (let u = 0; u < spec.updatesPerActivity; u++) {
        const day = Math.min(
          LAST_UPDATE_DAY - (spec.updatesPerActivity - u) * 7,
          startDay + Math.floor(((u + 1) * (endDay - startDay)) / (spec.updatesPerActivity + 1)),
        );
        const last = u === spec.updatesPerActivity - 1;
        updateRows.rows.push([
          tenantId,
          rng.uuid(),
          id,
          dayFrom2020(day),
          last ? status : 'ongoing',
          last ? progress : Math.round((progress * (u + 1)) / spec.updatesPerActivity),
          rng.pick(PROGRESS_COMMENTS),
          rng.pick(authors),
          timeFrom2020(day, 14),
        ]);
      }
    }
  }
  return [planRows, goalRows, activityRows, unitRows, updateRows];
}
