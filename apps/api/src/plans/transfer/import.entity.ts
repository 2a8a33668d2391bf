import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ImportRow, StoredSummary } from './activity-sheet.js';

export type ImportStatus = 'previewed' | 'running' | 'done' | 'failed' | 'discarded';

/**
 * A spreadsheet of activities, read and validated row by row. It waits as `previewed`
 * until the user confirms; then all of it is written in one transaction, or none.
 */
@Entity('imports')
export class ImportEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  planId: string;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('text')
  fileName: string;

  @Column('text')
  format: 'xlsx' | 'csv';

  @Column('text')
  status: ImportStatus;

  @Column('integer')
  totalRows: number;

  @Column('integer', { default: 0 })
  processedRows: number;

  @Column('jsonb')
  rows: ImportRow[];

  @Column('jsonb')
  summary: StoredSummary;

  /** Why it failed: an error code (ERROR_MESSAGES), its message's values are in `summary.failure`. */
  @Column('text', { nullable: true })
  error: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
