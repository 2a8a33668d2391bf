import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { TenantRole } from '@samla/domain';
import { In } from 'typeorm';
import { MembershipUnitEntity } from './membership-unit.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { TenantEntity } from './tenant.entity.js';

export interface TenantRow extends TenantEntity {
  regionName: string;
}

@Injectable()
export class TenantsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query() {
    return this.txHost.tx
      .getRepository(TenantEntity)
      .createQueryBuilder('t')
      .innerJoin('regions', 'r', 'r.code = t.region_code')
      .addSelect('r.name', 'region_name')
      .orderBy('t.name', 'ASC');
  }

  private async rows(qb: ReturnType<TenantsRepository['query']>): Promise<TenantRow[]> {
    const { entities, raw } = await qb.getRawAndEntities<{ region_name: string }>();
    return entities.map((e, i) => Object.assign(e, { regionName: raw[i]?.region_name ?? '' }));
  }

  listAll(): Promise<TenantRow[]> {
    return this.rows(this.query());
  }

  listByIds(ids: string[]): Promise<TenantRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.rows(this.query().where({ id: In(ids) }));
  }

  async findByCode(code: string): Promise<TenantRow | null> {
    const [row] = await this.rows(this.query().where('t.code = :code', { code }));
    return row ?? null;
  }

  async insert(tenant: Pick<TenantEntity, 'id' | 'code' | 'name' | 'regionCode'>): Promise<void> {
    await this.txHost.tx.getRepository(TenantEntity).insert(tenant);
  }

  /** Makes the rest of this transaction act inside one kommun, for RLS. */
  async actAs(tenantId: string): Promise<void> {
    await this.txHost.tx.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  }

  async replaceMemberUnits(tenantId: string, userId: string, orgUnitIds: string[]): Promise<void> {
    const repo = this.txHost.tx.getRepository(MembershipUnitEntity);
    await repo.delete({ tenantId, userId });
    if (orgUnitIds.length)
      await repo.insert(orgUnitIds.map((orgUnitId) => ({ tenantId, userId, orgUnitId })));
  }

  async addMember(tenantId: string, userId: string, role: TenantRole): Promise<void> {
    await this.txHost.tx
      .getRepository(MembershipEntity)
      .upsert({ tenantId, userId, role }, { conflictPaths: ['tenantId', 'userId'] });
  }
}
