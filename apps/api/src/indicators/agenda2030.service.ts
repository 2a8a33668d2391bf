import { Injectable } from '@nestjs/common';
import type { Agenda2030Target, TenantAgenda2030Target } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import type { RequestContext } from '../common/request-context.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { Agenda2030Repository } from './agenda2030.repository.js';
import { IndicatorLinksRepository } from './indicator-links.repository.js';
import { IndicatorsService } from './indicators.service.js';

const byId = (a: string, b: string) => a.localeCompare(b, 'sv', { numeric: true });

/** Agenda 2030's goals 5 and 16, their targets and indicators; and a kommun's work towards them. */
@Injectable()
export class Agenda2030Service {
  constructor(
    private readonly agenda2030: Agenda2030Repository,
    private readonly links: IndicatorLinksRepository,
    private readonly indicators: IndicatorsService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async targets(): Promise<Agenda2030Target[]> {
    const { goals, targets, indicators, catalogue } = await this.agenda2030.reference();
    const goalOf = new Map(goals.map((g) => [g.number, g]));
    return targets
      .sort((a, b) => byId(a.id, b.id))
      .map((t) => ({
        id: t.id,
        goal: t.goal,
        goalTitleSv: goalOf.get(t.goal)?.titleSv ?? '',
        goalTitleEn: goalOf.get(t.goal)?.titleEn ?? '',
        textSv: t.textSv,
        textEn: t.textEn,
        indicators: indicators
          .filter((i) => i.targetId === t.id)
          .sort((a, b) => byId(a.id, b.id))
          .map((i) => ({
            id: i.id,
            national: i.national,
            textEn: i.textEn,
            platformIndicatorId: catalogue.get(i.id)?.id ?? null,
            nameSv: catalogue.get(i.id)?.nameSv ?? null,
          })),
      }));
  }

  /** Each target with the kommun's goals, activities and indicators that work towards it. */
  async tenantTargets(): Promise<TenantAgenda2030Target[]> {
    const tenantId = requireTenant(this.cls).id;
    const [targets, goals, activities, indicators] = await Promise.all([
      this.targets(),
      this.links.itemsByTarget('goal', tenantId),
      this.links.itemsByTarget('activity', tenantId),
      this.indicators.list(),
    ]);
    return targets.map((t) => ({
      ...t,
      goals: goals.get(t.id) ?? [],
      activities: activities.get(t.id) ?? [],
      tenantIndicators: indicators
        .filter((i) => i.agenda2030TargetId === t.id)
        .map((i) => ({ id: i.id, nameSv: i.nameSv, status: i.status })),
    }));
  }
}
