import { Column } from 'typeorm';

/** What every audit record holds, in a kommun's log and in the platform's. */
export abstract class AuditRecordColumns {
  @Column('timestamptz')
  occurredAt: Date;

  /** Null for the system (demo load, CLI). */
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  /** e.g. org_unit.created, org_unit.updated, tenant.onboarded */
  @Column('text')
  action: string;

  @Column('text')
  entityType: string;

  @Column('text')
  entityId: string;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  requestId: string | null;
}
