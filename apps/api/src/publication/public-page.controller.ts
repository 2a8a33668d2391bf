import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { publicPageSchema } from '@samla/domain';
import type { Response } from 'express';
import { AppError } from '../common/app-error.js';
import { Public } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { renderNotFoundPage, renderPublicPage } from './public-page.html.js';
import { WithExplicitTransaction } from '../tenancy/transaction.interceptor.js';
import { PublicPageService } from './public-page.service.js';

/**
 * Short enough that withdrawing a page takes effect within a minute everywhere, long enough
 * that a page shared in the local paper is served from caches. A 404 is cached the same,
 * so an unpublished kommun cannot be told from an unknown one by its headers.
 */
const CACHE = 'public, max-age=60';

/** A kommun's public page, without a login: JSON, and the HTML page served at /k/{code}. */
@ApiTags('publication')
@Controller('v1/public')
export class PublicPageController {
  constructor(private readonly pages: PublicPageService) {}

  @Get(':code')
  @Public()
  // Declares the public reader of the kommun part-way through (PublicPageService.page).
  @WithExplicitTransaction()
  @Header('Cache-Control', CACHE)
  @ApiOperationSpec({
    id: 'getPublicPage',
    summary:
      'The published plans of a kommun: goals, activities, progress and indicators (small numbers suppressed); 404 unless it publishes',
    response: { name: 'PublicPage', schema: publicPageSchema },
    errors: [404],
  })
  page(@Param('code') code: string) {
    return this.pages.page(code);
  }

  @Get(':code/page')
  @Public()
  @WithExplicitTransaction()
  @Header('Cache-Control', CACHE)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperationSpec({
    id: 'getPublicPageHtml',
    summary:
      'The public page as HTML (what /k/{code} shows); the same 404 page unless it publishes',
    response: { description: 'An HTML document' },
    errors: [404],
  })
  async html(@Param('code') code: string, @Res({ passthrough: true }) res: Response) {
    try {
      return renderPublicPage(await this.pages.page(code));
    } catch (error) {
      if (!(error instanceof AppError) || error.status !== 404) throw error;
      res.status(404);
      return renderNotFoundPage();
    }
  }
}
