import type { ReportFormat } from '@samla/domain';
import type { ReportData } from '../report-data.js';
import { writeDocx } from './docx-report.js';
import { writePdf } from './pdf-report.js';

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Writes the report in the format asked; `progress` hears how far it has come (0–1). */
export function renderReport(
  format: ReportFormat,
  data: ReportData,
  progress: (fraction: number) => Promise<void> = async () => {},
): Promise<Buffer> {
  return format === 'docx' ? writeDocx(data, progress) : writePdf(data, progress);
}
