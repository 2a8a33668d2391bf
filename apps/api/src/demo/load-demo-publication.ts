import type { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { RequestContext } from '../common/request-context.js';
import { enterTenant } from '../database/system-context.js';
import { PublicationService } from '../publication/publication.service.js';

/** Kommuner of the demo that publish their public page (/k/{code}): Trelleborg does. */
export const DEMO_PUBLISHING = ['1287'];

/**
 * Publishes every adopted or in-force plan of the publishing demo kommuner, through the
 * service (validation and audit as in the API). Call inside loadDemo's transaction.
 */
export async function loadDemoPublication(
  app: INestApplicationContext,
  kommuner: ReadonlyMap<string, { tenantId: string }>,
): Promise<void> {
  const cls = app.get<ClsService<RequestContext>>(ClsService);
  const publication = app.get(PublicationService);
  for (const code of DEMO_PUBLISHING) {
    const kommun = kommuner.get(code);
    if (!kommun) continue;
    await enterTenant(app, cls, { id: kommun.tenantId, code });
    const current = await publication.get();
    await publication.update({
      version: current.version,
      published: true,
      planIds: current.plans.filter((p) => p.publishable).map((p) => p.id),
    });
  }
}
