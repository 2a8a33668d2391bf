import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createOrgUnitSchema,
  orgUnitSchema,
  updateOrgUnitSchema,
  type CreateOrgUnitInput,
  type UpdateOrgUnitInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { OrgUnitsService } from './org-units.service.js';

@ApiTags('organisation')
@TenantController('org-units')
export class OrgUnitsController {
  constructor(private readonly units: OrgUnitsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listOrgUnits',
    summary: "The kommun's org units, flat; parentId makes the tree",
    response: { name: 'OrgUnit', schema: orgUnitSchema, array: true },
    errors: [401, 404],
  })
  list() {
    return this.units.list();
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createOrgUnit',
    summary: 'Add a nämnd, förvaltning, bolag or enhet',
    body: { name: 'CreateOrgUnitInput', schema: createOrgUnitSchema },
    response: { status: 201, name: 'OrgUnit', schema: orgUnitSchema },
    errors: [400, 401, 403, 404],
  })
  create(@Body(new ZodValidationPipe(createOrgUnitSchema)) body: CreateOrgUnitInput) {
    return this.units.create(body);
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getOrgUnit',
    summary: 'One org unit',
    response: { name: 'OrgUnit', schema: orgUnitSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.units.get(id);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateOrgUnit',
    summary: 'Rename or move an org unit; a stale version answers 409 with the current state',
    body: { name: 'UpdateOrgUnitInput', schema: updateOrgUnitSchema },
    response: { name: 'OrgUnit', schema: orgUnitSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateOrgUnitSchema)) body: UpdateOrgUnitInput,
  ) {
    return this.units.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteOrgUnit',
    summary: 'Delete an org unit that has no units under it',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.units.remove(id);
  }
}
