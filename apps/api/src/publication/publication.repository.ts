import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { PlanStatus } from '@samla/domain';
import { updateVersioned } from '../database/versioned-update.js';
import { PublicationEntity, PublicationPlanEntity } from './publication.entity.js';

export interface PlanOptionRow {
  id: string;
  title: string;
  status: PlanStatus;
  periodFrom: number;
  periodTo: number;
}

/** The kommun's own view of what it publishes (tenant context, tenant policies). */
@Injectable()
export class PublicationRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get publications() {
    return this.txHost.tx.getRepository(PublicationEntity);
  }

  private get plans() {
    return this.txHost.tx.getRepository(PublicationPlanEntity);
  }

  find(tenantId: string, lock = false): Promise<PublicationEntity | null> {
    return this.publications.findOne({
      where: { tenantId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async planIds(tenantId: string): Promise<string[]> {
    return (await this.plans.find({ where: { tenantId }, order: { planId: 'ASC' } })).map(
      (p) => p.planId,
    );
  }

  /** Every plan of the kommun that is not archived, newest period first. */
  planOptions(tenantId: string): Promise<PlanOptionRow[]> {
    return this.txHost.tx.query(
      `SELECT id::text, title, status, period_from AS "periodFrom", period_to AS "periodTo"
         FROM action_plans WHERE tenant_id = $1 AND status <> 'archived'
        ORDER BY period_to DESC, title, id`,
      [tenantId],
    );
  }

  async insert(tenantId: string, published: boolean, updatedBy: string | null): Promise<void> {
    await this.publications.insert({ tenantId, published, updatedBy });
  }

  async update(tenantId: string, published: boolean, updatedBy: string | null): Promise<void> {
    await updateVersioned(this.publications, { tenant_id: tenantId }, null, {
      published,
      updatedBy,
    });
  }

  async replacePlans(tenantId: string, planIds: readonly string[]): Promise<void> {
    await this.plans.delete({ tenantId });
    if (planIds.length) await this.plans.insert(planIds.map((planId) => ({ tenantId, planId })));
  }
}
