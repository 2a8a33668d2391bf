import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createDecisionSchema,
  decisionSchema,
  updateDecisionSchema,
  type CreateDecisionInput,
  type UpdateDecisionInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { DecisionsService } from './decisions.service.js';

@ApiTags('governance')
@TenantController('cases/:id/decisions')
export class DecisionsController {
  constructor(private readonly service: DecisionsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listDecisions',
    summary: "The case's decisions and proposals, each with its appeal window (laglighetsprövning)",
    response: { name: 'Decision', schema: decisionSchema, array: true },
    errors: [401, 404],
  })
  list(@Param('id', UuidParamPipe) parentId: string) {
    return this.service.list(parentId);
  }

  @Get(':decisionId')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getDecision',
    summary: 'One decision with its appeal window',
    response: { name: 'Decision', schema: decisionSchema },
    errors: [401, 404],
  })
  get(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('decisionId', UuidParamPipe) id: string,
  ) {
    return this.service.get(parentId, id);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createDecision',
    summary:
      'Record a decision: body, meeting date, §, decision points, sent to, justering and anslag dates',
    body: { name: 'CreateDecisionInput', schema: createDecisionSchema },
    response: { status: 201, name: 'Decision', schema: decisionSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @Param('id', UuidParamPipe) parentId: string,
    @Body(new ZodValidationPipe(createDecisionSchema)) body: CreateDecisionInput,
  ) {
    return this.service.create(parentId, body);
  }

  @Patch(':decisionId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateDecision',
    summary: 'Change a decision; `sentToUnitIds`, when given, replaces the recipients',
    body: { name: 'UpdateDecisionInput', schema: updateDecisionSchema },
    response: { name: 'Decision', schema: decisionSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('decisionId', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateDecisionSchema)) body: UpdateDecisionInput,
  ) {
    return this.service.update(parentId, id, body);
  }

  @Delete(':decisionId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteDecision',
    summary: 'Delete a decision; its assignments stay, without a decision',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('decisionId', UuidParamPipe) id: string,
  ) {
    await this.service.remove(parentId, id);
  }
}
