import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity.js';

@Injectable()
export class ApiTokensRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ApiTokenEntity);
  }

  async insert(
    token: Omit<ApiTokenEntity, 'createdAt' | 'lastUsedAt' | 'revokedAt'>,
  ): Promise<ApiTokenEntity> {
    await this.repo.insert(token);
    return this.repo.findOneByOrFail({ id: token.id });
  }

  listActive(userId: string): Promise<ApiTokenEntity[]> {
    return this.repo.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  findActive(userId: string, id: string): Promise<ApiTokenEntity | null> {
    return this.repo.findOneBy({ userId, id, revokedAt: IsNull() });
  }

  /** A usable token: not revoked and not expired. */
  findUsable(tokenHash: Buffer, now: Date): Promise<ApiTokenEntity | null> {
    return this.repo
      .createQueryBuilder('t')
      .where('t.token_hash = :tokenHash', { tokenHash })
      .andWhere('t.revoked_at IS NULL')
      .andWhere('(t.expires_at IS NULL OR t.expires_at > :now)', { now })
      .getOne();
  }

  async markUsed(id: string, now: Date): Promise<void> {
    await this.repo.update({ id }, { lastUsedAt: now });
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.repo.update({ id }, { revokedAt: now });
  }
}
