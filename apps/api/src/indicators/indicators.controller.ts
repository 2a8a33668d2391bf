import { Body, Delete, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createIndicatorSchema,
  followIndicatorSchema,
  indicatorDetailSchema,
  indicatorSchema,
  progressExplanationSchema,
  setIndicatorTargetSchema,
  updateIndicatorSchema,
  type CreateIndicatorInput,
  type FollowIndicatorInput,
  type SetIndicatorTargetInput,
  type UpdateIndicatorInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { IndicatorsService } from './indicators.service.js';

@ApiTags('indicators')
@TenantController('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listIndicators',
    summary:
      "The kommun's own indicators and the ones it follows, with latest value, trend and status",
    response: { name: 'Indicator', schema: indicatorSchema, array: true },
    errors: [401, 404],
  })
  list() {
    return this.indicators.list();
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createIndicator',
    summary: "Create one of the kommun's own indicators (e.g. a monthly count of support talks)",
    body: { name: 'CreateIndicatorInput', schema: createIndicatorSchema },
    response: { status: 201, name: 'Indicator', schema: indicatorSchema },
    errors: [400, 401, 403, 404],
  })
  create(@Body(new ZodValidationPipe(createIndicatorSchema)) body: CreateIndicatorInput) {
    return this.indicators.create(body);
  }

  @Post('follow')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'followIndicator',
    summary: 'Follow a catalogue indicator; following one already followed changes nothing',
    body: { name: 'FollowIndicatorInput', schema: followIndicatorSchema },
    response: { status: 201, name: 'Indicator', schema: indicatorSchema },
    errors: [400, 401, 403, 404],
  })
  follow(@Body(new ZodValidationPipe(followIndicatorSchema)) body: FollowIndicatorInput) {
    return this.indicators.follow(body);
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getIndicator',
    summary: 'One indicator with its status explained and the goals and activities linked to it',
    response: { name: 'IndicatorDetail', schema: indicatorDetailSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.indicators.get(id);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateIndicator',
    summary: "Change the kommun's own indicator; a catalogue indicator answers 409",
    body: { name: 'UpdateIndicatorInput', schema: updateIndicatorSchema },
    response: { name: 'Indicator', schema: indicatorSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateIndicatorSchema)) body: UpdateIndicatorInput,
  ) {
    return this.indicators.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteIndicator',
    summary: 'Delete an own indicator or unfollow a catalogue one, with its figures and links',
    response: { status: 204 },
    errors: [401, 403, 404],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.indicators.remove(id);
  }

  @Put(':id/target')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'setIndicatorTarget',
    summary: 'Set baseline (period and value) and target (value and year); stale version → 409',
    body: { name: 'SetIndicatorTargetInput', schema: setIndicatorTargetSchema },
    response: { name: 'Indicator', schema: indicatorSchema },
    errors: [400, 401, 403, 404, 409],
  })
  setTarget(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(setIndicatorTargetSchema)) body: SetIndicatorTargetInput,
  ) {
    return this.indicators.setTarget(id, body);
  }

  @Get(':id/status')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getIndicatorStatus',
    summary:
      'Progress status after the Open SDG method, with baseline, latest, target, growth rates and ratio',
    response: { name: 'ProgressExplanation', schema: progressExplanationSchema },
    errors: [401, 404],
  })
  status(@Param('id', UuidParamPipe) id: string) {
    return this.indicators.status(id);
  }
}
