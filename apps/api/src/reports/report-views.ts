import {
  ERROR_MESSAGES,
  interpolate,
  type ErrorCode,
  type Language,
  type ReportJob,
} from '@samla/domain';
import type { ReportHead } from './reports.repository.js';

export function toReportJob(head: ReportHead, language: Language): ReportJob {
  const code = head.error as ErrorCode | null;
  return {
    id: head.id,
    planId: head.planId,
    format: head.format,
    language: head.language,
    periodStart: head.periodStart,
    periodEnd: head.periodEnd,
    stage: head.stage,
    percent: head.percent,
    fileName: head.fileName,
    size: head.size,
    error: code
      ? {
          code,
          message: interpolate(ERROR_MESSAGES[language][code] ?? code, { reportId: head.id }),
        }
      : null,
    createdAt: head.createdAt.toISOString(),
    updatedAt: head.updatedAt.toISOString(),
  };
}
