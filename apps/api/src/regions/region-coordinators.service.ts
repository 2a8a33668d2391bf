import { Injectable } from '@nestjs/common';
import { fieldIssue, type RegionCoordinator } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../audit/audit.service.js';
import { SessionCache } from '../auth/session-cache.js';
import { AppError, ValidationFailedError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import {
  type CoordinatorRow,
  RegionCoordinatorsRepository,
} from './region-coordinators.repository.js';

const toCoordinator = (r: CoordinatorRow): RegionCoordinator => ({
  userId: r.user_id,
  email: r.email,
  displayName: r.display_name,
  lanskod: r.lanskod,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Platform admins assign regional coordinators to a län; audited on the platform log. */
@Injectable()
export class RegionCoordinatorsService {
  constructor(
    private readonly coordinators: RegionCoordinatorsRepository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
    private readonly sessions: SessionCache,
  ) {}

  private async assertRegion(lanskod: string): Promise<void> {
    if (!(await this.coordinators.regionName(lanskod))) throw AppError.notFound();
  }

  async list(lanskod: string): Promise<RegionCoordinator[]> {
    await this.assertRegion(lanskod);
    return (await this.coordinators.list(lanskod)).map(toCoordinator);
  }

  async add(lanskod: string, email: string): Promise<RegionCoordinator> {
    await this.assertRegion(lanskod);
    const userId = await this.coordinators.userIdByEmail(email);
    if (!userId)
      throw new ValidationFailedError([
        fieldIssue('email', 'unknown_reference', this.cls.get('language') ?? 'sv'),
      ]);
    const added = await this.coordinators.add(
      lanskod,
      userId,
      this.cls.get('principal')?.userId ?? null,
    );
    const row = toCoordinator((await this.coordinators.find(lanskod, userId)) as CoordinatorRow);
    // Their rights changed: this process forgets them now, the others when PostgreSQL says so.
    this.sessions.forgetUser(userId);
    if (added)
      await this.audit.record({
        tenantId: null,
        action: 'region_coordinator.added',
        entityType: 'region_coordinator',
        entityId: `${lanskod}:${userId}`,
        after: row,
      });
    return row;
  }

  async remove(lanskod: string, userId: string): Promise<void> {
    await this.assertRegion(lanskod);
    const before = await this.coordinators.find(lanskod, userId);
    if (!before || !(await this.coordinators.remove(lanskod, userId))) throw AppError.notFound();
    this.sessions.forgetUser(userId);
    await this.audit.record({
      tenantId: null,
      action: 'region_coordinator.removed',
      entityType: 'region_coordinator',
      entityId: `${lanskod}:${userId}`,
      before: toCoordinator(before),
    });
  }
}
