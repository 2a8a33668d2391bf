import { Body, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  activityPageSchema,
  activityQuerySchema,
  activitySchema,
  createActivitySchema,
  updateActivitySchema,
  type ActivityQuery,
  type CreateActivityInput,
  type UpdateActivityInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ActivitiesService } from './activities.service.js';

@ApiTags('plans')
@TenantController('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiQueryFromSchema(activityQuerySchema)
  @ApiOperationSpec({
    id: 'listActivities',
    summary:
      'Activities, filtered by plan, goal, unit, status, level, tier or target group; paginated',
    response: { name: 'ActivityPage', schema: activityPageSchema },
    errors: [400, 401, 404],
  })
  list(@Query(new ZodValidationPipe(activityQuerySchema)) query: ActivityQuery) {
    return this.activities.search(query);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createActivity',
    summary: 'Add an activity (insats) to a plan',
    body: { name: 'CreateActivityInput', schema: createActivitySchema },
    response: { status: 201, name: 'Activity', schema: activitySchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(@Body(new ZodValidationPipe(createActivitySchema)) body: CreateActivityInput) {
    return this.activities.create(body);
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getActivity',
    summary: 'One activity with its tracking state and latest update',
    response: { name: 'Activity', schema: activitySchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.activities.get(id);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateActivity',
    summary: 'Change an activity; a stale version answers 409 with the current state',
    body: { name: 'UpdateActivityInput', schema: updateActivitySchema },
    response: { name: 'Activity', schema: activitySchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateActivitySchema)) body: UpdateActivityInput,
  ) {
    return this.activities.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteActivity',
    summary: 'Delete an activity and its history',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.activities.remove(id);
  }
}
