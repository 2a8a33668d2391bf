import type { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { RequestContext } from '../common/request-context.js';
import { enterTenant } from '../database/system-context.js';
import { IndicatorLinksService } from '../indicators/indicator-links.service.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { MeasurementsService } from '../indicators/measurements.service.js';
import { PlatformIndicatorsService } from '../indicators/platform-indicators.service.js';
import { ActionPlansService } from '../plans/action-plans.service.js';
import {
  DEMO_INDICATORS,
  DEMO_SOURCE,
  type DemoFigure,
  type DemoIndicatorSet,
  type DemoLink,
  type DemoTarget,
} from './demo-indicators.js';

/**
 * Loads the demo indicators (demo-indicators.ts) through the same services as the API:
 * the kommun's own indicators and follows, their figures, baselines and targets, and
 * links from the demo plans' goals and activities. Call it inside loadDemo's transaction,
 * after the plans: `kommuner` maps each demo kommunkod to its tenant id.
 */
export async function loadDemoIndicators(
  app: INestApplicationContext,
  kommuner: ReadonlyMap<string, { tenantId: string }>,
): Promise<void> {
  const cls = app.get<ClsService<RequestContext>>(ClsService);
  const previous = cls.get('tenant');
  for (const set of DEMO_INDICATORS) {
    const kommun = kommuner.get(set.tenantCode);
    if (!kommun) continue;
    await enterTenant(app, cls, { id: kommun.tenantId, code: set.tenantCode });
    await loadSet(app, set);
  }
  if (previous) await enterTenant(app, cls, previous);
}

async function loadSet(app: INestApplicationContext, set: DemoIndicatorSet): Promise<void> {
  const indicators = app.get(IndicatorsService);
  const catalogue = await app.get(PlatformIndicatorsService).list();
  const ids = new Map<string, string>();
  for (const demo of set.own) {
    const { key: _key, target, figures, ...definition } = demo;
    const created = await indicators.create({
      ...definition,
      genderSplit: definition.genderSplit ?? false,
      agenda2030TargetId: definition.agenda2030TargetId ?? null,
    });
    ids.set(demo.key, created.id);
    await loadFigures(app, created.id, figures, target);
  }
  for (const demo of set.followed) {
    const entry = catalogue.find((c) => c.agenda2030IndicatorId === demo.agenda2030IndicatorId);
    if (!entry)
      throw new Error(`The demo follows ${demo.agenda2030IndicatorId}, which the catalogue lacks.`);
    const followed = await indicators.follow({ platformIndicatorId: entry.id });
    ids.set(demo.key, followed.id);
    await loadFigures(app, followed.id, demo.figures, demo.target);
  }
  await loadLinks(app, set, ids);
}

async function loadFigures(
  app: INestApplicationContext,
  indicatorId: string,
  figures: DemoFigure[],
  target: DemoTarget | undefined,
): Promise<void> {
  if (figures.length)
    await app.get(MeasurementsService).upsert(indicatorId, {
      measurements: figures.map((f) => ({
        period: f.period,
        gender: f.gender ?? 'T',
        area: 'municipality',
        state: f.state ?? 'value',
        value: (f.state ?? 'value') === 'value' ? (f.value ?? null) : null,
        source: DEMO_SOURCE,
      })),
    });
  if (target) {
    const indicators = app.get(IndicatorsService);
    const { version } = await indicators.view(indicatorId);
    await indicators.setTarget(indicatorId, {
      version,
      baselinePeriod: target.baselinePeriod,
      baselineValue: null,
      targetValue: target.targetValue,
      targetYear: target.targetYear,
    });
  }
}

async function loadLinks(
  app: INestApplicationContext,
  set: DemoIndicatorSet,
  ids: Map<string, string>,
): Promise<void> {
  if (!set.links.length) return;
  const plans = app.get(ActionPlansService);
  const details = await Promise.all((await plans.list()).map((p) => plans.get(p.id)));
  const find = (link: DemoLink): string => {
    const items = details.flatMap((d): Array<{ id: string; title: string }> =>
      link.kind === 'goal' ? d.goals : d.activities,
    );
    const item =
      typeof link.title === 'string' ? items.find((i) => i.title === link.title) : items[0];
    if (!item)
      throw new Error(
        `The demo links indicators to a ${link.kind} "${typeof link.title === 'string' ? link.title : 'first'}" that kommun ${set.tenantCode} does not have.`,
      );
    return item.id;
  };
  const links = app.get(IndicatorLinksService);
  for (const link of set.links)
    await links.set(link.kind, find(link), {
      targetIds: link.targetIds,
      indicatorIds: link.indicators.map((key) => {
        const id = ids.get(key);
        if (!id) throw new Error(`The demo links an unknown indicator "${key}".`);
        return id;
      }),
    });
}
