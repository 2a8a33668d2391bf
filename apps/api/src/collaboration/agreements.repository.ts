import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AgreementEntity } from './agreement.entity.js';
import { TenantRowsRepository } from './tenant-rows.repository.js';

@Injectable()
export class AgreementsRepository extends TenantRowsRepository<AgreementEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, AgreementEntity);
  }

  list(tenantId: string): Promise<AgreementEntity[]> {
    return this.repo.find({ where: { tenantId }, order: { signedOn: 'DESC', subject: 'ASC' } });
  }
}
