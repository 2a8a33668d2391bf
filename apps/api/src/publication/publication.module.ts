import { Module } from '@nestjs/common';
import { PublicPageController } from './public-page.controller.js';
import { PublicPageRepository } from './public-page.repository.js';
import { PublicPageService } from './public-page.service.js';
import { PublicationController } from './publication.controller.js';
import { PublicationRepository } from './publication.repository.js';
import { PublicationService } from './publication.service.js';

/** Public pages: what a kommun publishes, and the page anyone may read at /k/{kommunkod}. */
@Module({
  controllers: [PublicationController, PublicPageController],
  providers: [PublicationRepository, PublicationService, PublicPageRepository, PublicPageService],
  exports: [PublicationService],
})
export class PublicationModule {}
