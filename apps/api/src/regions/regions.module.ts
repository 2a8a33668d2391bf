import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ComparisonController } from './comparison.controller.js';
import { ComparisonRepository } from './comparison.repository.js';
import { ComparisonService } from './comparison.service.js';
import { RegionCoordinatorsController } from './region-coordinators.controller.js';
import { RegionCoordinatorsRepository } from './region-coordinators.repository.js';
import { RegionCoordinatorsService } from './region-coordinators.service.js';
import { RegionSharingController } from './region-sharing.controller.js';
import { RegionSharingRepository } from './region-sharing.repository.js';
import { RegionSharingService } from './region-sharing.service.js';

/** What kommuner share with their län, its coordinators, and the regional comparisons. */
@Module({
  imports: [AuthModule],
  controllers: [RegionSharingController, RegionCoordinatorsController, ComparisonController],
  providers: [
    RegionSharingRepository,
    RegionSharingService,
    RegionCoordinatorsRepository,
    RegionCoordinatorsService,
    ComparisonRepository,
    ComparisonService,
  ],
})
export class RegionsModule {}
