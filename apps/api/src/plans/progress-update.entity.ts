import type { ActivityStatus } from '@samla/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An uppföljning: a dated status, progress and comment on an activity. Never edited. */
@Entity('progress_updates')
export class ProgressUpdateEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  activityId: string;

  @Column('date')
  date: string;

  @Column('text')
  status: ActivityStatus;

  @Column('integer')
  progress: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('uuid', { nullable: true })
  authorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
