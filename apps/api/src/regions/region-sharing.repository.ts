import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { RegionSharingEntity } from './region-sharing.entity.js';

export interface SharingChange {
  occurred_at: Date;
  actor_user_id: string | null;
  display_name: string | null;
  after: Record<string, unknown> | null;
}

/** A kommun's sharing choice (tenant-owned, under RLS) and its audit trail. */
@Injectable()
export class RegionSharingRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(RegionSharingEntity);
  }

  /** The row, locked for the rest of the transaction when `lock` is set. */
  find(tenantId: string, lock = false): Promise<RegionSharingEntity | null> {
    const query = this.repo.createQueryBuilder('s').where('s.tenant_id = :tenantId', { tenantId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async insert(row: Omit<RegionSharingEntity, 'version' | 'updatedAt'>): Promise<void> {
    await this.repo.insert({ ...row, version: 1 });
  }

  /** Writes and bumps the version only while the row is still at `version`. */
  async update(
    tenantId: string,
    version: number,
    changes: Pick<RegionSharingEntity, 'plans' | 'coverage' | 'indicators' | 'collaboration'> & {
      updatedBy: string | null;
    },
  ): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('tenant_id = :tenantId AND version = :version', { tenantId, version })
      .execute();
    return Boolean(result.affected);
  }

  displayName(userId: string): Promise<string | null> {
    return this.txHost.tx
      .query(`SELECT display_name FROM users WHERE id = $1`, [userId])
      .then((rows: Array<{ display_name: string }>) => rows[0]?.display_name ?? null);
  }

  region(tenantId: string): Promise<{ code: string; name: string } | undefined> {
    return this.txHost.tx
      .query(
        `SELECT r.code, r.name FROM tenants t JOIN regions r ON r.code = t.region_code WHERE t.id = $1`,
        [tenantId],
      )
      .then((rows: Array<{ code: string; name: string }>) => rows[0]);
  }

  /** The latest changes from the audit log, newest first. */
  history(tenantId: string, limit: number): Promise<SharingChange[]> {
    return this.txHost.tx.query(
      `SELECT e.occurred_at, e.actor_user_id, u.display_name, e.after
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
        WHERE e.tenant_id = $1 AND e.entity_type = 'region_sharing'
        ORDER BY e.occurred_at DESC LIMIT $2`,
      [tenantId, limit],
    );
  }
}
