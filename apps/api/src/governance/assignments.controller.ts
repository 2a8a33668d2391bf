import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  assignmentSchema,
  createAssignmentSchema,
  updateAssignmentSchema,
  type CreateAssignmentInput,
  type UpdateAssignmentInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { AssignmentsService } from './assignments.service.js';

@ApiTags('governance')
@TenantController('cases/:id/assignments')
export class AssignmentsController {
  constructor(private readonly service: AssignmentsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listAssignments',
    summary:
      "The case's assignments (uppdrag, återrapportering) with resolved due dates; overdue ones say so",
    response: { name: 'Assignment', schema: assignmentSchema, array: true },
    errors: [401, 404],
  })
  list(@Param('id', UuidParamPipe) parentId: string) {
    return this.service.list(parentId);
  }

  @Get(':assignmentId')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getAssignment',
    summary: 'One assignment',
    response: { name: 'Assignment', schema: assignmentSchema },
    errors: [401, 404],
  })
  get(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('assignmentId', UuidParamPipe) id: string,
  ) {
    return this.service.get(parentId, id);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createAssignment',
    summary:
      'Give an assignment: who reports back, to which body, by a date or at a meeting (month)',
    body: { name: 'CreateAssignmentInput', schema: createAssignmentSchema },
    response: { status: 201, name: 'Assignment', schema: assignmentSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @Param('id', UuidParamPipe) parentId: string,
    @Body(new ZodValidationPipe(createAssignmentSchema)) body: CreateAssignmentInput,
  ) {
    return this.service.create(parentId, body);
  }

  @Patch(':assignmentId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateAssignment',
    summary: 'Change an assignment, e.g. mark it reported back',
    body: { name: 'UpdateAssignmentInput', schema: updateAssignmentSchema },
    response: { name: 'Assignment', schema: assignmentSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('assignmentId', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateAssignmentSchema)) body: UpdateAssignmentInput,
  ) {
    return this.service.update(parentId, id, body);
  }

  @Delete(':assignmentId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteAssignment',
    summary: 'Delete an assignment',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('assignmentId', UuidParamPipe) id: string,
  ) {
    await this.service.remove(parentId, id);
  }
}
