import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  assessmentSchema,
  createAssessmentSchema,
  updateAssessmentSchema,
  type CreateAssessmentInput,
  type UpdateAssessmentInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { AssessmentsService } from './assessments.service.js';

@ApiTags('samverkan')
@TenantController('forums/:id/assessments')
export class AssessmentsController {
  constructor(private readonly service: AssessmentsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listAssessments',
    summary: "The forum's assessment history, newest first",
    response: { name: 'Assessment', schema: assessmentSchema, array: true },
    errors: [401, 404],
  })
  list(@Param('id', UuidParamPipe) parentId: string) {
    return this.service.list(parentId);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createAssessment',
    summary: 'Record how the collaboration works (1–4, 4 = fungerar väl) with a comment',
    body: { name: 'CreateAssessmentInput', schema: createAssessmentSchema },
    response: { status: 201, name: 'Assessment', schema: assessmentSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @Param('id', UuidParamPipe) parentId: string,
    @Body(new ZodValidationPipe(createAssessmentSchema)) body: CreateAssessmentInput,
  ) {
    return this.service.create(parentId, body);
  }

  @Patch(':assessmentId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateAssessment',
    summary: 'Change an assessment',
    body: { name: 'UpdateAssessmentInput', schema: updateAssessmentSchema },
    response: { name: 'Assessment', schema: assessmentSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('assessmentId', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateAssessmentSchema)) body: UpdateAssessmentInput,
  ) {
    return this.service.update(parentId, id, body);
  }

  @Delete(':assessmentId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteAssessment',
    summary: 'Delete an assessment',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('assessmentId', UuidParamPipe) id: string,
  ) {
    await this.service.remove(parentId, id);
  }
}
