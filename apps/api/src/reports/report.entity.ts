import type { Language, ReportFormat, ReportStage } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A återrapportering report generated in the background, with its file once done. */
@Entity('reports')
export class ReportEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  planId: string;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('text')
  format: ReportFormat;

  @Column('text')
  language: Language;

  @Column('date')
  periodStart: string;

  @Column('date')
  periodEnd: string;

  @Column('text')
  stage: ReportStage;

  @Column('integer', { default: 0 })
  percent: number;

  @Column('text')
  fileName: string;

  /** The file; null until the report is done. */
  @Column('bytea', { nullable: true, select: false })
  content: Buffer | null;

  @Column('integer', { nullable: true })
  size: number | null;

  /** Why it failed: an ERROR_MESSAGES code. */
  @Column('text', { nullable: true })
  error: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
