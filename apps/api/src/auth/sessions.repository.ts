import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { SessionEntity } from './session.entity.js';

@Injectable()
export class SessionsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(SessionEntity);
  }

  async insert(session: Omit<SessionEntity, 'createdAt' | 'revokedAt'>): Promise<void> {
    await this.repo.insert(session);
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.repo.update({ id }, { lastSeenAt: now });
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.repo.update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }

  async revokeAllOf(userId: string, now: Date): Promise<void> {
    await this.repo.update({ userId, revokedAt: IsNull() }, { revokedAt: now });
  }
}
