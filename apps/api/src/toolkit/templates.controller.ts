import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  templateInputSchema,
  templateSchema,
  updateTemplateSchema,
  type TemplateInput,
  type UpdateTemplateInput,
} from '@samla/domain';
import { Authenticated, PlatformAdmin } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ToolkitService } from './toolkit.service.js';

@ApiTags('toolkit')
@Controller('v1/toolkit/templates')
export class TemplatesController {
  constructor(private readonly toolkit: ToolkitService) {}

  @Get()
  @Authenticated()
  @ApiOperationSpec({
    id: 'listTemplates',
    summary: 'Plan templates of the shared toolkit',
    response: { name: 'Template', schema: templateSchema, array: true },
    errors: [401],
  })
  list() {
    return this.toolkit.listTemplates();
  }

  @Get(':id')
  @Authenticated()
  @ApiOperationSpec({
    id: 'getTemplate',
    summary: 'One plan template with its goals and suggested activities',
    response: { name: 'Template', schema: templateSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.toolkit.getTemplate(id);
  }

  @Post()
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'createTemplate',
    summary: 'Add a plan template (platform admins)',
    body: { name: 'TemplateInput', schema: templateInputSchema },
    response: { status: 201, name: 'Template', schema: templateSchema },
    errors: [400, 401, 403],
  })
  create(@Body(new ZodValidationPipe(templateInputSchema)) body: TemplateInput) {
    return this.toolkit.createTemplate(body);
  }

  @Patch(':id')
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'updateTemplate',
    summary: "Change a template; kommuner's copies are not touched",
    body: { name: 'UpdateTemplateInput', schema: updateTemplateSchema },
    response: { name: 'Template', schema: templateSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(updateTemplateSchema)) body: UpdateTemplateInput,
  ) {
    return this.toolkit.updateTemplate(id, body);
  }

  @Delete(':id')
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'deleteTemplate',
    summary: 'Remove a template (plans made from it stay)',
    response: { status: 204 },
    errors: [401, 403, 404],
  })
  async remove(@Param('id', UuidParamPipe) id: string) {
    await this.toolkit.deleteTemplate(id);
  }
}
