import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { updateVersioned } from '../database/versioned-update.js';
import { In } from 'typeorm';
import { OrgUnitEntity } from './org-unit.entity.js';

/**
 * Every query names the tenant explicitly, and RLS filters by the transaction's tenant
 * as well: the two must agree for a row to come back.
 */
@Injectable()
export class OrgUnitsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(OrgUnitEntity);
  }

  list(tenantId: string): Promise<OrgUnitEntity[]> {
    return this.repo.find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  find(tenantId: string, id: string): Promise<OrgUnitEntity | null> {
    return this.repo.findOneBy({ tenantId, id });
  }

  /** Locks the row for the rest of the transaction, so concurrent edits queue up. */
  findForUpdate(tenantId: string, id: string): Promise<OrgUnitEntity | null> {
    return this.repo.findOne({ where: { tenantId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(
    unit: Pick<OrgUnitEntity, 'tenantId' | 'id' | 'parentId' | 'name' | 'shortName' | 'kind'>,
  ) {
    await this.repo.insert(unit);
    return this.repo.findOneByOrFail({ tenantId: unit.tenantId, id: unit.id });
  }

  /** Writes the change only if the row is still at `expectedVersion`; returns the new row or null. */
  async updateIfVersion(
    tenantId: string,
    id: string,
    expectedVersion: number,
    changes: Partial<Pick<OrgUnitEntity, 'parentId' | 'name' | 'shortName' | 'kind'>>,
  ): Promise<OrgUnitEntity | null> {
    const written = await updateVersioned(
      this.repo,
      { tenant_id: tenantId, id },
      expectedVersion,
      changes,
    );
    return written ? this.find(tenantId, id) : null;
  }

  async existingIds(tenantId: string, ids: string[]): Promise<Set<string>> {
    const rows = await this.repo.find({ select: { id: true }, where: { tenantId, id: In(ids) } });
    return new Set(rows.map((r) => r.id));
  }

  async countChildren(tenantId: string, id: string): Promise<number> {
    return this.repo.countBy({ tenantId, parentId: id });
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.repo.delete({ tenantId, id });
  }
}
