import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createPartnerSchema,
  partnerSchema,
  updatePartnerSchema,
  type CreatePartnerInput,
  type UpdatePartnerInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { PartnersService } from './partners.service.js';

@ApiTags('samverkan')
@TenantController('partners')
export class PartnersController {
  constructor(private readonly service: PartnersService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listPartners',
    summary: "The kommun's samverkansparter, by name, with contact persons (staff only)",
    response: { name: 'Partner', schema: partnerSchema, array: true },
    errors: [401, 404],
  })
  list() {
    return this.service.list();
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getPartner',
    summary: 'One partner',
    response: { name: 'Partner', schema: partnerSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.service.get(id);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createPartner',
    summary: 'Add a partner: polis, region, kvinnojour, annan kommun … or an internal unit',
    body: { name: 'CreatePartnerInput', schema: createPartnerSchema },
    response: { status: 201, name: 'Partner', schema: partnerSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(@Body(new ZodValidationPipe(createPartnerSchema)) body: CreatePartnerInput) {
    return this.service.create(body);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updatePartner',
    summary: 'Change a partner; `contacts`, when given, replaces the contact persons',
    body: { name: 'UpdatePartnerInput', schema: updatePartnerSchema },
    response: { name: 'Partner', schema: partnerSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updatePartnerSchema)) body: UpdatePartnerInput,
  ) {
    return this.service.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deletePartner',
    summary: 'Delete a partner that is no forum member and party to no agreement (otherwise 409)',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.service.remove(id);
  }
}
