import type { TenantRole } from '@samla/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's role in one kommun. Tenant-owned; visible to its tenant and to the user. */
@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('text')
  role: TenantRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
