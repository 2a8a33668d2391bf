import { Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { deadlineQuerySchema, deadlineSchema, type DeadlineQuery } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { ANY_TENANT_ROLE, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../common/openapi.js';
import type { RequestContext } from '../common/request-context.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { DeadlinesService } from './deadlines.service.js';

@ApiTags('deadlines')
@TenantController('deadlines')
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiQueryFromSchema(deadlineQuerySchema)
  @ApiOperationSpec({
    id: 'listDeadlines',
    summary:
      'Deadlines, nearest first: report-backs due, agreements to follow up, forums behind their cadence, plan periods ending. `mine=true`: only the caller’s',
    response: { name: 'Deadline', schema: deadlineSchema, array: true },
    errors: [400, 401, 404],
  })
  list(@Query(new ZodValidationPipe(deadlineQuerySchema)) query: DeadlineQuery) {
    return this.deadlines.list({
      mineFor: query.mine ? (this.cls.get('principal')?.userId ?? null) : null,
      horizonDays: query.horizonDays,
      kind: query.kind,
    });
  }
}
