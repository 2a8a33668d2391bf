import { Module } from '@nestjs/common';
import { CollaborationModule } from '../collaboration/collaboration.module.js';
import { GovernanceModule } from '../governance/governance.module.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { ReportDataService } from './report-data.service.js';
import { ReportRunner } from './report-runner.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/** Återrapportering reports (DOCX and PDF) of a plan, direct or in the background. */
@Module({
  imports: [
    PlansModule,
    IndicatorsModule,
    CollaborationModule,
    GovernanceModule,
    OrganisationModule,
  ],
  controllers: [ReportsController],
  providers: [ReportsService, ReportsRepository, ReportDataService, ReportRunner],
  exports: [ReportsService],
})
export class ReportsModule {}
