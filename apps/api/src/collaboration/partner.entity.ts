import type { CareService, PartnerType } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A samverkanspart: an organisation the kommun works with, or one of its own units. */
@Entity('partners')
export class PartnerEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  type: PartnerType;

  @Column('uuid', { nullable: true })
  orgUnitId: string | null;

  /** Which healthcare service a region_healthcare partner is (agreements are compared by it). */
  @Column('text', { nullable: true })
  careService: CareService | null;

  @Column('text', { nullable: true })
  description: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A contact person at a partner: staff, by role; never a client. */
@Entity('partner_contacts')
export class PartnerContactEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  partnerId: string;

  @Column('integer')
  position: number;

  @Column('text', { nullable: true })
  name: string | null;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;
}
