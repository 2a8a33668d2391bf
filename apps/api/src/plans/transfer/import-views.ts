import { ERROR_MESSAGES, interpolate, type ErrorCode, type Language } from '@samla/domain';
import { z } from 'zod';
import type { ImportHead } from './imports.repository.js';

const fieldIssueSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

/** What the API answers about an import: the preview, then its progress, then how it ended. */
export const activityImportSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  status: z.enum(['previewed', 'running', 'done', 'failed', 'discarded']),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** Data rows in the file (the header and blank rows not counted). */
  totalRows: z.int(),
  /** Rows written so far while running; all of them when done. */
  processedRows: z.int(),
  summary: z.object({
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    /** Rows that cannot be imported, by their row number in the sheet, each bad cell named by its column. */
    rejected: z.array(z.object({ line: z.int(), issues: z.array(fieldIssueSchema) })),
  }),
  /** Why it failed (status 'failed'). */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActivityImport = z.infer<typeof activityImportSchema>;

export const exportQuerySchema = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

export function toActivityImport(head: ImportHead, language: Language): ActivityImport {
  const { summary } = head;
  const code = head.error as ErrorCode | null;
  return {
    id: head.id,
    planId: head.planId,
    status: head.status,
    fileName: head.fileName,
    format: head.format,
    totalRows: head.totalRows,
    processedRows: head.processedRows,
    summary: {
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      rejected: summary.rejected.map((r) => ({ line: r.line, issues: r.issues[language] })),
    },
    error: code
      ? {
          code,
          message: interpolate(ERROR_MESSAGES[language][code] ?? code, {
            importId: head.id,
            ...summary.failure?.values,
          }),
        }
      : null,
    createdAt: head.createdAt.toISOString(),
    updatedAt: head.updatedAt.toISOString(),
  };
}
