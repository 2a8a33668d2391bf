import type { INestApplicationContext } from '@nestjs/common';
import { SHARING_AREAS } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import type { RequestContext } from '../common/request-context.js';
import { enterTenant } from '../database/system-context.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { MeasurementsService } from '../indicators/measurements.service.js';
import { PlatformIndicatorsService } from '../indicators/platform-indicators.service.js';
import { RegionCoordinatorsService } from '../regions/region-coordinators.service.js';
import { RegionSharingService } from '../regions/region-sharing.service.js';
import {
  REGION_DEMO_COORDINATORS,
  REGION_DEMO_COUNT_INDICATOR,
  REGION_DEMO_FIGURES,
  REGION_DEMO_SHARING,
} from './demo-regions.js';

/**
 * The regional demo (demo-regions.ts) beyond plans, users and partners, which the main
 * loaders take from the same file: a count indicator in the catalogue with figures small
 * enough to be suppressed, each kommun's sharing choice, and the län coordinators. Call
 * it inside loadDemo's transaction, after the users.
 */
export async function loadDemoRegions(
  app: INestApplicationContext,
  kommuner: ReadonlyMap<string, { tenantId: string }>,
): Promise<void> {
  const cls = app.get<ClsService<RequestContext>>(ClsService);
  const previous = cls.get('tenant');
  const count = await app.get(PlatformIndicatorsService).create(REGION_DEMO_COUNT_INDICATOR);
  const catalogue = await app.get(PlatformIndicatorsService).list();
  const safe = catalogue.find((c) => c.agenda2030IndicatorId === '16.1.4');
  for (const demo of REGION_DEMO_FIGURES) {
    const kommun = kommuner.get(demo.tenantCode);
    if (!kommun) continue;
    await enterTenant(app, cls, { id: kommun.tenantId, code: demo.tenantCode });
    const followed = await app.get(IndicatorsService).follow({ platformIndicatorId: count.id });
    await figures(app, followed.id, demo.count);
    const safeFigures = Object.entries(demo.safe);
    if (safe && safeFigures.length) {
      const own = await app.get(IndicatorsService).follow({ platformIndicatorId: safe.id });
      await figures(
        app,
        own.id,
        safeFigures.map(([period, value]) => ({ period, gender: 'T' as const, value })),
      );
    }
  }
  for (const demo of REGION_DEMO_SHARING) {
    const kommun = kommuner.get(demo.tenantCode);
    if (!kommun) continue;
    await enterTenant(app, cls, { id: kommun.tenantId, code: demo.tenantCode });
    const flags = Object.fromEntries(SHARING_AREAS.map((a) => [a, demo.areas.includes(a)]));
    await app.get(RegionSharingService).update({
      version: 0,
      plans: false,
      coverage: false,
      indicators: false,
      collaboration: false,
      ...flags,
    });
  }
  if (previous) await enterTenant(app, cls, previous);
  else cls.set('tenant', undefined);
  for (const c of REGION_DEMO_COORDINATORS)
    await app.get(RegionCoordinatorsService).add(c.lanskod, c.email);
}

async function figures(
  app: INestApplicationContext,
  indicatorId: string,
  values: Array<{ period: string; gender: 'T' | 'K' | 'M'; value: number }>,
) {
  await app.get(MeasurementsService).upsert(indicatorId, {
    measurements: values.map((f) => ({
      period: f.period,
      gender: f.gender,
      area: 'municipality',
      state: 'value',
      value: f.value,
      source: 'Demodata',
    })),
  });
}
