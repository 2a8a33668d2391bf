import { Body, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createMeetingSchema,
  meetingSchema,
  updateMeetingSchema,
  type CreateMeetingInput,
  type UpdateMeetingInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { MeetingsService } from './meetings.service.js';

@ApiTags('samverkan')
@TenantController('forums/:id/meetings')
export class MeetingsController {
  constructor(private readonly service: MeetingsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listMeetings',
    summary: "The forum's meetings, newest first, with attendance",
    response: { name: 'Meeting', schema: meetingSchema, array: true },
    errors: [401, 404],
  })
  list(@Param('id', UuidParamPipe) parentId: string) {
    return this.service.list(parentId);
  }

  @Post()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'createMeeting',
    summary: 'Record a meeting: date, agenda, notes, members present',
    body: { name: 'CreateMeetingInput', schema: createMeetingSchema },
    response: { status: 201, name: 'Meeting', schema: meetingSchema },
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @Param('id', UuidParamPipe) parentId: string,
    @Body(new ZodValidationPipe(createMeetingSchema)) body: CreateMeetingInput,
  ) {
    return this.service.create(parentId, body);
  }

  @Patch(':meetingId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'updateMeeting',
    summary: 'Change a meeting; `attendeeMemberIds`, when given, replaces the attendance',
    body: { name: 'UpdateMeetingInput', schema: updateMeetingSchema },
    response: { name: 'Meeting', schema: meetingSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('meetingId', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateMeetingSchema)) body: UpdateMeetingInput,
  ) {
    return this.service.update(parentId, id, body);
  }

  @Delete(':meetingId')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'deleteMeeting',
    summary: 'Delete a meeting',
    response: { status: 204 },
    errors: [401, 403, 404, 409],
  })
  async remove(
    @Param('id', UuidParamPipe) parentId: string,
    @Param('meetingId', UuidParamPipe) id: string,
  ) {
    await this.service.remove(parentId, id);
  }
}
