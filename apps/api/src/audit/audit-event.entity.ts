import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Append-only record of a write inside one kommun. The runtime role may INSERT and SELECT
 * (its own tenant's rows) but never UPDATE or DELETE.
 */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('timestamptz')
  occurredAt: Date;

  /** Null for the system (demo load, migrations). */
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
