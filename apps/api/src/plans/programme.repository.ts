import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { updateVersioned } from '../database/versioned-update.js';
import { ProgrammeEntity, ProgrammeSteeringUnitEntity } from './programme.entity.js';

export type ProgrammeFields = Pick<
  ProgrammeEntity,
  'vision' | 'violenceTypes' | 'coordinatingUnitId' | 'modelStep'
>;

@Injectable()
export class ProgrammeRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get programmes() {
    return this.txHost.tx.getRepository(ProgrammeEntity);
  }

  private get steering() {
    return this.txHost.tx.getRepository(ProgrammeSteeringUnitEntity);
  }

  /** The kommun's programme, locked for the rest of the transaction. */
  findForUpdate(tenantId: string): Promise<ProgrammeEntity | null> {
    return this.programmes.findOne({ where: { tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  find(tenantId: string): Promise<ProgrammeEntity | null> {
    return this.programmes.findOneBy({ tenantId });
  }

  async steeringUnits(tenantId: string, programmeId: string): Promise<string[]> {
    return (await this.steering.findBy({ tenantId, programmeId })).map((r) => r.orgUnitId);
  }

  async insert(tenantId: string, id: string, fields: ProgrammeFields): Promise<void> {
    await this.programmes.insert({ tenantId, id, ...fields });
  }

  async update(tenantId: string, id: string, fields: ProgrammeFields): Promise<void> {
    await updateVersioned(this.programmes, { tenant_id: tenantId, id }, null, fields);
  }

  async replaceSteeringUnits(
    tenantId: string,
    programmeId: string,
    unitIds: string[],
  ): Promise<void> {
    await this.steering.delete({ tenantId, programmeId });
    if (unitIds.length)
      await this.steering.insert(
        unitIds.map((orgUnitId) => ({ tenantId, programmeId, orgUnitId })),
      );
  }
}
