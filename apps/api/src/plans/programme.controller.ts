import { Body, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { programmeSchema, updateProgrammeSchema, type UpdateProgrammeInput } from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ProgrammeService } from './programme.service.js';

@ApiTags('plans')
@TenantController('programme')
export class ProgrammeController {
  constructor(private readonly programme: ProgrammeService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getProgramme',
    summary: 'The kommun\'s programme ("En kommun fri från våld"); version 0 until first saved',
    response: { name: 'Programme', schema: programmeSchema },
    errors: [401, 404],
  })
  get() {
    return this.programme.get();
  }

  @Put()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateProgramme',
    summary:
      'Save the programme: vision, violence types, coordinating unit, steering group, step of the model',
    body: { name: 'UpdateProgrammeInput', schema: updateProgrammeSchema },
    response: { name: 'Programme', schema: programmeSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(@Body(new ZodValidationPipe(updateProgrammeSchema)) body: UpdateProgrammeInput) {
    return this.programme.update(body);
  }
}
