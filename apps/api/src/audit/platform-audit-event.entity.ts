import { Entity, PrimaryColumn } from 'typeorm';
import { AuditRecordColumns } from './audit-record.entity.js';

/** Append-only record of writes that belong to no kommun: accounts and API tokens. */
@Entity('platform_audit_events')
export class PlatformAuditEventEntity extends AuditRecordColumns {
  @PrimaryColumn('uuid')
  id: string;
}
