import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ReportStage } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext, TenantScope } from '../common/request-context.js';
import { renderReport } from './render/render.js';
import { ReportDataService } from './report-data.service.js';
import { ReportsRepository, type NewReport, type ReportHead } from './reports.repository.js';
import { actingUser } from '../common/acting-user.js';

/**
 * Generates reports in the background. Each step runs in a short transaction of its own
 * that acts for the kommun (row-level security applies as in a request): the stage and
 * percent are written as it goes, so the admin can poll them, and the file at the end.
 */
@Injectable()
export class ReportRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReportRunner');
  private readonly jobs = new Set<Promise<void>>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService<RequestContext>,
    private readonly reports: ReportsRepository,
    private readonly data: ReportDataService,
    private readonly audit: AuditService,
  ) {}

  /** Reports a dead process left half-made never finish: they are marked failed. */
  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.cls.run({ ifNested: 'override' }, () =>
      this.txHost.withTransaction(() => this.reports.failAbandoned()),
    );
    if (failed)
      this.logger.warn({
        msg: 'reports interrupted by a restart are marked failed',
        count: failed,
      });
  }

  /** A clean stop lets running reports finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.jobs]);
  }

  /**
   * Records the report as queued, committed at once (not with the request, so the job can
   * read it straight away), drops the plan's oldest reports beyond the number kept, and
   * starts generating it.
   */
  async enqueue(tenant: TenantScope, report: NewReport): Promise<ReportHead> {
    const head = await this.txHost.withTransaction(Propagation.RequiresNew, async () => {
      await this.reports.actAs(tenant.id, report.createdBy);
      const inserted = await this.reports.insert(report);
      await this.reports.prune(tenant.id, report.planId);
      return inserted;
    });
    const job = this.generate(tenant, report)
      .catch((error: unknown) =>
        this.logger.error({
          msg: 'report could not be marked failed',
          reportId: report.id,
          error: String(error),
        }),
      )
      .finally(() => this.jobs.delete(job));
    this.jobs.add(job);
    return head;
  }

  private generate(tenant: TenantScope, report: NewReport): Promise<void> {
    return this.cls.run({ ifNested: 'override' }, async () => {
      this.cls.set('language', 'sv');
      this.cls.set('tenant', tenant);
      if (report.createdBy) this.cls.set('principal', actingUser(report.createdBy));
      const step = <T>(work: () => Promise<T>) =>
        this.txHost.withTransaction(Propagation.RequiresNew, async () => {
          await this.reports.actAs(tenant.id, report.createdBy);
          return work();
        });
      const stage = (name: ReportStage, percent: number) =>
        step(() => this.reports.setStage(tenant.id, report.id, name, percent));
      const started = performance.now();
      try {
        await stage('collecting', 5);
        const period = { start: report.periodStart, end: report.periodEnd };
        const data = await step(() => this.data.collect(report.planId, period, report.language));
        await stage('rendering', 20);
        const file = await renderReport(report.format, data, (f) =>
          stage('rendering', 20 + Math.round(70 * f)),
        );
        await stage('saving', 95);
        const ms = Math.round(performance.now() - started);
        await step(async () => {
          await this.reports.finish(tenant.id, report.id, file);
          await this.audit.record({
            action: 'report.generated',
            entityType: 'action_plan',
            entityId: report.planId,
            after: {
              reportId: report.id,
              format: report.format,
              language: report.language,
              period,
              bytes: file.length,
              ms,
            },
          });
        });
        this.logger.log({
          msg: 'report done',
          reportId: report.id,
          format: report.format,
          bytes: file.length,
          ms,
        });
      } catch (error) {
        this.logger.error({
          msg: 'report failed',
          reportId: report.id,
          error:
            error instanceof Error
              ? { name: error.name, message: error.message, stack: error.stack }
              : String(error),
        });
        await step(() => this.reports.fail(tenant.id, report.id, 'report_failed'));
      }
    });
  }
}
