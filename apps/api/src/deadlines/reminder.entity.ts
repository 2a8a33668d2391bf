import type { DeadlineKind } from '@samla/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ReminderStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** One e-mail reminder, decided once per unique key (deadline, due date, recipient). */
@Entity('reminders')
export class ReminderEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  reminderKey: string;

  @Column('text')
  deadlineKind: DeadlineKind;

  @Column('uuid')
  entityId: string;

  @Column('date')
  dueDate: string;

  @Column('uuid')
  recipientUserId: string;

  @Column('text')
  recipientEmail: string;

  @Column('text')
  subject: string;

  @Column('text')
  body: string;

  @Column('text')
  status: ReminderStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;
}
