import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What one kommun shares with its region (län), per area. Default: nothing. */
@Entity('region_sharing')
export class RegionSharingEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  /** Plan summaries and progress, and the activities' status distribution. */
  @Column('boolean', { default: false })
  plans: boolean;

  /** The coverage matrix (level × tier). */
  @Column('boolean', { default: false })
  coverage: boolean;

  /** Indicator values, with small numbers suppressed. */
  @Column('boolean', { default: false })
  indicators: boolean;

  /** Forums and agreements. */
  @Column('boolean', { default: false })
  collaboration: boolean;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;
}
