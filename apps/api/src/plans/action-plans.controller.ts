import { Body, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  actionPlanDetailSchema,
  actionPlanSummarySchema,
  coverageSchema,
  createActionPlanSchema,
  planComparisonSchema,
  planTransitionSchema,
  updateActionPlanSchema,
  type CreateActionPlanInput,
  type PlanTransitionInput,
  type UpdateActionPlanInput,
} from '@samla/domain';
import { z } from 'zod';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ActionPlansService } from './action-plans.service.js';

const compareQuerySchema = z.strictObject({ with: z.uuid() });

@ApiTags('plans')
@TenantController('action-plans')
export class ActionPlansController {
  constructor(private readonly plans: ActionPlansService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listActionPlans',
    summary: "The kommun's plans, every revision, with status, period and progress",
    response: { name: 'ActionPlanSummary', schema: actionPlanSummarySchema, array: true },
    errors: [401, 404],
  })
  list() {
    return this.plans.list();
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createActionPlan',
    summary: "Create a plan, empty or from a toolkit template (the copy is the kommun's own)",
    body: { name: 'CreateActionPlanInput', schema: createActionPlanSchema },
    response: { status: 201, name: 'ActionPlanDetail', schema: actionPlanDetailSchema },
    errors: [400, 401, 403, 404],
  })
  create(@Body(new ZodValidationPipe(createActionPlanSchema)) body: CreateActionPlanInput) {
    return this.plans.create(body);
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getActionPlan',
    summary: 'A plan with its goal tree, every activity and the progress roll-ups',
    response: { name: 'ActionPlanDetail', schema: actionPlanDetailSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.plans.get(id);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateActionPlan',
    summary: 'Change title, kind, period or owner; a stale version answers 409',
    body: { name: 'UpdateActionPlanInput', schema: updateActionPlanSchema },
    response: { name: 'ActionPlanSummary', schema: actionPlanSummarySchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateActionPlanSchema)) body: UpdateActionPlanInput,
  ) {
    return this.plans.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteActionPlan',
    summary: 'Delete a draft plan',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.plans.remove(id);
  }

  @Post(':id/transitions')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'transitionActionPlan',
    summary: 'Change status (remiss, adopted with decision, in force, replaced, archived)',
    body: { name: 'PlanTransitionInput', schema: planTransitionSchema },
    response: { status: 200, name: 'ActionPlanSummary', schema: actionPlanSummarySchema },
    errors: [400, 401, 403, 404, 409],
  })
  transition(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(planTransitionSchema)) body: PlanTransitionInput,
  ) {
    return this.plans.transition(id, body);
  }

  @Post(':id/revisions')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createActionPlanRevision',
    summary: 'Start a new revision: a draft copy of the plan, goals and activities',
    response: { status: 201, name: 'ActionPlanDetail', schema: actionPlanDetailSchema },
    errors: [401, 403, 404],
  })
  revise(@Param('id', UuidParamPipe) id: string) {
    return this.plans.createRevision(id);
  }

  @Get(':id/compare')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiQuery({
    name: 'with',
    description: 'The other revision',
    schema: { type: 'string', format: 'uuid' },
  })
  @ApiOperationSpec({
    id: 'compareActionPlans',
    summary: 'What was added, removed and changed from this revision to another',
    response: { name: 'PlanComparison', schema: planComparisonSchema },
    errors: [400, 401, 404],
  })
  compare(
    @Param('id', UuidParamPipe) id: string,
    @Query(new ZodValidationPipe(compareQuerySchema)) query: z.output<typeof compareQuerySchema>,
  ) {
    return this.plans.compare(id, query.with);
  }

  @Get(':id/coverage')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getActionPlanCoverage',
    summary: 'Activities and budget by level × tier, target group and violence type, with the gaps',
    response: { name: 'Coverage', schema: coverageSchema },
    errors: [401, 404],
  })
  coverage(@Param('id', UuidParamPipe) id: string) {
    return this.plans.coverage(id);
  }
}
