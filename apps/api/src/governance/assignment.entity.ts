import type { AssignmentStatus } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An uppdrag with återrapportering: who reports back, to which body, by when. */
@Entity('assignments')
export class AssignmentEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseId: string;

  @Column('uuid', { nullable: true })
  decisionId: string | null;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('uuid', { nullable: true })
  responsibleUnitId: string | null;

  @Column('text', { nullable: true })
  responsibleRole: string | null;

  @Column('uuid', { nullable: true })
  responsibleUserId: string | null;

  @Column('uuid', { nullable: true })
  reportToUnitId: string | null;

  @Column('date', { nullable: true })
  dueDate: string | null;

  @Column('text', { nullable: true })
  dueMeetingMonth: string | null;

  @Column('text')
  status: AssignmentStatus;

  @Column('date', { nullable: true })
  reportedOn: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
