import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  agreementSchema,
  createAgreementSchema,
  updateAgreementSchema,
  type CreateAgreementInput,
  type UpdateAgreementInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { AgreementsService } from './agreements.service.js';

@ApiTags('samverkan')
@TenantController('agreements')
export class AgreementsController {
  constructor(private readonly service: AgreementsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listAgreements',
    summary:
      'Överenskommelser with their follow-up state by the 24-month rule (current, lapsing, lapsed)',
    response: { name: 'Agreement', schema: agreementSchema, array: true },
    errors: [401, 404],
  })
  list() {
    return this.service.list();
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getAgreement',
    summary: 'One agreement with its follow-up state',
    response: { name: 'Agreement', schema: agreementSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.service.get(id);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createAgreement',
    summary: 'Record an agreement with a partner',
    body: { name: 'CreateAgreementInput', schema: createAgreementSchema },
    response: { status: 201, name: 'Agreement', schema: agreementSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(@Body(new ZodValidationPipe(createAgreementSchema)) body: CreateAgreementInput) {
    return this.service.create(body);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateAgreement',
    summary: 'Change an agreement, e.g. record a follow-up (`lastFollowUpOn`)',
    body: { name: 'UpdateAgreementInput', schema: updateAgreementSchema },
    response: { name: 'Agreement', schema: agreementSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateAgreementSchema)) body: UpdateAgreementInput,
  ) {
    return this.service.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteAgreement',
    summary: 'Delete an agreement',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.service.remove(id);
  }
}
