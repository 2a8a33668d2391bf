import { Body, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createProgressUpdateSchema,
  progressUpdateSchema,
  type CreateProgressUpdateInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ProgressUpdatesService } from './progress-updates.service.js';

@ApiTags('plans')
@TenantController('activities/:id/progress-updates')
export class ProgressUpdatesController {
  constructor(private readonly updates: ProgressUpdatesService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listProgressUpdates',
    summary: "The activity's follow-up history, newest first",
    response: { name: 'ProgressUpdate', schema: progressUpdateSchema, array: true },
    errors: [401, 404],
  })
  list(@Param('id', UuidParamPipe) activityId: string) {
    return this.updates.list(activityId);
  }

  @Post()
  // Contributors too, for their own units' activities: the service checks which.
  @TenantAccess('tenant_admin', 'strategist', 'contributor')
  @ApiOperationSpec({
    id: 'createProgressUpdate',
    summary: "Record status, progress and a comment; the newest becomes the activity's state",
    body: { name: 'CreateProgressUpdateInput', schema: createProgressUpdateSchema },
    response: { status: 201, name: 'ProgressUpdate', schema: progressUpdateSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @Param('id', UuidParamPipe) activityId: string,
    @Body(new ZodValidationPipe(createProgressUpdateSchema)) body: CreateProgressUpdateInput,
  ) {
    return this.updates.create(activityId, body);
  }
}
