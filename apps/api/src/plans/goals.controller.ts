import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createGoalSchema,
  goalSchema,
  updateGoalSchema,
  type CreateGoalInput,
  type UpdateGoalInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { GoalsService } from './goals.service.js';

@ApiTags('plans')
@TenantController('action-plans/:id/goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listGoals',
    summary: "The plan's goals (mål, delmål) in order, with progress",
    response: { name: 'Goal', schema: goalSchema, array: true },
    errors: [401, 404],
  })
  list(@Param('id', UuidParamPipe) planId: string) {
    return this.goals.list(planId);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createGoal',
    summary: 'Add a goal or sub-goal',
    body: { name: 'CreateGoalInput', schema: createGoalSchema },
    response: { status: 201, name: 'Goal', schema: goalSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @Param('id', UuidParamPipe) planId: string,
    @Body(new ZodValidationPipe(createGoalSchema)) body: CreateGoalInput,
  ) {
    return this.goals.create(planId, body);
  }

  @Patch(':goalId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateGoal',
    summary: 'Rename, describe, move or reorder a goal',
    body: { name: 'UpdateGoalInput', schema: updateGoalSchema },
    response: { name: 'Goal', schema: goalSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) planId: string,
    @Param('goalId', UuidParamPipe) goalId: string,
    @Body(new ZodValidationPipe(updateGoalSchema)) body: UpdateGoalInput,
  ) {
    return this.goals.update(planId, goalId, body);
  }

  @Delete(':goalId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteGoal',
    summary: 'Delete a goal without sub-goals; its activities stay in the plan',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(
    @Param('id', UuidParamPipe) planId: string,
    @Param('goalId', UuidParamPipe) goalId: string,
  ) {
    await this.goals.remove(planId, goalId);
  }
}
