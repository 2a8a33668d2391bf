import type {
  Assignment,
  Case,
  CaseQuery,
  CaseTimeline,
  CreateAssignmentInput,
  CreateCaseInput,
  CreateDecisionInput,
  Decision,
  UpdateAssignmentInput,
  UpdateCaseInput,
} from '@samla/domain';
import { api, call } from '../api/client';

/** React-query keys: everything about a kommun's cases starts with casesKey. */
export const casesKey = (code: string) => ['tenants', code, 'cases'] as const;
export const caseListKey = (code: string, filter: Pick<CaseQuery, 'status' | 'kind'>) =>
  [...casesKey(code), 'list', filter] as const;
export const caseKey = (code: string, id: string) => [...casesKey(code), id] as const;

const tenant = (code: string) => ({ params: { path: { code } } });
const at = (code: string, id: string) => ({ params: { path: { code, id } } });

export const fetchCases = (
  code: string,
  query: Pick<CaseQuery, 'status' | 'kind'>,
): Promise<Case[]> =>
  call(api.GET('/api/v1/tenants/{code}/cases', { params: { path: { code }, query } }));

export const fetchCase = (code: string, id: string): Promise<Case> =>
  call(api.GET('/api/v1/tenants/{code}/cases/{id}', at(code, id)));

export const createCase = (code: string, body: CreateCaseInput): Promise<Case> =>
  call(api.POST('/api/v1/tenants/{code}/cases', { ...tenant(code), body }));

/** `body.version` is the version the edit started from; a newer one answers 409 stale_version. */
export const updateCase = (code: string, id: string, body: UpdateCaseInput): Promise<Case> =>
  call(api.PATCH('/api/v1/tenants/{code}/cases/{id}', { ...at(code, id), body }));

export const fetchTimeline = (code: string, id: string): Promise<CaseTimeline> =>
  call(api.GET('/api/v1/tenants/{code}/cases/{id}/timeline', at(code, id)));

export const fetchDecisions = (code: string, id: string): Promise<Decision[]> =>
  call(api.GET('/api/v1/tenants/{code}/cases/{id}/decisions', at(code, id)));

export const createDecision = (
  code: string,
  id: string,
  body: CreateDecisionInput,
): Promise<Decision> =>
  call(api.POST('/api/v1/tenants/{code}/cases/{id}/decisions', { ...at(code, id), body }));

export const fetchAssignments = (code: string, id: string): Promise<Assignment[]> =>
  call(api.GET('/api/v1/tenants/{code}/cases/{id}/assignments', at(code, id)));

export const createAssignment = (
  code: string,
  id: string,
  body: CreateAssignmentInput,
): Promise<Assignment> =>
  call(api.POST('/api/v1/tenants/{code}/cases/{id}/assignments', { ...at(code, id), body }));

export const updateAssignment = (
  code: string,
  id: string,
  assignmentId: string,
  body: UpdateAssignmentInput,
): Promise<Assignment> =>
  call(
    api.PATCH('/api/v1/tenants/{code}/cases/{id}/assignments/{assignmentId}', {
      params: { path: { code, id, assignmentId } },
      body,
    }),
  );
