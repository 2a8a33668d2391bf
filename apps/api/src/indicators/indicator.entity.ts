import type { IndicatorUnit, PeriodType } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * One of a kommun's indicators: its own (defined here), or a follow of a catalogue entry
 * (`platformIndicatorId`, the definition columns null). Either way the kommun's baseline
 * and target live here.
 */
@Entity('indicators')
export class IndicatorEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  platformIndicatorId: string | null;

  @Column('text', { nullable: true })
  nameSv: string | null;

  @Column('text', { nullable: true })
  nameEn: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  unit: IndicatorUnit | null;

  @Column('boolean', { nullable: true })
  higherIsBetter: boolean | null;

  @Column('text', { nullable: true })
  periodType: PeriodType | null;

  @Column('boolean', { nullable: true })
  genderSplit: boolean | null;

  @Column('text', { nullable: true })
  source: string | null;

  @Column('text', { nullable: true })
  agenda2030TargetId: string | null;

  @Column('text', { nullable: true })
  baselinePeriod: string | null;

  @Column('double precision', { nullable: true })
  baselineValue: number | null;

  @Column('double precision', { nullable: true })
  targetValue: number | null;

  @Column('integer', { nullable: true })
  targetYear: number | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
