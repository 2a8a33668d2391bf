import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/request-context.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(UserEntity);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id });
  }

  async insert(
    user: Pick<UserEntity, 'id' | 'email' | 'displayName' | 'passwordHash' | 'isPlatformAdmin'>,
  ) {
    await this.repo.insert({ ...user, email: user.email.toLowerCase() });
  }

  async updatePassword(id: string, passwordHash: string, isPlatformAdmin?: boolean): Promise<void> {
    await this.repo.update(
      { id },
      { passwordHash, ...(isPlatformAdmin === undefined ? {} : { isPlatformAdmin }) },
    );
  }

  /**
   * The user's memberships with their kommun's name. Memberships are tenant-owned and under
   * RLS; this runs in its own short transaction that declares whose they are.
   */
  async membershipsOf(userId: string): Promise<Principal['memberships']> {
    return this.txHost.withTransaction(async () => {
      await this.txHost.tx.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
      const rows: Array<{
        tenant_id: string;
        code: string;
        name: string;
        role: Principal['memberships'][number]['role'];
      }> = await this.txHost.tx.query(
        `SELECT m.tenant_id, t.code, t.name, m.role
             FROM memberships m JOIN tenants t ON t.id = m.tenant_id
            WHERE m.user_id = $1
            ORDER BY t.name`,
        [userId],
      );
      return rows.map((r) => ({
        tenantId: r.tenant_id,
        tenantCode: r.code,
        tenantName: r.name,
        role: r.role,
      }));
    });
  }

  /** The län the user coordinates (a platform table: no RLS, no declaration needed). */
  async coordinatedRegionsOf(userId: string): Promise<Principal['coordinatedRegions']> {
    const rows: Array<{ code: string; name: string }> = await this.txHost.tx.query(
      `SELECT r.code, r.name FROM region_coordinators c JOIN regions r ON r.code = c.lanskod
        WHERE c.user_id = $1 ORDER BY r.code`,
      [userId],
    );
    return rows.map((r) => ({ code: r.code, name: r.name }));
  }
}
