import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../common/request-context.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** Defaults to the request's tenant; platform writes (accounts, tokens) have none. */
  tenantId?: string | null;
}

/**
 * Records every write in the append-only audit log, inside the same transaction as the
 * write itself: if the write rolls back, so does its record, and vice versa.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const tenantId =
      entry.tenantId === undefined ? (this.cls.get('tenant')?.id ?? null) : entry.tenantId;
    const common = {
      id: randomUUID(),
      occurredAt: new Date(),
      actorUserId: this.cls.isActive() ? (this.cls.get('principal')?.userId ?? null) : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? null) as Record<string, unknown> | null,
      after: (entry.after ?? null) as Record<string, unknown> | null,
      requestId: this.cls.isActive() ? (this.cls.getId() ?? null) : null,
    };
    if (tenantId) await this.repository.insertTenantEvent({ ...common, tenantId });
    else await this.repository.insertPlatformEvent(common);
  }

  list(filter: { entityType?: string; entityId?: string; before?: Date; limit: number }) {
    return this.repository.list(filter);
  }
}
