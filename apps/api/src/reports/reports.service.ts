import { Injectable } from '@nestjs/common';
import {
  isoDateIn,
  REPORT_LABELS,
  reportFileName,
  resolveReportPeriod,
  type Language,
  type ReportJob,
  type ReportRequest,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { attachment } from '../plans/transfer/transfer.service.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { REPORT_CONTENT_TYPES, renderReport } from './render/render.js';
import { ReportDataService } from './report-data.service.js';
import { ReportRunner } from './report-runner.js';
import { toReportJob } from './report-views.js';
import { ReportsRepository } from './reports.repository.js';

export interface ReportDownload {
  body: Buffer;
  contentType: string;
  disposition: string;
}

/**
 * Återrapportering reports of a plan: written at once for a direct download, or in the
 * background (start, poll, download) when the admin shows progress. Readers may make them:
 * a report only shows what they can already read.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly data: ReportDataService,
    private readonly runner: ReportRunner,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private language(): Language {
    return this.cls.get('language') ?? 'sv';
  }

  private async plan(planId: string) {
    const plan = await this.reports.plan(requireTenant(this.cls).id, planId);
    if (!plan) throw AppError.notFound();
    return plan;
  }

  /** Writes the report in this request and answers with the file. */
  async download(planId: string, request: ReportRequest): Promise<ReportDownload> {
    const plan = await this.plan(planId);
    const period = resolveReportPeriod(plan, request, isoDateIn(new Date()));
    const started = performance.now();
    const data = await this.data.collect(planId, period, request.lang);
    const body = await renderReport(request.format, data);
    await this.audit.record({
      action: 'report.generated',
      entityType: 'action_plan',
      entityId: planId,
      after: {
        format: request.format,
        language: request.lang,
        period,
        bytes: body.length,
        ms: Math.round(performance.now() - started),
      },
    });
    return {
      body,
      contentType: REPORT_CONTENT_TYPES[request.format],
      disposition: attachment(reportFileName(plan.title, period, request.format, request.lang)),
    };
  }

  /**
   * Writes the report in the current transaction and keeps it as a finished report (the
   * demo uses this: its plans are not committed yet when it runs).
   */
  async generateStored(planId: string, request: ReportRequest): Promise<ReportJob> {
    const tenant = requireTenant(this.cls);
    const plan = await this.plan(planId);
    const period = resolveReportPeriod(plan, request, isoDateIn(new Date()));
    const body = await renderReport(
      request.format,
      await this.data.collect(planId, period, request.lang),
    );
    const id = randomUUID();
    await this.reports.insert({
      tenantId: tenant.id,
      id,
      planId,
      createdBy: this.cls.get('principal')?.userId ?? null,
      format: request.format,
      language: request.lang,
      periodStart: period.start,
      periodEnd: period.end,
      stage: 'saving',
      percent: 95,
      fileName: reportFileName(plan.title, period, request.format, request.lang),
    });
    await this.reports.finish(tenant.id, id, body);
    await this.audit.record({
      action: 'report.generated',
      entityType: 'action_plan',
      entityId: planId,
      after: {
        reportId: id,
        format: request.format,
        language: request.lang,
        period,
        bytes: body.length,
      },
    });
    return this.get(planId, id);
  }

  /** Starts generating in the background; poll get() and download file() once done. */
  async start(planId: string, request: ReportRequest): Promise<ReportJob> {
    const tenant = requireTenant(this.cls);
    const plan = await this.plan(planId);
    const period = resolveReportPeriod(plan, request, isoDateIn(new Date()));
    const id = randomUUID();
    const queued = await this.runner.enqueue(tenant, {
      tenantId: tenant.id,
      id,
      planId,
      createdBy: this.cls.get('principal')?.userId ?? null,
      format: request.format,
      language: request.lang,
      periodStart: period.start,
      periodEnd: period.end,
      stage: 'queued',
      percent: 0,
      fileName: reportFileName(plan.title, period, request.format, request.lang),
    });
    await this.audit.record({
      action: 'report.requested',
      entityType: 'action_plan',
      entityId: planId,
      after: { reportId: id, format: request.format, language: request.lang, period },
    });
    // As it was queued: the job may already be further along; polling shows how far.
    return toReportJob(queued, this.language());
  }

  async get(planId: string, reportId: string): Promise<ReportJob> {
    const head = await this.reports.findHead(requireTenant(this.cls).id, planId, reportId);
    if (!head) throw AppError.notFound();
    return toReportJob(head, this.language());
  }

  /** The finished file; 409 while it is being made or when it failed. */
  async file(planId: string, reportId: string): Promise<ReportDownload> {
    const tenantId = requireTenant(this.cls).id;
    const head = await this.reports.findHead(tenantId, planId, reportId);
    if (!head) throw AppError.notFound();
    if (head.stage === 'failed') throw new AppError(409, 'report_failed', { reportId });
    const body = head.stage === 'done' ? await this.reports.content(tenantId, reportId) : null;
    if (!body)
      throw new AppError(409, 'report_not_ready', {
        stage: REPORT_LABELS[this.language()].stage[head.stage].toLowerCase(),
      });
    return {
      body,
      contentType: REPORT_CONTENT_TYPES[head.format],
      disposition: attachment(head.fileName),
    };
  }
}
