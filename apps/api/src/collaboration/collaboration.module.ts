import { Module } from '@nestjs/common';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementsService } from './agreements.service.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsService } from './assessments.service.js';
import { ForumsController } from './forums.controller.js';
import {
  AssessmentsRepository,
  ForumsRepository,
  MeetingsRepository,
  MembersRepository,
} from './forums.repository.js';
import { ForumsService } from './forums.service.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';
import { MembersController } from './members.controller.js';
import { MembersService } from './members.service.js';
import { PartnersController } from './partners.controller.js';
import { PartnersRepository } from './partners.repository.js';
import { PartnersService } from './partners.service.js';
import { ReferencesRepository } from './references.repository.js';
import { ReferencesService } from './references.service.js';

/** Samverkan: partners, forums with members, meetings and assessments, agreements. */
@Module({
  controllers: [
    PartnersController,
    ForumsController,
    MembersController,
    MeetingsController,
    AssessmentsController,
    AgreementsController,
  ],
  providers: [
    ReferencesRepository,
    ReferencesService,
    PartnersRepository,
    PartnersService,
    ForumsRepository,
    ForumsService,
    MembersRepository,
    MembersService,
    MeetingsRepository,
    MeetingsService,
    AssessmentsRepository,
    AssessmentsService,
    AgreementsRepository,
    AgreementsService,
  ],
  exports: [
    ReferencesService,
    PartnersService,
    ForumsService,
    MembersService,
    MeetingsService,
    AssessmentsService,
    AgreementsService,
    AgreementsRepository,
    ForumsRepository,
  ],
})
export class CollaborationModule {}
