import { Body, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  caseQuerySchema,
  caseSchema,
  caseSettingsSchema,
  createCaseSchema,
  timelineSchema,
  updateCaseSchema,
  updateCaseSettingsSchema,
  type CaseQuery,
  type CreateCaseInput,
  type UpdateCaseInput,
  type UpdateCaseSettingsInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { CasesService } from './cases.service.js';
import { TimelineService } from './timeline.service.js';

@ApiTags('governance')
@TenantController('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly timelines: TimelineService,
  ) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiQueryFromSchema(caseQuerySchema)
  @ApiOperationSpec({
    id: 'listCases',
    summary: 'Ärenden, newest first; filter by status, kind, plan or forum',
    response: { name: 'Case', schema: caseSchema, array: true },
    errors: [400, 401, 404],
  })
  list(@Query(new ZodValidationPipe(caseQuerySchema)) query: CaseQuery) {
    return this.cases.list(query);
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getCase',
    summary: 'One case',
    response: { name: 'Case', schema: caseSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.cases.get(id);
  }

  @Get(':id/timeline')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getCaseTimeline',
    summary: 'The case as one timeline: submission → decisions and report-backs → end',
    response: { name: 'CaseTimeline', schema: timelineSchema },
    errors: [401, 404],
  })
  timeline(@Param('id', UuidParamPipe) id: string) {
    return this.timelines.timeline(id);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createCase',
    summary: 'Register a case (diarienummer checked against the kommun’s pattern, if any)',
    body: { name: 'CreateCaseInput', schema: createCaseSchema },
    response: { status: 201, name: 'Case', schema: caseSchema },
    errors: [400, 401, 403, 404],
  })
  create(@Body(new ZodValidationPipe(createCaseSchema)) body: CreateCaseInput) {
    return this.cases.create(body);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateCase',
    summary: 'Change a case; link lists and milestones, when given, replace the stored ones',
    body: { name: 'UpdateCaseInput', schema: updateCaseSchema },
    response: { name: 'Case', schema: caseSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateCaseSchema)) body: UpdateCaseInput,
  ) {
    return this.cases.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteCase',
    summary: 'Delete a case with its decisions and assignments',
    response: { status: 204 },
    errors: [401, 403, 404],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.cases.remove(id);
  }
}

@ApiTags('governance')
@TenantController('case-settings')
export class CaseSettingsController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getCaseSettings',
    summary: 'The kommun’s diarienummer pattern (version 0: never saved)',
    response: { name: 'CaseSettings', schema: caseSettingsSchema },
    errors: [401, 404],
  })
  get() {
    return this.cases.settings();
  }

  @Put()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateCaseSettings',
    summary: 'Set or clear the diarienummer pattern, e.g. `{yyyy}.{n} KS`',
    body: { name: 'UpdateCaseSettingsInput', schema: updateCaseSettingsSchema },
    response: { name: 'CaseSettings', schema: caseSettingsSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(@Body(new ZodValidationPipe(updateCaseSettingsSchema)) body: UpdateCaseSettingsInput) {
    return this.cases.updateSettings(body);
  }
}
