import { Body, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  regionSharingSchema,
  updateRegionSharingSchema,
  type UpdateRegionSharingInput,
} from '@samla/domain';
import { TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { RegionSharingService } from './region-sharing.service.js';

@ApiTags('regions')
@TenantController('region-sharing')
export class RegionSharingController {
  constructor(private readonly service: RegionSharingService) {}

  @Get()
  @TenantAccess('tenant_admin')
  @ApiOperationSpec({
    id: 'getRegionSharing',
    summary:
      'What the kommun shares with its län (plans, coverage, indicators, collaboration), who changed it last, and the latest changes',
    response: { name: 'RegionSharing', schema: regionSharingSchema },
    errors: [401, 403, 404],
  })
  get() {
    return this.service.get();
  }

  @Put()
  @TenantAccess('tenant_admin')
  @ApiOperationSpec({
    id: 'updateRegionSharing',
    summary:
      'Choose what is shared with the län; takes effect at once (version 0 before the first choice; stale → 409)',
    body: { name: 'UpdateRegionSharingInput', schema: updateRegionSharingSchema },
    response: { name: 'RegionSharing', schema: regionSharingSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(@Body(new ZodValidationPipe(updateRegionSharingSchema)) body: UpdateRegionSharingInput) {
    return this.service.update(body);
  }
}
