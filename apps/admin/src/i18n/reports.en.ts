import type { ReportsTranslation } from './reports.sv';

/** English strings of the återrapportering section: the same keys as reports.sv.ts. */
export const reportsEn: ReportsTranslation = {
  heading: 'Progress report',
  intro:
    'Generate a report on the plan for a period, to attach to an official memo: summary, goals and activities with the latest comments, indicators with baseline and target, coverage, collaboration and upcoming report-backs.',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  language: 'Report language',
  languages: { sv: 'Swedish', en: 'English' },
  format: 'Format',
  formats: { docx: 'Word (DOCX)', pdf: 'PDF' },
  generate: 'Generate the report',
  generating: 'Generating …',
  progressLabel: 'How far the report has come',
  stage: '{{stage}} – {{percent}} %',
  done: 'The report is ready.',
  download: 'Download {{fileName}}',
  size: '{{size}} kB',
  failed: 'The report could not be generated.',
};
