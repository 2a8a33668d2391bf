import type {
  ActionPlanDetail,
  ActionPlanSummary,
  Activity,
  Coverage,
  CreateActionPlanInput,
  CreateActivityInput,
  CreateGoalInput,
  CreateProgressUpdateInput,
  Goal,
  PlanComparison,
  PlanTransitionInput,
  Programme,
  ProgressUpdate,
  UpdateActionPlanInput,
  UpdateActivityInput,
  UpdateGoalInput,
  UpdateProgrammeInput,
} from '@samla/domain';
import { api, call } from '../api/client';

/** The react-query keys of a kommun's plans and everything under them. */
export const plansKey = (code: string) => ['tenants', code, 'action-plans'] as const;
export const planKey = (code: string, id: string) => [...plansKey(code), id] as const;
export const coverageKey = (code: string, id: string) =>
  [...planKey(code, id), 'coverage'] as const;
export const compareKey = (code: string, id: string, other: string) =>
  [...planKey(code, id), 'compare', other] as const;
export const activityKey = (code: string, id: string) =>
  ['tenants', code, 'activities', id] as const;
export const progressUpdatesKey = (code: string, id: string) =>
  [...activityKey(code, id), 'progress-updates'] as const;
export const programmeKey = (code: string) => ['tenants', code, 'programme'] as const;

type Path = { params: { path: { code: string; id: string } } };
const at = (code: string, id: string): Path => ({ params: { path: { code, id } } });

// ---- Programme ------------------------------------------------------------------------

export const fetchProgramme = (code: string): Promise<Programme> =>
  call(api.GET('/api/v1/tenants/{code}/programme', { params: { path: { code } } }));

/** `body.version` is the version the edit started from; a newer one answers 409 stale_version. */
export const updateProgramme = (code: string, body: UpdateProgrammeInput): Promise<Programme> =>
  call(api.PUT('/api/v1/tenants/{code}/programme', { params: { path: { code } }, body }));

// ---- Plans ----------------------------------------------------------------------------

export const fetchPlans = (code: string): Promise<ActionPlanSummary[]> =>
  call(api.GET('/api/v1/tenants/{code}/action-plans', { params: { path: { code } } }));

export const fetchPlan = (code: string, id: string): Promise<ActionPlanDetail> =>
  call(api.GET('/api/v1/tenants/{code}/action-plans/{id}', at(code, id)));

export const createPlan = (code: string, body: CreateActionPlanInput): Promise<ActionPlanDetail> =>
  call(api.POST('/api/v1/tenants/{code}/action-plans', { params: { path: { code } }, body }));

export const updatePlan = (
  code: string,
  id: string,
  body: UpdateActionPlanInput,
): Promise<ActionPlanSummary> =>
  call(api.PATCH('/api/v1/tenants/{code}/action-plans/{id}', { ...at(code, id), body }));

/** 409 invalid_transition for a change PLAN_TRANSITIONS does not allow, stale_version as usual. */
export const transitionPlan = (
  code: string,
  id: string,
  body: PlanTransitionInput,
): Promise<ActionPlanSummary> =>
  call(api.POST('/api/v1/tenants/{code}/action-plans/{id}/transitions', { ...at(code, id), body }));

/** A draft copy of the plan with its goals and activities, linked for comparison. */
export const createRevision = (code: string, id: string): Promise<ActionPlanDetail> =>
  call(api.POST('/api/v1/tenants/{code}/action-plans/{id}/revisions', at(code, id)));

export const fetchCoverage = (code: string, id: string): Promise<Coverage> =>
  call(api.GET('/api/v1/tenants/{code}/action-plans/{id}/coverage', at(code, id)));

/** From revision `id` to revision `other`. */
export const fetchComparison = (code: string, id: string, other: string): Promise<PlanComparison> =>
  call(
    api.GET('/api/v1/tenants/{code}/action-plans/{id}/compare', {
      params: { path: { code, id }, query: { with: other } },
    }),
  );

// ---- Goals ----------------------------------------------------------------------------

export const createGoal = (code: string, planId: string, body: CreateGoalInput): Promise<Goal> =>
  call(api.POST('/api/v1/tenants/{code}/action-plans/{id}/goals', { ...at(code, planId), body }));

export const updateGoal = (
  code: string,
  planId: string,
  goalId: string,
  body: UpdateGoalInput,
): Promise<Goal> =>
  call(
    api.PATCH('/api/v1/tenants/{code}/action-plans/{id}/goals/{goalId}', {
      params: { path: { code, id: planId, goalId } },
      body,
    }),
  );

/** 409 goal_has_children while sub-goals remain; the goal's activities stay in the plan. */
export const deleteGoal = (code: string, planId: string, goalId: string): Promise<void> =>
  call(
    api.DELETE('/api/v1/tenants/{code}/action-plans/{id}/goals/{goalId}', {
      params: { path: { code, id: planId, goalId } },
    }),
  );

// ---- Activities -----------------------------------------------------------------------

export const fetchActivity = (code: string, id: string): Promise<Activity> =>
  call(api.GET('/api/v1/tenants/{code}/activities/{id}', at(code, id)));

export const createActivity = (code: string, body: CreateActivityInput): Promise<Activity> =>
  call(api.POST('/api/v1/tenants/{code}/activities', { params: { path: { code } }, body }));

export const updateActivity = (
  code: string,
  id: string,
  body: UpdateActivityInput,
): Promise<Activity> =>
  call(api.PATCH('/api/v1/tenants/{code}/activities/{id}', { ...at(code, id), body }));

export const fetchProgressUpdates = (code: string, id: string): Promise<ProgressUpdate[]> =>
  call(api.GET('/api/v1/tenants/{code}/activities/{id}/progress-updates', at(code, id)));

/** Contributors may report on their own units' activities only: 403 not_your_activity. */
export const createProgressUpdate = (
  code: string,
  id: string,
  body: CreateProgressUpdateInput,
): Promise<ProgressUpdate> =>
  call(
    api.POST('/api/v1/tenants/{code}/activities/{id}/progress-updates', { ...at(code, id), body }),
  );
