import { Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { AuditService } from './audit.service.js';

const auditQuerySchema = z.strictObject({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

@ApiTags('audit')
@TenantController('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @TenantAccess('tenant_admin')
  @ApiQueryFromSchema(auditQuerySchema)
  @ApiOperationSpec({
    id: 'listAuditEvents',
    summary: "The kommun's audit log, newest first (tenant admins)",
    response: { name: 'AuditEvent', schema: auditEventSchema, array: true },
    errors: [400, 401, 403, 404],
  })
  async list(
    @Query(new ZodValidationPipe(auditQuerySchema)) query: z.output<typeof auditQuerySchema>,
  ) {
    const events = await this.audit.list({
      entityType: query.entityType,
      entityId: query.entityId,
      before: query.before ? new Date(query.before) : undefined,
      limit: query.limit,
    });
    return events.map(({ tenantId: _tenantId, occurredAt, ...rest }) => ({
      ...rest,
      occurredAt: occurredAt.toISOString(),
    }));
  }
}
