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
  fieldIssue,
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
  type IndicatorSeries,
  type IndicatorsComparison,
  type IndicatorsComparisonQuery,
  type PlansComparison,
  type RegionOverview,
  type SharingArea,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import { attachment } from '../plans/transfer/transfer.service.js';
import {
  type AnyComparison,
  type IndicatorsExport,
  comparisonWorkbook,
  fileNameOf,
} from './comparison-sheets.js';
import type { RequestContext } from '../common/request-context.js';
import {
  type ActivityGroupRow,
  type CatalogueIndicatorColumns,
  type PlanStatusGroupRow,
  ComparisonRepository,
  type MeasurementRow,
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
const asRollup = (g: PlanStatusGroupRow) => ({
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

const asCompared = (i: CatalogueIndicatorColumns) => ({
  platformIndicatorId: i.platform_indicator_id,
  nameSv: i.name_sv,
  nameEn: i.name_en,
  unit: i.unit,
  periodType: i.period_type,
  genderSplit: i.gender_split,
  higherIsBetter: i.higher_is_better,
});

/**
 * One kommun's figures of one indicator as they may leave it: the small-number rule on
 * the whole series read (every gender, month and year total of it), then the cells shown.
 * Growth from shown totals only, so a hidden figure gives no growth.
 */
function seriesOf(
  def: CatalogueIndicatorColumns,
  k: { code: string; name: string },
  rows: readonly MeasurementRow[],
  shows: (f: IndicatorSeries['figures'][number]) => boolean,
): IndicatorSeries {
  const shared = shareSeries(
    rows.map((m) => ({ period: m.period, gender: m.gender, state: m.state, value: m.value })),
    { unit: def.unit, periodType: def.period_type, genderSplit: def.gender_split },
  )
    .map((f) => ({
      period: f.period,
      gender: f.gender,
      state: f.state,
      value: f.state === 'value' ? f.value : null,
      yearTotal: f.yearTotal,
    }))
    .filter(shows);
  // The growth column compares like with like: the years, or the months shown (not their
  // year total).
  const monthsShown = def.period_type === 'month' && shared.some((f) => !f.yearTotal);
  const totals = shared
    .filter((f) => f.gender === 'T' && (def.period_type === 'year' || f.yearTotal !== monthsShown))
    .sort((a, b) => a.period.localeCompare(b.period));
  const first = totals.find((f) => f.state === 'value');
  const last = [...totals].reverse().find((f) => f.state === 'value');
  return {
    code: k.code,
    name: k.name,
    figures: shared,
    growthPercent: first && last && first !== last ? growthPercent(first.value, last.value) : null,
  };
}

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
    const activities = groupBy(await this.data.planStatusGroups(ids), (a) => a.plan_id);
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

  /**
   * The indicators comparison as the admin shows it: the list of catalogue indicators a
   * sharing kommun follows, and the figures of one of them (by default the first). Only
   * that indicator's figures are read — for a monthly one with `year`, only that year's
   * months — so the work follows what is shown, not the whole catalogue (ADR 0007).
   */
  async indicators(query: IndicatorsComparisonQuery = {}): Promise<IndicatorsComparison> {
    const envelope = await this.envelope();
    const kommuner = await this.sharing('indicators');
    const ids = kommuner.map((k) => k.id);
    const list = await this.data.followedIndicators(ids);
    const language = this.cls.get('language') ?? 'sv';
    const invalid = (field: string, code: 'not_followed' | 'monthly_only') =>
      new ValidationFailedError([fieldIssue(field, code, language)]);
    const def = query.indicator
      ? list.find((i) => i.platform_indicator_id === query.indicator)
      : list[0];
    if (query.indicator && !def) throw invalid('indicator', 'not_followed');
    if (query.year && def?.period_type !== 'month') throw invalid('year', 'monthly_only');
    const indicators = list.map((i) => ({ ...asCompared(i), followedBy: i.followed_by }));
    if (!def) return { ...envelope, indicators, selected: null };

    const id = def.platform_indicator_id;
    const monthly = def.period_type === 'month';
    const year = monthly ? (query.year ?? null) : null;
    // A year's months and its total form groups of their own (no group of the small-number
    // rule spans two years), so one year's figures are suppressed here exactly as in the
    // whole series (suppression.test.ts proves it).
    const followers = await this.data.followers(ids, id);
    const rows = await this.data.indicatorMeasurements(
      followers,
      year ? { from: `${year}-01`, to: `${year}-12` } : undefined,
    );
    const years = year ? await this.data.indicatorYears(followers) : null;
    const own = new Map(followers.map((f) => [f.tenant_id, f.id]));
    const figures = groupBy(rows, (m) => m.tenant_id);
    // Monthly without a year: the year totals only; with a year: its months, then its total.
    const shows = (f: IndicatorSeries['figures'][number]) => !monthly || !!year || f.yearTotal;
    const periods = new Set<string>();
    const municipalities = kommuner.flatMap((k) => {
      if (!own.has(k.id)) return [];
      const series = seriesOf(def, k, figures.get(k.id) ?? [], shows);
      for (const f of series.figures) periods.add(f.period);
      return [series];
    });
    const columns = [...periods].sort();
    return {
      ...envelope,
      indicators,
      selected: {
        platformIndicatorId: id,
        year,
        years: monthly ? (years ?? [...new Set(rows.map((r) => r.period.slice(0, 4)))].sort()) : [],
        // The year total after its months ('2024' sorts before '2024-01').
        periods: year
          ? [...columns.filter((p) => p !== year), ...columns.filter((p) => p === year)]
          : columns,
        municipalities,
      },
    };
  }

  /**
   * Every catalogue indicator with every figure, for the XLSX export: slower, but a
   * download, and suppressed exactly as the view (the same seriesOf on whole series).
   */
  async indicatorsExport(): Promise<IndicatorsExport> {
    const envelope = await this.envelope();
    const kommuner = await this.sharing('indicators');
    const ids = kommuner.map((k) => k.id);
    const indicators = await this.data.indicators(ids);
    const figures = groupBy(await this.data.measurements(ids), (m) => m.indicator_id);
    const byPlatform = groupBy(indicators, (i) => i.platform_indicator_id);
    const result: IndicatorsExport['indicators'] = [];
    for (const [platformIndicatorId, followed] of byPlatform) {
      const def = followed[0];
      if (!def) continue;
      const municipalities = kommuner.flatMap((k) => {
        const own = followed.find((i) => i.tenant_id === k.id);
        return own ? [seriesOf(def, k, figures.get(own.id) ?? [], () => true)] : [];
      });
      result.push({
        ...asCompared({ ...def, platform_indicator_id: platformIndicatorId }),
        followedBy: municipalities.length,
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
      return { kind, data: await service.indicatorsExport() };
    case 'agreements':
      return { kind, data: await service.agreements() };
  }
}
