import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ErrorCode } from '@samla/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../audit/audit.service.js';
import { AppError } from '../../common/app-error.js';
import type { TenantScope } from '../../common/request-context.js';
import { ActionPlansService } from '../action-plans.service.js';
import { ActivitiesRepository, type NewActivity } from '../activities.repository.js';
import type { ImportRow } from './activity-sheet.js';
import { ImportsRepository } from './imports.repository.js';
import { TenantTransactions } from './tenant-transactions.js';

/** Rows per statement, and how often progress is reported. */
const CHUNK = 100;

/** A reason the whole import is refused, shown to the user (an ERROR_MESSAGES code). */
class ImportFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly values: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/**
 * Writes a confirmed import in the background: every created and updated activity, the
 * audit record and the status 'done' in ONE transaction acting for the kommun, or nothing.
 * Progress is written beside it in short transactions of its own, so it can be polled.
 */
@Injectable()
export class ImportRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ImportRunner');
  private readonly jobs = new Set<Promise<void>>();

  constructor(
    private readonly tx: TenantTransactions,
    private readonly imports: ImportsRepository,
    private readonly activities: ActivitiesRepository,
    private readonly plans: ActionPlansService,
    private readonly audit: AuditService,
  ) {}

  /**
   * At start-up: imports a dead process left 'running' failed with it (PostgreSQL rolled
   * their transaction back), so they are marked failed, and the user uploads again.
   */
  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.tx.system(() => this.imports.failAbandoned());
    if (failed)
      this.logger.warn({
        msg: 'imports interrupted by a restart are marked failed',
        count: failed,
      });
  }

  /** A clean stop lets running imports finish rather than fail them. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.jobs]);
  }

  /**
   * Starts writing an import the current request has just marked 'running'. The job waits
   * for that request's transaction to commit (its first read waits on the row lock).
   */
  start(tenant: TenantScope, importId: string, userId: string | null): void {
    const job = this.tx
      .detached({ tenant, userId }, () => this.write(tenant.id, importId))
      .catch((error: unknown) =>
        this.logger.error({
          msg: 'import could not be marked failed',
          importId,
          error: String(error),
        }),
      )
      .finally(() => this.jobs.delete(job));
    this.jobs.add(job);
  }

  private async write(tenantId: string, importId: string): Promise<void> {
    const started = performance.now();
    try {
      const written = await this.tx.run(async () => {
        const job = await this.imports.findForWriting(tenantId, importId);
        // The confirming request rolled back, or a restart elsewhere already failed it.
        if (!job || job.status !== 'running') return null;
        await this.plans.lockEditable(job.planId);
        const updates = job.rows.filter((r) => r.action === 'update');
        const creates = job.rows.filter((r) => r.action === 'create');
        let processed = job.summary.unchanged;
        const report = async (rows: number) => {
          processed += rows;
          await this.tx.separately(() => this.imports.setProgress(tenantId, importId, processed));
        };
        for (let i = 0; i < updates.length; i += CHUNK) {
          await this.update(tenantId, updates.slice(i, i + CHUNK));
          await report(Math.min(CHUNK, updates.length - i));
        }
        for (let i = 0; i < creates.length; i += CHUNK) {
          await this.create(tenantId, job.planId, creates.slice(i, i + CHUNK));
          await report(Math.min(CHUNK, creates.length - i));
        }
        const counts = {
          created: creates.length,
          updated: updates.length,
          unchanged: job.summary.unchanged,
        };
        // One record for the whole import; a file that changed nothing changed nothing to account for.
        if (creates.length || updates.length)
          await this.audit.record({
            action: 'activities.imported',
            entityType: 'action_plan',
            entityId: job.planId,
            after: { importId, fileName: job.fileName, format: job.format, ...counts },
          });
        if (!(await this.imports.finish(tenantId, importId, job.totalRows)))
          throw new ImportFailure('import_interrupted');
        return counts;
      });
      if (written)
        this.logger.log({
          msg: 'import done',
          importId,
          ...written,
          ms: Math.round(performance.now() - started),
        });
    } catch (error) {
      const failure = this.failure(error, importId);
      await this.tx.run(() =>
        this.imports.setFailed(tenantId, importId, failure.code, failure.values),
      );
    }
  }

  /** Updates, each only if the activity is still at the version the preview saw. */
  private async update(tenantId: string, rows: ImportRow[]): Promise<void> {
    const written = await this.imports.updateActivitiesIfVersion(
      tenantId,
      rows.map((r) => ({
        id: r.activityId as string,
        version: r.version as number,
        values: r.values,
      })),
    );
    const stale = rows.find((r) => !written.has(r.activityId as string));
    if (stale) throw new ImportFailure('import_activity_changed', { line: stale.line });
    const participants = rows.filter((r) => r.changed.includes('participatingUnitIds'));
    await this.imports.replaceParticipants(
      tenantId,
      new Map(participants.map((r) => [r.activityId as string, r.values.participatingUnitIds])),
    );
  }

  private async create(tenantId: string, planId: string, rows: ImportRow[]): Promise<void> {
    const participants = new Map<string, string[]>();
    const activities: NewActivity[] = rows.map(
      ({ values: { participatingUnitIds, ...fields } }) => {
        const id = randomUUID();
        participants.set(id, participatingUnitIds);
        return { tenantId, id, planId, lineageId: randomUUID(), ...fields };
      },
    );
    await this.activities.insertMany(activities, participants);
  }

  private failure(
    error: unknown,
    importId: string,
  ): { code: ErrorCode; values: Record<string, unknown> } {
    if (error instanceof ImportFailure || error instanceof AppError)
      return { code: error.code, values: error.values };
    const pgCode =
      (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ??
      (error as { code?: string })?.code;
    // A goal or unit the file names was deleted after the preview.
    if (pgCode === '23503') return { code: 'import_reference_gone', values: {} };
    this.logger.error({
      msg: 'import failed',
      importId,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    });
    return { code: 'import_failed', values: {} };
  }
}
