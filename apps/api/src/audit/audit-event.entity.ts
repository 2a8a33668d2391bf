import { Entity, PrimaryColumn } from 'typeorm';
import { AuditRecordColumns } from './audit-record.entity.js';

/**
 * Append-only record of a write inside one kommun. The runtime role may INSERT and SELECT
 * (its own tenant's rows) but never UPDATE or DELETE.
 */
@Entity('audit_events')
export class AuditEventEntity extends AuditRecordColumns {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;
}
