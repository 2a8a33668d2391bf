import type {
  ActivityStatus,
  FundingSource,
  Level,
  TargetGroup,
  Tier,
  ViolenceType,
} from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** bigint arrives from pg as a string; budgets fit safely in a JavaScript number. */
const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An insats: what someone in the kommun will do, for whom, when, and how far it has come. */
@Entity('activities')
export class ActivityEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  planId: string;

  @Column('uuid', { nullable: true })
  goalId: string | null;

  /** Shared by the copies of this activity across revisions. */
  @Column('uuid')
  lineageId: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('uuid', { nullable: true })
  responsibleUnitId: string | null;

  @Column('text')
  level: Level;

  @Column('text')
  tier: Tier;

  @Column('text', { array: true })
  targetGroups: TargetGroup[];

  @Column('text', { array: true })
  violenceTypes: ViolenceType[];

  @Column('uuid', { nullable: true })
  methodId: string | null;

  @Column('text', { nullable: true })
  methodText: string | null;

  @Column('date', { nullable: true })
  startDate: string | null;

  @Column('date', { nullable: true })
  endDate: string | null;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  budgetSek: number | null;

  @Column('text')
  fundingSource: FundingSource;

  @Column('text')
  status: ActivityStatus;

  @Column('integer')
  progress: number;

  @Column('integer')
  weight: number;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The units taking part in an activity besides the responsible one. */
@Entity('activity_units')
export class ActivityUnitEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  activityId: string;

  @PrimaryColumn('uuid')
  orgUnitId: string;
}
