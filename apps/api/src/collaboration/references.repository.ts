import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

/** Tables whose rows other rows may point to, by what the reference names. */
export const REFERENCE_TABLES = {
  plan: 'action_plans',
  activity: 'activities',
  partner: 'partners',
  forum: 'forums',
  orgUnit: 'org_units',
} as const;
export type ReferenceKind = keyof typeof REFERENCE_TABLES;

@Injectable()
export class ReferencesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The ids among `ids` that exist in the kommun (RLS and the filter both hold it to it). */
  async existing(tenantId: string, kind: ReferenceKind, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: Array<{ id: string }> = await this.txHost.tx.query(
      `SELECT id::text FROM ${REFERENCE_TABLES[kind]} WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [tenantId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Members of the kommun among `userIds`. */
  async existingMembers(tenantId: string, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows: Array<{ user_id: string }> = await this.txHost.tx.query(
      `SELECT user_id::text FROM memberships WHERE tenant_id = $1 AND user_id = ANY($2::uuid[])`,
      [tenantId, userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }
}
