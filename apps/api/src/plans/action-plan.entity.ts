import type { PlanKind, PlanStatus } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A handlingsplan, handlingsprogram or strategi, in one of its revisions. */
@Entity('action_plans')
export class ActionPlanEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  kind: PlanKind;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('integer')
  periodFrom: number;

  @Column('integer')
  periodTo: number;

  @Column('uuid', { nullable: true })
  ownerUnitId: string | null;

  @Column('text')
  status: PlanStatus;

  /** The adopting decision: body, date and paragraph (free text until the decision trail links it). */
  @Column('text', { nullable: true })
  adoptedBy: string | null;

  @Column('date', { nullable: true })
  adoptedOn: string | null;

  @Column('text', { nullable: true })
  adoptedParagraph: string | null;

  /** The revision this one was copied from. */
  @Column('uuid', { nullable: true })
  revisionOfId: string | null;

  @Column('integer', { default: 1 })
  revision: number;

  @Column('uuid', { nullable: true })
  templateId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
