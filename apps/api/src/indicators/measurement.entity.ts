import type { Gender, MeasurementArea, MeasurementState } from '@samla/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An utfall: one figure of a kommun's indicator for a period, gender and area. */
@Entity('measurements')
export class MeasurementEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  indicatorId: string;

  @PrimaryColumn('text')
  area: MeasurementArea;

  @PrimaryColumn('text')
  period: string;

  @PrimaryColumn('text')
  gender: Gender;

  @Column('text')
  state: MeasurementState;

  /** Null unless the state is "value": a hidden figure is never stored as 0. */
  @Column('double precision', { nullable: true })
  value: number | null;

  @Column('text', { nullable: true })
  source: string | null;

  /** Kolada's status for the figure, as Kolada wrote it. */
  @Column('text', { nullable: true })
  sourceStatus: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
