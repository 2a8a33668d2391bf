import { Injectable } from '@nestjs/common';
import { isPublishable, publicIndicatorFigures, rollUpPlan, type PublicPage } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import {
  PublicPageRepository,
  type PublicFigureRow,
  type PublicPlanRow,
} from './public-page.repository.js';
import { PublicationRepository } from './publication.repository.js';

const KOMMUNKOD = /^\d{4}$/;

/**
 * The public page of a kommun, for anyone, without a login. An unknown kommun, one that
 * does not publish and one that publishes nothing that is adopted or in force all answer the
 * same 404, so nothing can be learnt about kommuner that keep their plans internal.
 */
@Injectable()
export class PublicPageService {
  constructor(
    private readonly repository: PublicPageRepository,
    private readonly publications: PublicationRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async page(code: string): Promise<PublicPage> {
    if (!KOMMUNKOD.test(code)) throw AppError.notFound();
    const tenant = await this.repository.tenantByCode(code);
    if (!tenant) throw AppError.notFound();
    await this.repository.actAsPublic(tenant.id);
    const publishedAt = await this.repository.publishedAt(tenant.id);
    if (!publishedAt) throw AppError.notFound();
    // Row-level security has already left only the published plans.
    const page = await this.assemble(tenant, publishedAt, () => true);
    if (page.plans.length === 0) throw AppError.notFound();
    return page;
  }

  /**
   * The page as it will look with the plans the kommun has chosen, published or not, for its
   * tenant admin (tenant context: RLS shows the whole kommun, so the plans are chosen here).
   */
  async preview(): Promise<PublicPage> {
    const scope = requireTenant(this.cls);
    const tenant = await this.repository.tenantByCode(scope.code);
    if (!tenant) throw AppError.notFound();
    const chosen = new Set(await this.publications.planIds(scope.id));
    return this.assemble(
      tenant,
      new Date(),
      (plan) => chosen.has(plan.id) && isPublishable(plan.status),
    );
  }

  private async assemble(
    tenant: { id: string; code: string; name: string },
    publishedAt: Date,
    include: (plan: PublicPlanRow) => boolean,
  ): Promise<PublicPage> {
    const [plans, goals, activities, indicators, figures] = await Promise.all([
      this.repository.plans(tenant.id),
      this.repository.goals(tenant.id),
      this.repository.activities(tenant.id),
      this.repository.indicators(tenant.id),
      this.repository.figures(tenant.id),
    ]);
    const figuresOf = new Map<string, PublicFigureRow[]>();
    for (const f of figures)
      figuresOf.set(f.indicatorId, [...(figuresOf.get(f.indicatorId) ?? []), f]);

    return {
      kommun: { code: tenant.code, name: tenant.name },
      publishedAt: publishedAt.toISOString(),
      plans: plans.filter(include).map((plan) => {
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
