import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createPlatformIndicatorSchema,
  platformIndicatorSchema,
  updatePlatformIndicatorSchema,
  type CreatePlatformIndicatorInput,
  type UpdatePlatformIndicatorInput,
} from '@samla/domain';
import { Authenticated, PlatformAdmin } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { PlatformIndicatorsService } from './platform-indicators.service.js';

@ApiTags('indicators')
@Controller('v1/indicators')
export class PlatformIndicatorsController {
  constructor(private readonly catalogue: PlatformIndicatorsService) {}

  @Get()
  @Authenticated()
  @ApiOperationSpec({
    id: 'listPlatformIndicators',
    summary: 'The shared indicator catalogue: Agenda 2030 indicators and Kolada KPIs',
    response: { name: 'PlatformIndicator', schema: platformIndicatorSchema, array: true },
    errors: [401],
  })
  list() {
    return this.catalogue.list();
  }

  @Post()
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'createPlatformIndicator',
    summary: 'Add a Kolada KPI (by its Kolada id) or an Agenda 2030 indicator to the catalogue',
    body: { name: 'CreatePlatformIndicatorInput', schema: createPlatformIndicatorSchema },
    response: { status: 201, name: 'PlatformIndicator', schema: platformIndicatorSchema },
    errors: [400, 401, 403, 409],
  })
  create(
    @Body(new ZodValidationPipe(createPlatformIndicatorSchema)) body: CreatePlatformIndicatorInput,
  ) {
    return this.catalogue.create(body);
  }

  @Patch(':id')
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'updatePlatformIndicator',
    summary: 'Change a catalogue entry: names, description, unit, direction, source',
    body: { name: 'UpdatePlatformIndicatorInput', schema: updatePlatformIndicatorSchema },
    response: { name: 'PlatformIndicator', schema: platformIndicatorSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updatePlatformIndicatorSchema)) body: UpdatePlatformIndicatorInput,
  ) {
    return this.catalogue.update(id, body);
  }
}
