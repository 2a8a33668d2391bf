import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's calendar subscription in a kommun: only the hash of its secret is kept. */
@Entity('calendar_feeds')
export class CalendarFeedEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('bytea')
  tokenHash: Buffer;

  @Column('boolean', { default: false })
  mineOnly: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;
}
