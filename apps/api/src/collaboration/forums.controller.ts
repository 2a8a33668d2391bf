import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createForumSchema,
  forumSchema,
  updateForumSchema,
  type CreateForumInput,
  type UpdateForumInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ForumsService } from './forums.service.js';

@ApiTags('samverkan')
@TenantController('forums')
export class ForumsController {
  constructor(private readonly service: ForumsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listForums',
    summary:
      'Samverkansgrupper, nätverk and styrgrupper with members, cadence status per term and the latest assessment',
    response: { name: 'Forum', schema: forumSchema, array: true },
    errors: [401, 404],
  })
  list() {
    return this.service.list();
  }

  @Get(':id')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getForum',
    summary: 'One forum with members, cadence status and latest assessment',
    response: { name: 'Forum', schema: forumSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.service.get(id);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createForum',
    summary: 'Add a forum',
    body: { name: 'CreateForumInput', schema: createForumSchema },
    response: { status: 201, name: 'Forum', schema: forumSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(@Body(new ZodValidationPipe(createForumSchema)) body: CreateForumInput) {
    return this.service.create(body);
  }

  @Patch(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateForum',
    summary: 'Change a forum; `planIds`/`activityIds`, when given, replace what it serves',
    body: { name: 'UpdateForumInput', schema: updateForumSchema },
    response: { name: 'Forum', schema: forumSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateForumSchema)) body: UpdateForumInput,
  ) {
    return this.service.update(id, body);
  }

  @Delete(':id')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteForum',
    summary: 'Delete a forum with its members, meetings and assessments',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.service.remove(id);
  }
}
