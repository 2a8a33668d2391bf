import { z } from 'zod';
import { LANGUAGES } from '../i18n/language.js';

/** The files a återrapportering report can be: Word (for the tjänsteskrivelse) or PDF. */
export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Where a report being generated has come to; `done` and `failed` are final. */
export const REPORT_STAGES = [
  'queued',
  'collecting',
  'rendering',
  'saving',
  'done',
  'failed',
] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

const isoDate = z.iso.date();

/**
 * What a report is asked for: the file format, the period it reports on (both ends
 * optional: the plan's start and today stand in) and the language it is written in.
 */
export const reportRequestSchema = z
  .strictObject({
    format: z.enum(REPORT_FORMATS).default('pdf'),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    lang: z.enum(LANGUAGES).default('sv'),
  })
  .superRefine((value, ctx) => {
    if (value.periodStart && value.periodEnd && value.periodEnd < value.periodStart)
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'period_order' });
  });
export type ReportRequest = z.output<typeof reportRequestSchema>;

/** A report generated in the background: how far it has come, then its file. */
export const reportJobSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  format: z.enum(REPORT_FORMATS),
  language: z.enum(LANGUAGES),
  periodStart: z.string(),
  periodEnd: z.string(),
  stage: z.enum(REPORT_STAGES),
  /** 0–100. */
  percent: z.int().min(0).max(100),
  /** The download's name, e.g. "Återrapportering – Handlingsplan 2024-01-01–2024-12-31.pdf". */
  fileName: z.string(),
  /** Bytes of the finished file; null until done. */
  size: z.int().nullable(),
  /** Why it failed (stage 'failed'). */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReportJob = z.infer<typeof reportJobSchema>;
