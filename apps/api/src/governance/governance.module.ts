import { Module } from '@nestjs/common';
import { CollaborationModule } from '../collaboration/collaboration.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AssignmentsController } from './assignments.controller.js';
import { AssignmentsService } from './assignments.service.js';
import { CaseSettingsController, CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import {
  AssignmentsRepository,
  CasesRepository,
  DecisionsRepository,
} from './governance.repository.js';
import { TimelineService } from './timeline.service.js';

/** The decision trail: cases, decisions, assignments and the timeline. */
@Module({
  imports: [CollaborationModule, OrganisationModule],
  controllers: [
    CasesController,
    CaseSettingsController,
    DecisionsController,
    AssignmentsController,
  ],
  providers: [
    CasesRepository,
    DecisionsRepository,
    AssignmentsRepository,
    CasesService,
    DecisionsService,
    AssignmentsService,
    TimelineService,
  ],
  exports: [
    CasesService,
    DecisionsService,
    AssignmentsService,
    AssignmentsRepository,
    CasesRepository,
  ],
})
export class GovernanceModule {}
