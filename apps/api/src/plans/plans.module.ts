import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { ToolkitModule } from '../toolkit/toolkit.module.js';
import { ActionPlansController } from './action-plans.controller.js';
import { ActionPlansRepository } from './action-plans.repository.js';
import { ActionPlansService } from './action-plans.service.js';
import { ActivitiesController } from './activities.controller.js';
import { ActivitiesRepository } from './activities.repository.js';
import { ActivitiesService } from './activities.service.js';
import { GoalsController } from './goals.controller.js';
import { GoalsRepository } from './goals.repository.js';
import { GoalsService } from './goals.service.js';
import { PlanContentWriter } from './plan-content.writer.js';
import { ProgrammeController } from './programme.controller.js';
import { ProgrammeRepository } from './programme.repository.js';
import { ProgrammeService } from './programme.service.js';
import { ProgressUpdatesController } from './progress-updates.controller.js';
import { ProgressUpdatesRepository } from './progress-updates.repository.js';
import { ProgressUpdatesService } from './progress-updates.service.js';

/** Handlingsplaner: programme, plans, goals, activities and their follow-up. */
@Module({
  imports: [OrganisationModule, ToolkitModule],
  controllers: [
    ProgrammeController,
    ActionPlansController,
    GoalsController,
    ActivitiesController,
    ProgressUpdatesController,
  ],
  providers: [
    ProgrammeService,
    ProgrammeRepository,
    ActionPlansService,
    ActionPlansRepository,
    GoalsService,
    GoalsRepository,
    ActivitiesService,
    ActivitiesRepository,
    ProgressUpdatesService,
    ProgressUpdatesRepository,
    PlanContentWriter,
  ],
  exports: [ActionPlansService, ActivitiesService, ProgrammeService, PlanContentWriter],
})
export class PlansModule {}
