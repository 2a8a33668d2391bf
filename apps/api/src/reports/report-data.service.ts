import { Injectable } from '@nestjs/common';
import {
  goalNumbers,
  isoDateIn,
  statusCounts,
  type Activity,
  type AssessmentRating,
  type Indicator,
  type Language,
  type ReportPeriod,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AgreementsService } from '../collaboration/agreements.service.js';
import { ForumsService } from '../collaboration/forums.service.js';
import { PartnersService } from '../collaboration/partners.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AssignmentsService } from '../governance/assignments.service.js';
import { AssignmentsRepository } from '../governance/governance.repository.js';
import { MeasurementsService } from '../indicators/measurements.service.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { OrgUnitsService } from '../organisation/org-units.service.js';
import { ActionPlansService } from '../plans/action-plans.service.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import type { ReportActivity, ReportData, ReportIndicator } from './report-data.js';
import { ReportsRepository, type PeriodComment } from './reports.repository.js';

/** A chart of more points than this shows the latest ones (monthly figures over years). */
const MAX_CHART_POINTS = 36;

/**
 * Collects what a report shows through the services every screen uses, so the roll-ups,
 * coverage, cadence and 24-month rules are the same as in the admin. Runs in a transaction
 * acting for the kommun (a request's, or the background job's).
 */
@Injectable()
export class ReportDataService {
  constructor(
    private readonly plans: ActionPlansService,
    private readonly orgUnits: OrgUnitsService,
    private readonly indicators: IndicatorsService,
    private readonly measurements: MeasurementsService,
    private readonly forums: ForumsService,
    private readonly agreements: AgreementsService,
    private readonly partners: PartnersService,
    private readonly assignments: AssignmentsService,
    private readonly assignmentRows: AssignmentsRepository,
    private readonly reports: ReportsRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async collect(planId: string, period: ReportPeriod, language: Language): Promise<ReportData> {
    const tenant = requireTenant(this.cls);
    const today = isoDateIn(new Date());
    const plan = await this.plans.get(planId);
    const [coverage, units, comments, kommunName] = await Promise.all([
      this.plans.coverage(planId),
      this.orgUnits.list(),
      this.reports.commentsInPeriod(tenant.id, planId, period),
      this.reports.kommunName(tenant.id),
    ]);
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const nameOf = (id: string | null) => (id ? (unitName.get(id) ?? null) : null);
    const commentsOf = groupBy(comments, (c) => c.activityId);
    const toReportActivity = (a: Activity): ReportActivity => ({
      title: a.title,
      responsible: nameOf(a.responsibleUnitId),
      status: a.status,
      progress: a.progress,
      comments: (commentsOf.get(a.id) ?? []).map(({ date, comment, authorName }) => ({
        date,
        comment,
        authorName,
      })),
    });
    const byGoal = groupBy(plan.activities, (a) => a.goalId ?? '');
    const numbers = goalNumbers(plan.goals);
    const depthOf = (id: string): number => (numbers.get(id)?.split('.').length ?? 1) - 1;

    return {
      language,
      generatedOn: today,
      kommun: { name: kommunName, code: tenant.code },
      plan: {
        title: plan.title,
        kind: plan.kind,
        status: plan.status,
        periodFrom: plan.periodFrom,
        periodTo: plan.periodTo,
        adoption: plan.adoption,
        ownerName: nameOf(plan.ownerUnitId),
        progress: plan.progress,
        activityCount: plan.activityCount,
      },
      period,
      statusCounts: statusCounts(plan.activities),
      goals: plan.goals.map((g) => ({
        number: numbers.get(g.id) ?? '',
        title: g.title,
        depth: depthOf(g.id),
        progress: g.progress,
        activities: (byGoal.get(g.id) ?? []).map(toReportActivity),
      })),
      ungrouped: (byGoal.get('') ?? []).map(toReportActivity),
      indicators: await this.indicatorsOf(planId, period, language),
      coverage,
      ...(await this.collaboration(period)),
      assignments: await this.reportBacks(today, nameOf),
    };
  }

  private async indicatorsOf(
    planId: string,
    period: ReportPeriod,
    language: Language,
  ): Promise<ReportIndicator[]> {
    const ids = await this.reports.linkedIndicatorIds(requireTenant(this.cls).id, planId);
    const list = await this.indicators.listByIds(ids);
    const result: ReportIndicator[] = [];
    for (const indicator of sortByName(list, language)) {
      const detail = await this.indicators.status(indicator.id);
      const to = indicator.periodType === 'year' ? period.end.slice(0, 4) : period.end.slice(0, 7);
      const points = (await this.measurements.list(indicator.id, { to, area: 'municipality' }))
        .filter((m) => m.gender === 'T')
        .map((m) => ({ period: m.period, state: m.state, value: m.value }))
        .slice(-MAX_CHART_POINTS);
      result.push({
        name: language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.nameSv,
        unit: indicator.unit,
        higherIsBetter: indicator.higherIsBetter,
        baseline:
          detail.baseline && detail.baseline.value !== null
            ? { period: detail.baseline.period, value: detail.baseline.value }
            : null,
        target: detail.target,
        // The latest value up to the period's end, which is what the report speaks of.
        latest: latestValue(points),
        status: detail.status,
        points,
      });
    }
    return result;
  }

  private async collaboration(period: ReportPeriod) {
    const tenantId = requireTenant(this.cls).id;
    const [forums, meetings, agreements, partners] = await Promise.all([
      this.forums.list(),
      this.reports.meetingsInPeriod(tenantId, period),
      this.agreements.list(),
      this.partners.list(),
    ]);
    const partner = new Map(partners.map((p) => [p.id, p]));
    return {
      forums: forums.map((f) => ({
        name: f.name,
        kind: f.kind,
        cadence: f.cadence,
        meetingsInPeriod: meetings.get(f.id) ?? 0,
        behind: f.cadenceReport?.behind
          ? { missing: f.cadenceReport.behind.missing, by: f.cadenceReport.behind.by }
          : null,
        shortPeriods: f.cadenceReport?.shortPeriods ?? [],
        latestAssessment: f.latestAssessment
          ? {
              date: f.latestAssessment.date,
              rating: f.latestAssessment.rating as AssessmentRating,
            }
          : null,
      })),
      agreements: agreements
        .map((a) => ({
          partner: partner.get(a.partnerId)?.name ?? '',
          partnerType: partner.get(a.partnerId)?.type ?? null,
          subject: a.subject,
          signedOn: a.signedOn,
          lastFollowUpOn: a.lastFollowUpOn,
          followUp: a.followUp,
        }))
        .sort((a, b) => a.followUp.followUpBy.localeCompare(b.followUp.followUpBy)),
    };
  }

  /** Open report-back assignments, the soonest first; those without a date last. */
  private async reportBacks(today: string, nameOf: (id: string | null) => string | null) {
    const tenantId = requireTenant(this.cls).id;
    const [views, cases] = await Promise.all([
      this.assignmentRows.open(tenantId).then((rows) => this.assignments.views(rows, today)),
      this.reports.cases(tenantId),
    ]);
    return views
      .map((a) => {
        const c = cases.get(a.caseId);
        return {
          title: a.title,
          caseLabel: c ? [c.diarienummer, c.title].filter(Boolean).join(' ') : null,
          responsible: nameOf(a.responsibleUnitId) ?? a.responsibleRole ?? null,
          reportTo: nameOf(a.reportToUnitId),
          dueDate: a.due.date,
          state: a.state,
        };
      })
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  }
}

function latestValue(
  points: ReadonlyArray<{ period: string; value: number | null }>,
): { period: string; value: number } | null {
  const last = points.filter((p) => p.value !== null).at(-1);
  return last ? { period: last.period, value: last.value as number } : null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

const sortByName = (list: Indicator[], language: Language) =>
  [...list].sort((a, b) =>
    (language === 'en' && a.nameEn ? a.nameEn : a.nameSv).localeCompare(
      language === 'en' && b.nameEn ? b.nameEn : b.nameSv,
      language,
    ),
  );

export type { PeriodComment };
