import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createMemberSchema,
  memberSchema,
  updateMemberSchema,
  type CreateMemberInput,
  type UpdateMemberInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { MembersService } from './members.service.js';

@ApiTags('samverkan')
@TenantController('forums/:id/members')
export class MembersController {
  constructor(private readonly service: MembersService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listForumMembers',
    summary: "The forum's members: partners or the kommun's units, with their roles",
    response: { name: 'ForumMember', schema: memberSchema, array: true },
    errors: [401, 404],
  })
  list(@Param('id', UuidParamPipe) parentId: string) {
    return this.service.list(parentId);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'addForumMember',
    summary: 'Add a partner or unit as a member (409 when it already is one)',
    body: { name: 'CreateMemberInput', schema: createMemberSchema },
    response: { status: 201, name: 'ForumMember', schema: memberSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @Param('id', UuidParamPipe) parentId: string,
    @Body(new ZodValidationPipe(createMemberSchema)) body: CreateMemberInput,
  ) {
    return this.service.create(parentId, body);
  }

  @Patch(':memberId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateForumMember',
    summary: "Change a member's role or representative",
    body: { name: 'UpdateMemberInput', schema: updateMemberSchema },
    response: { name: 'ForumMember', schema: memberSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('memberId', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateMemberSchema)) body: UpdateMemberInput,
  ) {
    return this.service.update(parentId, id, body);
  }

  @Delete(':memberId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'removeForumMember',
    summary: 'Remove a member',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('memberId', UuidParamPipe) id: string,
  ) {
    await this.service.remove(parentId, id);
  }
}
