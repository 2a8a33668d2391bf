import type { IndicatorUnit, PeriodType, PlatformIndicatorKind } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An indicator in the platform's shared catalogue: an Agenda 2030 indicator or a Kolada KPI. */
@Entity('platform_indicators')
export class PlatformIndicatorEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: PlatformIndicatorKind;

  @Column('text', { nullable: true })
  koladaId: string | null;

  @Column('text', { nullable: true })
  agenda2030IndicatorId: string | null;

  @Column('text', { nullable: true })
  agenda2030TargetId: string | null;

  @Column('text')
  nameSv: string;

  @Column('text', { nullable: true })
  nameEn: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  unit: IndicatorUnit;

  @Column('boolean')
  higherIsBetter: boolean;

  @Column('text')
  periodType: PeriodType;

  @Column('boolean')
  genderSplit: boolean;

  @Column('text', { nullable: true })
  source: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
