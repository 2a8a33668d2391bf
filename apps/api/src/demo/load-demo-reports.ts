import type { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { RequestContext } from '../common/request-context.js';
import { enterTenant } from '../database/system-context.js';
import { ActionPlansService } from '../plans/action-plans.service.js';
import { ReportsService } from '../reports/reports.service.js';

/**
 * One finished återrapportering report (PDF, Swedish) of each demo kommun's first plan, so
 * the reports list has something to download. Call it last in loadDemo's transaction, when
 * the plans, indicators and collaboration it reports on are there.
 */
export async function loadDemoReports(
  app: INestApplicationContext,
  kommuner: ReadonlyMap<string, { tenantId: string }>,
): Promise<void> {
  const cls = app.get<ClsService<RequestContext>>(ClsService);
  const previous = cls.get('tenant');
  for (const [code, kommun] of kommuner) {
    await enterTenant(app, cls, { id: kommun.tenantId, code });
    const [plan] = await app.get(ActionPlansService).list();
    if (plan) await app.get(ReportsService).generateStored(plan.id, { format: 'pdf', lang: 'sv' });
  }
  if (previous) await enterTenant(app, cls, previous);
}
