import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { RegionCoordinatorEntity } from './region-coordinator.entity.js';

export interface CoordinatorRow {
  user_id: string;
  email: string;
  display_name: string;
  lanskod: string;
  created_at: Date;
}

/** Who coordinates which län (a platform table, written by platform admins). */
@Injectable()
export class RegionCoordinatorsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  regionName(lanskod: string): Promise<string | null> {
    return this.txHost.tx
      .query(`SELECT name FROM regions WHERE code = $1`, [lanskod])
      .then((rows: Array<{ name: string }>) => rows[0]?.name ?? null);
  }

  list(lanskod: string): Promise<CoordinatorRow[]> {
    return this.txHost.tx.query(
      `SELECT c.user_id, u.email, u.display_name, c.lanskod, c.created_at
         FROM region_coordinators c JOIN users u ON u.id = c.user_id
        WHERE c.lanskod = $1 ORDER BY u.display_name`,
      [lanskod],
    );
  }

  find(lanskod: string, userId: string): Promise<CoordinatorRow | undefined> {
    return this.list(lanskod).then((rows) => rows.find((r) => r.user_id === userId));
  }

  userIdByEmail(email: string): Promise<string | null> {
    return this.txHost.tx
      .query(`SELECT id FROM users WHERE email = $1`, [email.toLowerCase()])
      .then((rows: Array<{ id: string }>) => rows[0]?.id ?? null);
  }

  /** Adds the assignment; false when it was already there. */
  async add(lanskod: string, userId: string, createdBy: string | null): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `INSERT INTO region_coordinators (user_id, lanskod, created_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, lanskod, createdBy],
    );
    return rows.length > 0;
  }

  async remove(lanskod: string, userId: string): Promise<boolean> {
    const result = await this.txHost.tx
      .getRepository(RegionCoordinatorEntity)
      .delete({ lanskod, userId });
    return Boolean(result.affected);
  }
}
