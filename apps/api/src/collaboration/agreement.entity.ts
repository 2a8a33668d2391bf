import type { SignatoryLevel } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An överenskommelse with a partner. */
@Entity('agreements')
export class AgreementEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  partnerId: string;

  @Column('text')
  subject: string;

  @Column('date')
  signedOn: string;

  @Column('text')
  signatoryLevel: SignatoryLevel;

  @Column('text', { nullable: true })
  signedBy: string | null;

  @Column('date', { nullable: true })
  lastFollowUpOn: string | null;

  @Column('uuid', { nullable: true })
  responsibleUnitId: string | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
