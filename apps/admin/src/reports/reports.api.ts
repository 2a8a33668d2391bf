import { api, call } from '../api/client';
import type { components } from '../api/schema.gen';

/** A report being generated in the background, as the API reports it. */
export type ReportJob = components['schemas']['ReportJob'];
export type ReportRequest = components['schemas']['ReportRequest'];

export const reportKey = (code: string, planId: string, reportId: string) =>
  ['tenants', code, 'action-plans', planId, 'reports', reportId] as const;

/** Starts generating (202); follow it with fetchReport. */
export const startReport = (
  code: string,
  planId: string,
  body: ReportRequest,
): Promise<ReportJob> =>
  call(
    api.POST('/api/v1/tenants/{code}/action-plans/{id}/reports', {
      params: { path: { code, id: planId } },
      body,
    }),
  );

export const fetchReport = (code: string, planId: string, reportId: string): Promise<ReportJob> =>
  call(
    api.GET('/api/v1/tenants/{code}/action-plans/{id}/reports/{reportId}', {
      params: { path: { code, id: planId, reportId } },
    }),
  );

/** The finished file: a plain link, so the browser downloads it under its own name. */
export const reportFileUrl = (code: string, planId: string, reportId: string): string =>
  `/api/v1/tenants/${encodeURIComponent(code)}/action-plans/${encodeURIComponent(planId)}/reports/${encodeURIComponent(reportId)}/file`;
