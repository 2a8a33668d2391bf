import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module.js';
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
import { ImportRunner } from './transfer/import-runner.js';
import { ImportsRepository } from './transfer/imports.repository.js';
import { TenantTransactions } from './transfer/tenant-transactions.js';
import { TransferController } from './transfer/transfer.controller.js';
import { TransferService } from './transfer/transfer.service.js';

/** Handlingsplaner: programme, plans, goals, activities and their follow-up. */
@Module({
  imports: [OrganisationModule, ToolkitModule, IndicatorsModule],
  controllers: [
    ProgrammeController,
    ActionPlansController,
    GoalsController,
    ActivitiesController,
    ProgressUpdatesController,
    TransferController,
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
    TransferService,
    ImportRunner,
    ImportsRepository,
    TenantTransactions,
  ],
  exports: [ActionPlansService, ActivitiesService, ProgrammeService, PlanContentWriter],
})
export class PlansModule {}
