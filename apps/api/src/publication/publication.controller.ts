import { Body, Get, Header, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  publicationSchema,
  updatePublicationSchema,
  type UpdatePublicationInput,
} from '@samla/domain';
import { TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { renderPublicPage } from './public-page.html.js';
import { PublicPageService } from './public-page.service.js';
import { PublicationService } from './publication.service.js';

/** The kommun's public page: what it publishes (tenant admins decide, as for members). */
@ApiTags('publication')
@TenantController('publication')
export class PublicationController {
  constructor(
    private readonly publication: PublicationService,
    private readonly pages: PublicPageService,
  ) {}

  @Get()
  @TenantAccess('tenant_admin')
  @ApiOperationSpec({
    id: 'getPublication',
    summary:
      'Whether the kommun publishes its public page (/k/{code}), which plans, and the plans to choose from; version 0 until first saved',
    response: { name: 'Publication', schema: publicationSchema },
    errors: [401, 403, 404],
  })
  get() {
    return this.publication.get();
  }

  @Put()
  @TenantAccess('tenant_admin')
  @ApiOperationSpec({
    id: 'updatePublication',
    summary:
      'Publish or withdraw the public page and choose its plans (adopted or in force only); audited',
    body: { name: 'UpdatePublicationInput', schema: updatePublicationSchema },
    response: { name: 'Publication', schema: publicationSchema },
    errors: [400, 401, 403, 404, 409],
  })
  update(@Body(new ZodValidationPipe(updatePublicationSchema)) body: UpdatePublicationInput) {
    return this.publication.update(body);
  }

  @Get('preview')
  @TenantAccess('tenant_admin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperationSpec({
    id: 'previewPublication',
    summary:
      'The public page as HTML with the chosen plans, published or not: what residents will see',
    response: { description: 'An HTML document' },
    errors: [401, 403, 404],
  })
  async preview() {
    return renderPublicPage(await this.pages.preview(), { preview: true });
  }
}
