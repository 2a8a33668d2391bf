import type {
  Agreement,
  Assessment,
  CreateAgreementInput,
  CreateAssessmentInput,
  CreateForumInput,
  CreateMeetingInput,
  CreateMemberInput,
  CreatePartnerInput,
  Forum,
  ForumMember,
  Meeting,
  Partner,
  UpdateAgreementInput,
  UpdateForumInput,
  UpdatePartnerInput,
} from '@samla/domain';
import { api, call } from '../api/client';

/** React-query keys: everything about a kommun's samverkan starts with collaborationKey. */
export const collaborationKey = (code: string) => ['tenants', code, 'collaboration'] as const;
export const partnersKey = (code: string) => [...collaborationKey(code), 'partners'] as const;
export const forumsKey = (code: string) => [...collaborationKey(code), 'forums'] as const;
export const forumKey = (code: string, id: string) => [...forumsKey(code), id] as const;
export const meetingsKey = (code: string, id: string) =>
  [...forumKey(code, id), 'meetings'] as const;
export const assessmentsKey = (code: string, id: string) =>
  [...forumKey(code, id), 'assessments'] as const;
export const agreementsKey = (code: string) => [...collaborationKey(code), 'agreements'] as const;

const tenant = (code: string) => ({ params: { path: { code } } });
const at = (code: string, id: string) => ({ params: { path: { code, id } } });

// ---- Partners -------------------------------------------------------------------------

export const fetchPartners = (code: string): Promise<Partner[]> =>
  call(api.GET('/api/v1/tenants/{code}/partners', tenant(code)));

export const fetchPartner = (code: string, id: string): Promise<Partner> =>
  call(api.GET('/api/v1/tenants/{code}/partners/{id}', at(code, id)));

export const createPartner = (code: string, body: CreatePartnerInput): Promise<Partner> =>
  call(api.POST('/api/v1/tenants/{code}/partners', { ...tenant(code), body }));

/** `body.version` is the version the edit started from; a newer one answers 409 stale_version. */
export const updatePartner = (
  code: string,
  id: string,
  body: UpdatePartnerInput,
): Promise<Partner> =>
  call(api.PATCH('/api/v1/tenants/{code}/partners/{id}', { ...at(code, id), body }));

// ---- Forums ---------------------------------------------------------------------------

export const fetchForums = (code: string): Promise<Forum[]> =>
  call(api.GET('/api/v1/tenants/{code}/forums', tenant(code)));

export const fetchForum = (code: string, id: string): Promise<Forum> =>
  call(api.GET('/api/v1/tenants/{code}/forums/{id}', at(code, id)));

export const createForum = (code: string, body: CreateForumInput): Promise<Forum> =>
  call(api.POST('/api/v1/tenants/{code}/forums', { ...tenant(code), body }));

export const addMember = (
  code: string,
  id: string,
  body: CreateMemberInput,
): Promise<ForumMember> =>
  call(api.POST('/api/v1/tenants/{code}/forums/{id}/members', { ...at(code, id), body }));

export const removeMember = (code: string, id: string, memberId: string): Promise<void> =>
  call(
    api.DELETE('/api/v1/tenants/{code}/forums/{id}/members/{memberId}', {
      params: { path: { code, id, memberId } },
    }),
  );

export const fetchMeetings = (code: string, id: string): Promise<Meeting[]> =>
  call(api.GET('/api/v1/tenants/{code}/forums/{id}/meetings', at(code, id)));

export const createMeeting = (
  code: string,
  id: string,
  body: CreateMeetingInput,
): Promise<Meeting> =>
  call(api.POST('/api/v1/tenants/{code}/forums/{id}/meetings', { ...at(code, id), body }));

export const fetchAssessments = (code: string, id: string): Promise<Assessment[]> =>
  call(api.GET('/api/v1/tenants/{code}/forums/{id}/assessments', at(code, id)));

export const createAssessment = (
  code: string,
  id: string,
  body: CreateAssessmentInput,
): Promise<Assessment> =>
  call(api.POST('/api/v1/tenants/{code}/forums/{id}/assessments', { ...at(code, id), body }));

// ---- Agreements -----------------------------------------------------------------------

export const fetchAgreements = (code: string): Promise<Agreement[]> =>
  call(api.GET('/api/v1/tenants/{code}/agreements', tenant(code)));

export const createAgreement = (code: string, body: CreateAgreementInput): Promise<Agreement> =>
  call(api.POST('/api/v1/tenants/{code}/agreements', { ...tenant(code), body }));

/** A follow-up is `{version, lastFollowUpOn}`; 409 stale_version when someone saved first. */
export const updateAgreement = (
  code: string,
  id: string,
  body: UpdateAgreementInput,
): Promise<Agreement> =>
  call(api.PATCH('/api/v1/tenants/{code}/agreements/{id}', { ...at(code, id), body }));

/** `body.version` is the version the edit started from; a newer one answers 409 stale_version. */
export const updateForum = (code: string, id: string, body: UpdateForumInput): Promise<Forum> =>
  call(api.PATCH('/api/v1/tenants/{code}/forums/{id}', { ...at(code, id), body }));
