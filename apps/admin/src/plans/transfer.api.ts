import { api, call } from '../api/client';
import type { components } from '../api/schema.gen';

/** A spreadsheet import as the API reports it: preview, then progress, then the outcome. */
export type ActivityImport = components['schemas']['ActivityImport'];

export type SheetFormat = 'xlsx' | 'csv';

export const importKey = (code: string, planId: string, importId: string) =>
  ['tenants', code, 'action-plans', planId, 'imports', importId] as const;

/** The plan's activities as a spreadsheet: a plain link, so the browser downloads it. */
export const exportUrl = (code: string, planId: string, format: SheetFormat): string =>
  `/api/v1/tenants/${encodeURIComponent(code)}/action-plans/${encodeURIComponent(planId)}/export?format=${format}`;

/** Uploads a spreadsheet (multipart, field "file"); answers with the preview. */
export function uploadImport(code: string, planId: string, file: File): Promise<ActivityImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return call(
    api.POST('/api/v1/tenants/{code}/action-plans/{id}/import', {
      params: { path: { code, id: planId } },
      // The generated type describes the multipart field as a string; the browser sends the file.
      body: form as unknown as { file: string },
      bodySerializer: (body) => body as unknown as FormData,
    }),
  );
}

/** Starts writing a previewed import (202, status running); follow it with fetchImport. */
export const confirmImport = (
  code: string,
  planId: string,
  importId: string,
): Promise<ActivityImport> =>
  call(
    api.POST('/api/v1/tenants/{code}/action-plans/{id}/imports/{importId}/confirm', {
      params: { path: { code, id: planId, importId } },
    }),
  );

export const fetchImport = (
  code: string,
  planId: string,
  importId: string,
): Promise<ActivityImport> =>
  call(
    api.GET('/api/v1/tenants/{code}/action-plans/{id}/imports/{importId}', {
      params: { path: { code, id: planId, importId } },
    }),
  );
