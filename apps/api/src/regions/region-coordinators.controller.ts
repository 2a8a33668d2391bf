import { Body, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  addRegionCoordinatorSchema,
  regionCoordinatorSchema,
  type AddRegionCoordinatorInput,
} from '@samla/domain';
import { PlatformAdmin } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { RegionController } from './region-controller.decorator.js';
import { RegionCoordinatorsService } from './region-coordinators.service.js';

@ApiTags('regions')
@RegionController('coordinators')
export class RegionCoordinatorsController {
  constructor(private readonly service: RegionCoordinatorsService) {}

  @Get()
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'listRegionCoordinators',
    summary: "The län's regional coordinators (platform admins)",
    response: { name: 'RegionCoordinator', schema: regionCoordinatorSchema, array: true },
    errors: [401, 403, 404],
  })
  list(@Param('lanskod') lanskod: string) {
    return this.service.list(lanskod);
  }

  @Post()
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'addRegionCoordinator',
    summary:
      'Make an existing user a regional coordinator of the län (idempotent); they see what its kommuner share',
    body: { name: 'AddRegionCoordinatorInput', schema: addRegionCoordinatorSchema },
    response: { status: 201, name: 'RegionCoordinator', schema: regionCoordinatorSchema },
    errors: [400, 401, 403, 404],
  })
  add(
    @Param('lanskod') lanskod: string,
    @Body(new ZodValidationPipe(addRegionCoordinatorSchema)) body: AddRegionCoordinatorInput,
  ) {
    return this.service.add(lanskod, body.email);
  }

  @Delete(':userId')
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'removeRegionCoordinator',
    summary: 'Withdraw a coordinator from the län; their next request sees nothing of it',
    response: { status: 204 },
    errors: [401, 403, 404],
  })
  async remove(@Param('lanskod') lanskod: string, @Param('userId', UuidParamPipe) userId: string) {
    await this.service.remove(lanskod, userId);
  }
}
