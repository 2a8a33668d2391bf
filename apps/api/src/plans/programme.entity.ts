import type { ModelStep, ViolenceType } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The kommun's programme ("En kommun fri från våld"): one per tenant. */
@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { nullable: true })
  vision: string | null;

  @Column('text', { array: true })
  violenceTypes: ViolenceType[];

  @Column('uuid', { nullable: true })
  coordinatingUnitId: string | null;

  @Column('text')
  modelStep: ModelStep;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The programme's steering group, as org units. */
@Entity('programme_steering_units')
export class ProgrammeSteeringUnitEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  programmeId: string;

  @PrimaryColumn('uuid')
  orgUnitId: string;
}
