import { Module } from '@nestjs/common';
import { CollaborationModule } from '../collaboration/collaboration.module.js';
import { GovernanceModule } from '../governance/governance.module.js';
import { CalendarFeedController, PublicCalendarController } from './calendar-feed.controller.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { DeadlinesController } from './deadlines.controller.js';
import { DeadlinesRepository } from './deadlines.repository.js';
import { DeadlinesService } from './deadlines.service.js';
import { Mailer } from './mailer.js';
import { ReminderJob } from './reminder-job.js';
import { RemindersService } from './reminders.service.js';

/** The deadline overview, the calendar feed and e-mail reminders. */
@Module({
  imports: [CollaborationModule, GovernanceModule],
  controllers: [DeadlinesController, CalendarFeedController, PublicCalendarController],
  providers: [
    DeadlinesRepository,
    DeadlinesService,
    CalendarFeedService,
    Mailer,
    RemindersService,
    ReminderJob,
  ],
  exports: [DeadlinesService, CalendarFeedService, DeadlinesRepository],
})
export class DeadlinesModule {}
