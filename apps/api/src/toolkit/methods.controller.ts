import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  methodInputSchema,
  methodSchema,
  updateMethodSchema,
  type MethodInput,
  type UpdateMethodInput,
} from '@samla/domain';
import { Authenticated, PlatformAdmin } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ToolkitService } from './toolkit.service.js';

@ApiTags('toolkit')
@Controller('v1/toolkit/methods')
export class MethodsController {
  constructor(private readonly toolkit: ToolkitService) {}

  @Get()
  @Authenticated()
  @ApiOperationSpec({
    id: 'listMethods',
    summary: 'The method catalogue (ATV, Trappan, MVP …)',
    response: { name: 'Method', schema: methodSchema, array: true },
    errors: [401],
  })
  list() {
    return this.toolkit.listMethods();
  }

  @Get(':id')
  @Authenticated()
  @ApiOperationSpec({
    id: 'getMethod',
    summary: 'One method',
    response: { name: 'Method', schema: methodSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.toolkit.getMethod(id);
  }

  @Post()
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'createMethod',
    summary: 'Add a method to the catalogue (platform admins)',
    body: { name: 'MethodInput', schema: methodInputSchema },
    response: { status: 201, name: 'Method', schema: methodSchema },
    errors: [400, 401, 403],
  })
  create(@Body(new ZodValidationPipe(methodInputSchema)) body: MethodInput) {
    return this.toolkit.createMethod(body);
  }

  @Patch(':id')
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'updateMethod',
    summary: 'Change a method',
    body: { name: 'UpdateMethodInput', schema: updateMethodSchema },
    response: { name: 'Method', schema: methodSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateMethodSchema)) body: UpdateMethodInput,
  ) {
    return this.toolkit.updateMethod(id, body);
  }

  @Delete(':id')
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'deleteMethod',
    summary: 'Remove a method; activities keep their own text',
    response: { status: 204 },
    errors: [401, 403, 404],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.toolkit.deleteMethod(id);
  }
}
