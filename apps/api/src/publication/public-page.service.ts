import { Injectable } from '@nestjs/common';
import { publicIndicatorFigures, rollUpPlan, type PublicPage } from '@samla/domain';
import { AppError } from '../common/app-error.js';
import { PublicPageRepository, type PublicFigureRow } from './public-page.repository.js';

const KOMMUNKOD = /^\d{4}$/;

/**
 * The public page of a kommun, for anyone, without a login. An unknown kommun, one that
 * does not publish and one that publishes nothing that is adopted or in force all answer the
 * same 404, so nothing can be learnt about kommuner that keep their plans internal.
 */
@Injectable()
export class PublicPageService {
  constructor(private readonly repository: PublicPageRepository) {}

  async page(code: string): Promise<PublicPage> {
    if (!KOMMUNKOD.test(code)) throw AppError.notFound();
    const tenant = await this.repository.tenantByCode(code);
    if (!tenant) throw AppError.notFound();
    await this.repository.actAsPublic(tenant.id);
    const publishedAt = await this.repository.publishedAt(tenant.id);
    if (!publishedAt) throw AppError.notFound();
    const [plans, goals, activities, indicators, figures] = await Promise.all([
      this.repository.plans(tenant.id),
      this.repository.goals(tenant.id),
      this.repository.activities(tenant.id),
      this.repository.indicators(tenant.id),
      this.repository.figures(tenant.id),
    ]);
    if (plans.length === 0) throw AppError.notFound();

    const figuresOf = new Map<string, PublicFigureRow[]>();
    for (const f of figures)
      figuresOf.set(f.indicatorId, [...(figuresOf.get(f.indicatorId) ?? []), f]);

    return {
      kommun: { code: tenant.code, name: tenant.name },
      publishedAt: publishedAt.toISOString(),
      plans: plans.map((plan) => {
        const planGoals = goals.filter((g) => g.planId === plan.id);
        const planActivities = activities.filter((a) => a.planId === plan.id);
        const rollup = rollUpPlan(planGoals, planActivities);
        return {
          ...plan,
          progress: rollup.plan.progress,
          goals: planGoals.map((g) => ({
            id: g.id,
            parentId: g.parentId,
            title: g.title,
            description: g.description,
            progress: rollup.goals.get(g.id)?.progress ?? null,
          })),
          activities: planActivities.map(({ planId: _plan, weight: _weight, ...a }) => a),
          indicators: indicators
            .filter((i) => i.planId === plan.id)
            .map(({ planId: _plan, genderSplit, baselinePeriod, baselineValue, ...i }) => {
              const shared = publicIndicatorFigures(
                { ...i, genderSplit, baselinePeriod, baselineValue },
                figuresOf.get(i.id) ?? [],
              );
              return { ...i, baseline: shared.baseline, figures: shared.figures };
            }),
        };
      }),
    };
  }
}
