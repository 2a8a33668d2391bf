import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_STATUSES,
  AGREEMENT_CATEGORIES,
  LEVELS,
  TIERS,
  agreementCategory,
  agreementShares,
  computeCoverage,
  currentAgreementCategories,
  currentPlan,
  growthPercent,
  isoDateIn,
  rollUp,
  shareSeries,
  statusDistribution,
  type ActivityStatus,
  type ActivityStatusComparison,
  type AgreementsComparison,
  type ComparisonKind,
  type CoverageComparison,
  type IndicatorsComparison,
  type PlansComparison,
  type RegionOverview,
  type SharingArea,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AppError } from '../common/app-error.js';
import { attachment } from '../plans/transfer/transfer.service.js';
import { type AnyComparison, comparisonWorkbook, fileNameOf } from './comparison-sheets.js';
import type { RequestContext } from '../common/request-context.js';
import {
  type ActivityGroupRow,
  ComparisonRepository,
  type PlanRow,
  type SharingKommun,
} from './comparison.repository.js';

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

/** A group as one activity for the roll-up: weighted mean progress, the group's weight. */
const asRollup = (g: ActivityGroupRow) => ({
  status: g.status,
  progress: g.weight > 0 ? g.weighted_progress / g.weight : 0,
  weight: g.weight,
});

/** A group as its activities for coverage and status (the budget rides on the first). */
const asActivities = (g: ActivityGroupRow) =>
  Array.from({ length: g.n }, (_, i) => ({
    level: g.level,
    tier: g.tier,
    targetGroups: [],
    violenceTypes: [],
    budgetSek: i === 0 ? g.budget_sek : 0,
    status: g.status,
  }));

const planRef = (p: PlanRow | null) =>
  p ? { id: p.id, title: p.title, periodFrom: p.period_from, periodTo: p.period_to } : null;

const asCurrentPlanInput = (p: PlanRow) => ({
  ...p,
  periodFrom: p.period_from,
  revision: p.revision,
});

/**
 * The regional comparisons. Each lists only the kommuner that share the area it needs;
 * a kommun that does not share is not named at all. Figures that leave a kommun here go
 * through the small-number rule (indicators), and no comparison adds kommuner's figures
 * together, so no total can give a hidden figure away.
 */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly data: ComparisonRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  private async envelope() {
    const code = this.cls.get('region')?.code;
    if (!code) throw new Error('Reachable only through a region route.');
    const region = await this.data.region(code);
    if (!region) throw AppError.notFound();
    return { region, generatedAt: new Date().toISOString() };
  }

  private async sharing(area: SharingArea): Promise<SharingKommun[]> {
    return (await this.data.sharingKommuner()).filter((k) => k[area]);
  }

  async overview(): Promise<RegionOverview> {
    const envelope = await this.envelope();
    const kommuner = await this.data.sharingKommuner();
    return {
      ...envelope,
      municipalities: kommuner.map((k) => ({
        code: k.code,
        name: k.name,
        shares: {
          plans: k.plans,
          coverage: k.coverage,
          indicators: k.indicators,
          collaboration: k.collaboration,
        },
      })),
    };
  }

  /** Current plan and its activities per sharing kommun (for coverage and status). */
  private async currentPlans(area: SharingArea) {
    const kommuner = await this.sharing(area);
    const ids = kommuner.map((k) => k.id);
    const plans = groupBy(await this.data.plans(ids), (p) => p.tenant_id);
    const current = new Map(
      kommuner.map((k) => [k.id, currentPlan((plans.get(k.id) ?? []).map(asCurrentPlanInput))]),
    );
    const planIds = [...current.values()].flatMap((p) => (p ? [p.id] : []));
    // Only the current plans' activities: the others are not compared.
    const activities = groupBy(
      planIds.length ? await this.data.activityGroups(ids, planIds) : [],
      (a) => a.plan_id,
    );
    return kommuner.map((k) => {
      const plan = current.get(k.id) ?? null;
      return { kommun: k, plan, activities: plan ? (activities.get(plan.id) ?? []) : [] };
    });
  }

  async plans(): Promise<PlansComparison> {
    const envelope = await this.envelope();
    const kommuner = await this.sharing('plans');
    const ids = kommuner.map((k) => k.id);
    const plans = groupBy(await this.data.plans(ids), (p) => p.tenant_id);
    const activities = groupBy(await this.data.activityGroups(ids), (a) => a.plan_id);
    const goals = new Map((await this.data.goalCounts(ids)).map((g) => [g.plan_id, g.n]));
    return {
      ...envelope,
      municipalities: kommuner.map((k) => {
        const own = plans.get(k.id) ?? [];
        const current = currentPlan(own.map(asCurrentPlanInput));
        return {
          code: k.code,
          name: k.name,
          plans: own.map((p) => {
            const groups = activities.get(p.id) ?? [];
            return {
              id: p.id,
              title: p.title,
              kind: p.kind,
              status: p.status,
              periodFrom: p.period_from,
              periodTo: p.period_to,
              adoptedOn: p.adopted_on,
              progress: rollUp(groups.map(asRollup)).progress,
              goals: goals.get(p.id) ?? 0,
              activities: groups.reduce((sum, g) => sum + g.n, 0),
              current: current?.id === p.id,
            };
          }),
        };
      }),
    };
  }

  async coverage(): Promise<CoverageComparison> {
    const envelope = await this.envelope();
    const rows = await this.currentPlans('coverage');
    return {
      ...envelope,
      levels: [...LEVELS],
      tiers: [...TIERS],
      municipalities: rows.map(({ kommun, plan, activities }) => {
        const coverage = computeCoverage(activities.flatMap(asActivities));
        return {
          code: kommun.code,
          name: kommun.name,
          plan: planRef(plan),
          matrix: coverage.matrix,
          gaps: coverage.gaps.matrix,
          activities: coverage.totals.activities,
        };
      }),
    };
  }

  async activityStatus(): Promise<ActivityStatusComparison> {
    const envelope = await this.envelope();
    const rows = await this.currentPlans('plans');
    return {
      ...envelope,
      statuses: [...ACTIVITY_STATUSES],
      municipalities: rows.map(({ kommun, plan, activities }) => ({
        code: kommun.code,
        name: kommun.name,
        plan: planRef(plan),
        ...statusDistribution(activities.flatMap((g) => Array<ActivityStatus>(g.n).fill(g.status))),
      })),
    };
  }

  async indicators(): Promise<IndicatorsComparison> {
    const envelope = await this.envelope();
    const kommuner = await this.sharing('indicators');
    const ids = kommuner.map((k) => k.id);
    const indicators = await this.data.indicators(ids);
    const figures = groupBy(await this.data.measurements(ids), (m) => m.indicator_id);
    const byPlatform = groupBy(indicators, (i) => i.platform_indicator_id);
    const result: IndicatorsComparison['indicators'] = [];
    for (const [platformIndicatorId, followed] of byPlatform) {
      const def = followed[0];
      if (!def) continue;
      const periods = new Set<string>();
      const municipalities = kommuner.flatMap((k) => {
        const own = followed.find((i) => i.tenant_id === k.id);
        if (!own) return [];
        // The small-number rule on everything of this indicator that leaves the kommun.
        const shared = shareSeries(
          (figures.get(own.id) ?? []).map((m) => ({
            period: m.period,
            gender: m.gender,
            state: m.state,
            value: m.value,
          })),
          { unit: def.unit, periodType: def.period_type, genderSplit: def.gender_split },
        );
        for (const f of shared) periods.add(f.period);
        // Growth from shown totals only: a hidden figure gives no growth.
        const totals = shared
          .filter((f) => f.gender === 'T' && (def.period_type === 'year' || f.yearTotal))
          .sort((a, b) => a.period.localeCompare(b.period));
        const first = totals.find((f) => f.state === 'value');
        const last = [...totals].reverse().find((f) => f.state === 'value');
        return [
          {
            code: k.code,
            name: k.name,
            figures: shared.map((f) => ({
              period: f.period,
              gender: f.gender,
              state: f.state,
              value: f.state === 'value' ? f.value : null,
              yearTotal: f.yearTotal,
            })),
            growthPercent:
              first && last && first !== last ? growthPercent(first.value, last.value) : null,
          },
        ];
      });
      result.push({
        platformIndicatorId,
        nameSv: def.name_sv,
        nameEn: def.name_en,
        unit: def.unit,
        periodType: def.period_type,
        genderSplit: def.gender_split,
        higherIsBetter: def.higher_is_better,
        periods: [...periods].sort(),
        municipalities,
      });
    }
    return { ...envelope, indicators: result };
  }

  /** A comparison as an XLSX file, in the caller's language. */
  async export(kind: ComparisonKind): Promise<{ body: Buffer; disposition: string }> {
    const comparison = await comparisonOf(this, kind);
    const language = this.cls.get('language') ?? 'sv';
    return {
      body: await comparisonWorkbook(comparison, language),
      disposition: attachment(fileNameOf(kind, comparison.data.region, language)),
    };
  }

  async agreements(): Promise<AgreementsComparison> {
    const envelope = await this.envelope();
    const kommuner = await this.sharing('collaboration');
    const rows = groupBy(await this.data.agreements(kommuner.map((k) => k.id)), (a) => a.tenant_id);
    const today = isoDateIn(new Date());
    const perKommun = kommuner.map((k) =>
      currentAgreementCategories(
        (rows.get(k.id) ?? []).map((a) => ({
          category: agreementCategory({ type: a.type, careService: a.care_service }),
          signedOn: a.signed_on,
          lastFollowUpOn: a.last_follow_up_on,
        })),
        today,
      ),
    );
    return {
      ...envelope,
      categories: [...AGREEMENT_CATEGORIES],
      municipalities: kommuner.map((k, i) => ({
        code: k.code,
        name: k.name,
        current: AGREEMENT_CATEGORIES.filter((c) => perKommun[i]?.has(c)),
      })),
      shares: agreementShares(perKommun),
    };
  }
}

/** One comparison by its kind (for the export route). */
export async function comparisonOf(
  service: ComparisonService,
  kind: ComparisonKind,
): Promise<AnyComparison> {
  switch (kind) {
    case 'plans':
      return { kind, data: await service.plans() };
    case 'coverage':
      return { kind, data: await service.coverage() };
    case 'activity-status':
      return { kind, data: await service.activityStatus() };
    case 'indicators':
      return { kind, data: await service.indicators() };
    case 'agreements':
      return { kind, data: await service.agreements() };
  }
}
