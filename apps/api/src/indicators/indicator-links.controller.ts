import { Body, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { linksSchema, setLinksSchema, type SetLinksInput } from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { IndicatorLinksService } from './indicator-links.service.js';

@ApiTags('indicators')
@TenantController('goals/:id/links')
export class GoalLinksController {
  constructor(private readonly links: IndicatorLinksService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getGoalLinks',
    summary: 'The Agenda 2030 targets and indicators a plan goal works towards',
    response: { name: 'Links', schema: linksSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.links.get('goal', id);
  }

  @Put()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'setGoalLinks',
    summary: 'Link a goal to targets and indicators: the whole set (an empty list unlinks)',
    body: { name: 'SetLinksInput', schema: setLinksSchema },
    response: { name: 'Links', schema: linksSchema },
    errors: [400, 401, 403, 404],
  })
  set(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(setLinksSchema)) body: SetLinksInput,
  ) {
    return this.links.set('goal', id, body);
  }
}

@ApiTags('indicators')
@TenantController('activities/:id/links')
export class ActivityLinksController {
  constructor(private readonly links: IndicatorLinksService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getActivityLinks',
    summary: 'The Agenda 2030 targets and indicators an activity works towards',
    response: { name: 'Links', schema: linksSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.links.get('activity', id);
  }

  @Put()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'setActivityLinks',
    summary: 'Link an activity to targets and indicators: the whole set (an empty list unlinks)',
    body: { name: 'SetLinksInput', schema: setLinksSchema },
    response: { name: 'Links', schema: linksSchema },
    errors: [400, 401, 403, 404],
  })
  set(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(setLinksSchema)) body: SetLinksInput,
  ) {
    return this.links.set('activity', id, body);
  }
}
