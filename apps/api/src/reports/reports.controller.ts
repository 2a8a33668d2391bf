import { Body, Get, Header, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { reportJobSchema, reportRequestSchema, type ReportRequest } from '@samla/domain';
import { ANY_TENANT_ROLE, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { WithExplicitTransaction } from '../tenancy/transaction.interceptor.js';
import { REPORT_CONTENT_TYPES } from './render/render.js';
import { ReportsService, type ReportDownload } from './reports.service.js';

const binary = { schema: { type: 'string', format: 'binary' } };
const fileContent = {
  [REPORT_CONTENT_TYPES.docx]: binary,
  [REPORT_CONTENT_TYPES.pdf]: binary,
};

const file = (download: ReportDownload) =>
  new StreamableFile(download.body, {
    type: download.contentType,
    disposition: download.disposition,
    length: download.body.length,
  });

/**
 * Återrapportering: a plan's report for a period, in Swedish or English, as Word or PDF.
 * Every member of the kommun may make one (a report shows only what they can read).
 */
@ApiTags('reports')
@TenantController('action-plans/:id')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('report')
  @TenantAccess(...ANY_TENANT_ROLE)
  // Records the report in the audit log ('report.generated').
  @WithExplicitTransaction()
  @Header('Cache-Control', 'private, no-store')
  @ApiQueryFromSchema(reportRequestSchema)
  @ApiResponse({ status: 200, content: fileContent })
  @ApiOperationSpec({
    id: 'getActionPlanReport',
    summary:
      "The plan's återrapportering report for a period (default: the plan's start to today), written at once",
    response: {
      description:
        'The report as an attachment named after the plan and period: summary, goals and activities, indicator charts, coverage, collaboration and report-backs',
    },
    errors: [400, 401, 404],
  })
  async download(
    @Param('id', UuidParamPipe) id: string,
    @Query(new ZodValidationPipe(reportRequestSchema)) query: ReportRequest,
  ) {
    return file(await this.reports.download(id, query));
  }

  @Post('reports')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'startActionPlanReport',
    summary:
      'Start generating a report in the background; answers at once (202) with its progress. Poll it, then download its file',
    body: { name: 'ReportRequest', schema: reportRequestSchema },
    response: { status: 202, name: 'ReportJob', schema: reportJobSchema },
    errors: [400, 401, 404],
  })
  start(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(reportRequestSchema)) body: ReportRequest,
  ) {
    return this.reports.start(id, body);
  }

  @Get('reports/:reportId')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getActionPlanReportJob',
    summary: 'How far a report has come: stage and percent (poll until done or failed)',
    response: { name: 'ReportJob', schema: reportJobSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string, @Param('reportId', UuidParamPipe) reportId: string) {
    return this.reports.get(id, reportId);
  }

  @Get('reports/:reportId/file')
  @TenantAccess(...ANY_TENANT_ROLE)
  @Header('Cache-Control', 'private, no-store')
  @ApiResponse({ status: 200, content: fileContent })
  @ApiOperationSpec({
    id: 'downloadActionPlanReport',
    summary: "A finished report's file; 409 until it is done",
    response: { description: 'The report as an attachment (DOCX or PDF)' },
    errors: [401, 404, 409],
  })
  async file(
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
  ) {
    return file(await this.reports.file(id, reportId));
  }
}
