import type { DecisionStatus } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A beslut (or förslag till beslut) of a body in a case, with its protocol dates. */
@Entity('decisions')
export class DecisionEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseId: string;

  @Column('text')
  status: DecisionStatus;

  @Column('uuid')
  bodyUnitId: string;

  @Column('date', { nullable: true })
  meetingDate: string | null;

  @Column('text', { nullable: true })
  paragraph: string | null;

  @Column('text', { array: true })
  points: string[];

  @Column('date', { nullable: true })
  proposedOn: string | null;

  @Column('date', { nullable: true })
  justeringOn: string | null;

  @Column('date', { nullable: true })
  noticePostedOn: string | null;

  @Column('date', { nullable: true })
  noticeRemovedOn: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  sentToOthers: string[];

  @Column('text', { nullable: true })
  summary: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The units a decision is sent to. */
@Entity('decision_recipients')
export class DecisionRecipientEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  decisionId: string;

  @PrimaryColumn('uuid')
  orgUnitId: string;
}
