import type { CaseKind, CaseStatus } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The kommun's settings for cases: one row per tenant. */
@Entity('case_settings')
export class CaseSettingsEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @Column('text', { nullable: true })
  diarienummerPattern: string | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An ärende: a motion, initiativärende, medborgarförslag, uppdrag, remiss or skrivelse. */
@Entity('cases')
export class CaseEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { nullable: true })
  diarienummer: string | null;

  @Column('text')
  kind: CaseKind;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  submittedBy: string | null;

  @Column('text', { nullable: true })
  submittedByGroup: string | null;

  @Column('date')
  submittedOn: string;

  @Column('text')
  status: CaseStatus;

  @Column('date', { nullable: true })
  closedOn: string | null;

  @Column('jsonb', { default: () => `'[]'` })
  milestones: Array<{ date: string; title: string }>;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A plan, activity or forum a case concerns. */
@Entity('case_links')
export class CaseLinkEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseId: string;

  @Column('uuid', { nullable: true })
  planId: string | null;

  @Column('uuid', { nullable: true })
  activityId: string | null;

  @Column('uuid', { nullable: true })
  forumId: string | null;
}
