import type {
  ActionPlanDetail,
  ActionPlanSummary,
  Activity,
  Coverage,
  Goal,
  Method,
  ProgressUpdate,
  Template,
} from '@samla/domain';
import { computeCoverage } from '@samla/domain';

let sequence = 0;
/** A fresh uuid-shaped id; the prefix tells fixtures apart when a test fails. */
export const nextId = (prefix = 'bbbbbbbb') => {
  sequence += 1;
  return `${prefix}-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
};

export const PLANS = '/api/v1/tenants/1287/action-plans';
export const planPath = (id: string) => `${PLANS}/${id}`;
export const activityPath = (id: string) => `/api/v1/tenants/1287/activities/${id}`;

export function newPlan(overrides: Partial<ActionPlanDetail> = {}): ActionPlanDetail {
  return {
    id: nextId('a1a1a1a1'),
    title: 'Handlingsplan mot våld i nära relationer 2022–2026',
    kind: 'action_plan',
    description: null,
    periodFrom: 2022,
    periodTo: 2026,
    ownerUnitId: null,
    status: 'draft',
    adoption: null,
    revisionOfId: null,
    revision: 1,
    templateId: null,
    version: 1,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    progress: null,
    activityCount: 0,
    goals: [],
    activities: [],
    ...overrides,
  };
}

/** The summary the list endpoint answers with. */
export function summaryOf(plan: ActionPlanDetail): ActionPlanSummary {
  const { goals: _goals, activities: _activities, ...summary } = plan;
  return summary;
}

export function newGoal(planId: string, overrides: Partial<Goal> & Pick<Goal, 'title'>): Goal {
  return {
    id: nextId('c0c0c0c0'),
    planId,
    parentId: null,
    description: null,
    position: 0,
    version: 1,
    progress: null,
    ...overrides,
  };
}

export function newActivity(
  planId: string,
  overrides: Partial<Activity> & Pick<Activity, 'title'>,
): Activity {
  return {
    id: nextId('d0d0d0d0'),
    planId,
    goalId: null,
    description: null,
    responsibleUnitId: null,
    participatingUnitIds: [],
    level: 'individual',
    tier: 'targeted',
    targetGroups: [],
    violenceTypes: [],
    methodId: null,
    methodText: null,
    startDate: null,
    endDate: null,
    budgetSek: null,
    fundingSource: 'none_identified',
    status: 'not_started',
    progress: 0,
    weight: 1,
    version: 1,
    updatedAt: '2026-02-01T10:00:00.000Z',
    tracking: { state: 'on_track', reasons: [{ code: 'no_dates' }] },
    latestUpdate: null,
    ...overrides,
  };
}

export function newTemplate(overrides: Partial<Template> & Pick<Template, 'name'>): Template {
  return {
    id: nextId('e0e0e0e0'),
    description: 'En mall ur verktygslådan.',
    kind: 'strategy',
    goals: [],
    goalCount: 7,
    activityCount: 16,
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function newMethod(overrides: Partial<Method> & Pick<Method, 'name'>): Method {
  return {
    id: nextId('f0f0f0f0'),
    description: 'En metod ur katalogen.',
    targetGroups: ['perpetrators'],
    tier: 'targeted',
    level: 'individual',
    violenceTypes: ['vinr'],
    url: null,
    version: 1,
    ...overrides,
  };
}

export function newProgressUpdate(
  activityId: string,
  overrides: Partial<ProgressUpdate> & Pick<ProgressUpdate, 'date'>,
): ProgressUpdate {
  return {
    id: nextId('abababab'),
    activityId,
    status: 'ongoing',
    progress: 10,
    comment: null,
    authorUserId: null,
    authorName: 'Anna Strateg',
    createdAt: `${overrides.date}T12:00:00.000Z`,
    ...overrides,
  };
}

export const coverageOf = (activities: Activity[]): Coverage => computeCoverage(activities);
