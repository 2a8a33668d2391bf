import { Injectable } from '@nestjs/common';
import { isPlanReadOnly, PLAN_LABELS, type Language } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../common/app-error.js';
import type { RequestContext } from '../../common/request-context.js';
import { OrgUnitsService } from '../../organisation/org-units.service.js';
import { requireTenant } from '../../tenancy/require-tenant.js';
import { ToolkitService } from '../../toolkit/toolkit.service.js';
import type { ActionPlanEntity } from '../action-plan.entity.js';
import { ActionPlansRepository } from '../action-plans.repository.js';
import { ActivitiesRepository } from '../activities.repository.js';
import { GoalsRepository } from '../goals.repository.js';
import { activityToCells, HEADERS, mapHeaders, type ActivityState } from './activity-sheet.js';
import type { ImportStatus } from './import.entity.js';
import { ImportRunner } from './import-runner.js';
import { validateRows, type ImportContext } from './import-rows.js';
import { toActivityImport, type ActivityImport } from './import-views.js';
import { ImportsRepository } from './imports.repository.js';
import {
  CONTENT_TYPES,
  readSpreadsheet,
  writeCsv,
  writeXlsx,
  type SheetFormat,
} from './spreadsheet-io.js';
import { TenantTransactions } from './tenant-transactions.js';

/** What multer hands over for the uploaded file (memory storage). */
export interface UploadedSheet {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface SheetDownload {
  body: Buffer;
  contentType: string;
  disposition: string;
}

/** More rows than this in one file is more than a plan holds; split it. */
export const MAX_IMPORT_ROWS = 10_000;

const IMPORT_STATUS_WORDS: Record<Language, Record<ImportStatus, string>> = {
  sv: {
    previewed: 'förhandsgranskad',
    running: 'igång',
    done: 'genomförd',
    failed: 'misslyckad',
    discarded: 'förkastad',
  },
  en: {
    previewed: 'previewed',
    running: 'running',
    done: 'done',
    failed: 'failed',
    discarded: 'discarded',
  },
};

/**
 * A plan's activities to and from a spreadsheet. Export writes the sheet; import reads one,
 * checks every row and keeps the result as a preview; confirming it hands the writing to
 * the ImportRunner.
 */
@Injectable()
export class TransferService {
  constructor(
    private readonly plans: ActionPlansRepository,
    private readonly goals: GoalsRepository,
    private readonly activities: ActivitiesRepository,
    private readonly imports: ImportsRepository,
    private readonly orgUnits: OrgUnitsService,
    private readonly toolkit: ToolkitService,
    private readonly runner: ImportRunner,
    private readonly tx: TenantTransactions,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private tenantId(): string {
    return requireTenant(this.cls).id;
  }

  private language(): Language {
    return this.cls.get('language') ?? 'sv';
  }

  async export(planId: string, format: SheetFormat): Promise<SheetDownload> {
    const plan = await this.plan(planId);
    const { goals, units, methods, activities } = await this.contents(plan);
    const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
    const unitLabel = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
    const methodName = new Map(methods.map((m) => [m.id, m.name]));
    const lookups = {
      goalTitle: (id: string) => goalTitle.get(id),
      unitLabel: (id: string) => unitLabel.get(id),
      methodName: (id: string) => methodName.get(id),
    };
    const rows = [...activities].map(([id, a]) => activityToCells({ id, ...a.state }, lookups));
    return {
      body: format === 'xlsx' ? await writeXlsx(rows) : writeCsv(rows),
      contentType: CONTENT_TYPES[format],
      disposition: attachment(`${plan.title} – aktiviteter.${format}`),
    };
  }

  /**
   * Reads and checks a file against the plan and stores the outcome as a preview. Nothing
   * in the plan changes. Runs in a transaction of its own, opened once the upload is in
   * memory, so a slow upload holds no database connection.
   */
  preview(planId: string, file: UploadedSheet | undefined): Promise<ActivityImport> {
    return this.tx.run(async () => {
      const plan = await this.plan(planId);
      if (isPlanReadOnly(plan.status))
        throw new AppError(409, 'plan_read_only', {
          status: PLAN_LABELS[this.language()].planStatus[plan.status].toLowerCase(),
        });
      if (!file) throw new AppError(400, 'file_missing');
      const sheet = await readSpreadsheet(file.buffer);
      if (!sheet.header.length) throw new AppError(400, 'import_no_rows');
      const mapped = mapHeaders(sheet.header);
      if ('problem' in mapped) {
        const { kind, columns } = mapped.problem;
        const code =
          kind === 'unknown'
            ? 'import_unknown_columns'
            : kind === 'duplicate'
              ? 'import_duplicate_columns'
              : 'import_missing_columns';
        throw new AppError(400, code, {
          columns: columns.map((c) => `”${c}”`).join(', '),
          expected: HEADERS.join(', '),
        });
      }
      if (!sheet.rows.length) throw new AppError(400, 'import_no_rows');
      if (sheet.rows.length > MAX_IMPORT_ROWS)
        throw new AppError(400, 'import_too_many_rows', {
          count: sheet.rows.length,
          max: MAX_IMPORT_ROWS,
        });

      const { goals, units, methods, activities } = await this.contents(plan);
      const context: ImportContext = { planId: plan.id, goals, units, methods, activities };
      const { rows, summary } = validateRows(sheet.rows, mapped.positions, context);
      const created = await this.imports.insert({
        tenantId: plan.tenantId,
        id: randomUUID(),
        planId: plan.id,
        createdBy: this.cls.get('principal')?.userId ?? null,
        fileName: (file.originalname || `aktiviteter.${sheet.format}`).slice(0, 255),
        format: sheet.format,
        status: 'previewed',
        totalRows: sheet.rows.length,
        processedRows: 0,
        rows,
        summary,
        error: null,
      });
      return toActivityImport(created, this.language());
    });
  }

  async get(planId: string, importId: string): Promise<ActivityImport> {
    const head = await this.imports.findHead(this.tenantId(), planId, importId);
    if (!head) throw AppError.notFound();
    return toActivityImport(head, this.language());
  }

  /**
   * Starts writing a previewed import, answering at once: the writing runs after this
   * request, in one transaction, and GET imports/{id} shows how far it has come.
   */
  async confirm(planId: string, importId: string): Promise<ActivityImport> {
    const tenant = requireTenant(this.cls);
    const head = await this.imports.findHeadForUpdate(tenant.id, planId, importId);
    if (!head) throw AppError.notFound();
    if (head.status !== 'previewed')
      throw new AppError(409, 'import_not_pending', {
        status: IMPORT_STATUS_WORDS[this.language()][head.status],
      });
    if (head.summary.rejected.length)
      throw new AppError(409, 'import_has_rejected_rows', { count: head.summary.rejected.length });
    const plan = await this.plan(planId);
    if (isPlanReadOnly(plan.status))
      throw new AppError(409, 'plan_read_only', {
        status: PLAN_LABELS[this.language()].planStatus[plan.status].toLowerCase(),
      });
    await this.imports.setStatus(tenant.id, importId, {
      status: 'running',
      processedRows: head.summary.unchanged,
    });
    this.runner.start(tenant, importId, this.cls.get('principal')?.userId ?? null);
    return this.get(planId, importId);
  }

  private async plan(planId: string): Promise<ActionPlanEntity> {
    const plan = await this.plans.find(this.tenantId(), planId);
    if (!plan) throw AppError.notFound();
    return plan;
  }

  /** The plan's goals and activities (with their participants), the kommun's units and the method catalogue. */
  private async contents(plan: ActionPlanEntity) {
    const [goals, entities, units, methods] = await Promise.all([
      this.goals.listByPlan(plan.tenantId, plan.id),
      this.activities.listByPlan(plan.tenantId, plan.id),
      this.orgUnits.list(),
      this.toolkit.listMethods(),
    ]);
    const participants = await this.activities.participantsOf(
      plan.tenantId,
      entities.map((a) => a.id),
    );
    const activities = new Map<string, { state: ActivityState; version: number }>(
      entities.map((a) => [
        a.id,
        {
          version: a.version,
          state: {
            goalId: a.goalId,
            title: a.title,
            description: a.description,
            responsibleUnitId: a.responsibleUnitId,
            participatingUnitIds: participants.get(a.id) ?? [],
            level: a.level,
            tier: a.tier,
            targetGroups: a.targetGroups,
            violenceTypes: a.violenceTypes,
            methodId: a.methodId,
            methodText: a.methodText,
            startDate: a.startDate,
            endDate: a.endDate,
            budgetSek: a.budgetSek,
            fundingSource: a.fundingSource,
            status: a.status,
            progress: a.progress,
            weight: a.weight,
          },
        },
      ]),
    );
    return { goals, units, methods, activities };
  }
}

/**
 * Content-Disposition for a download named after the plan: an ASCII fallback for old
 * clients and the real name (å, ä, ö) as RFC 5987 `filename*`.
 */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[^A-Za-z0-9 ._-]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
