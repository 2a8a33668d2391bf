import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { PartnerContactEntity, PartnerEntity } from './partner.entity.js';
import { TenantRowsRepository } from './tenant-rows.repository.js';

@Injectable()
export class PartnersRepository extends TenantRowsRepository<PartnerEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, PartnerEntity);
  }

  list(tenantId: string): Promise<PartnerEntity[]> {
    return this.repo.find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  contacts(tenantId: string, partnerIds: string[]): Promise<PartnerContactEntity[]> {
    if (!partnerIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(PartnerContactEntity)
      .find({ where: { tenantId, partnerId: In(partnerIds) }, order: { position: 'ASC' } });
  }

  /** Replaces the partner's contact persons with these, in order. */
  async replaceContacts(
    tenantId: string,
    partnerId: string,
    contacts: Array<Omit<PartnerContactEntity, 'tenantId' | 'partnerId' | 'position'>>,
  ): Promise<void> {
    const repo = this.txHost.tx.getRepository(PartnerContactEntity);
    await repo.delete({ tenantId, partnerId });
    if (contacts.length)
      await repo.insert(contacts.map((c, position) => ({ ...c, tenantId, partnerId, position })));
  }
}
