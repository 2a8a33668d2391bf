import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { isoDateIn, reminderDue, reminderKey, type Deadline } from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import type { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DeadlinesRepository } from './deadlines.repository.js';
import { DeadlinesService } from './deadlines.service.js';
import { Mailer } from './mailer.js';

/** A reminder whose sending failed (the server refused it) is tried this many times. */
const MAX_ATTEMPTS = 3;

/**
 * E-mail reminders of deadlines, in two steps per kommun, each in transactions that act
 * for the kommun (RLS):
 *  1. decide: every deadline due within 14 days, for each of its recipients, is recorded
 *     as a pending reminder under a unique key (deadline, due date, recipient). A key that
 *     exists is skipped: this is what keeps a reminder from being sent twice, whichever
 *     instance or restart decides.
 *  2. send: one reminder at a time is marked 'sending' and committed, then sent, then
 *     marked 'sent'. A process that dies between the two leaves it 'sending', and it is
 *     never sent again (at most once); a refusal by the server marks it 'failed' and it is
 *     retried up to three times.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');
  private stopping = false;

  constructor(
    private readonly repository: DeadlinesRepository,
    private readonly deadlines: DeadlinesService,
    private readonly mailer: Mailer,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService<RequestContext>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Asks a running pass to stop after the reminder it is sending. */
  stop(): void {
    this.stopping = true;
  }

  async run(today = isoDateIn(new Date())): Promise<{ decided: number; sent: number }> {
    let decided = 0;
    let sent = 0;
    const tenants = await this.inTransaction(() => this.repository.tenants());
    for (const tenant of tenants) {
      if (this.stopping) break;
      decided += await this.forTenant(tenant, async () => {
        await this.repository.retryFailed(tenant.id, MAX_ATTEMPTS);
        return this.decide(tenant.id, today);
      });
      sent += await this.send(tenant);
    }
    return { decided, sent };
  }

  private inTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set('language', 'sv');
      return this.txHost.withTransaction(Propagation.RequiresNew, work);
    });
  }

  /** One transaction acting for the kommun, in the request context and in PostgreSQL. */
  private forTenant<T>(tenant: { id: string; code: string }, work: () => Promise<T>): Promise<T> {
    return this.inTransaction(async () => {
      this.cls.set('tenant', { id: tenant.id, code: tenant.code, role: 'reader' });
      await this.repository.actAs(tenant.id);
      return work();
    });
  }

  private async decide(tenantId: string, today: string): Promise<number> {
    const [deadlines, users] = await Promise.all([
      this.deadlines.list({ horizonDays: 60, today }),
      this.deadlines.users(),
    ]);
    let decided = 0;
    for (const deadline of deadlines) {
      if (!reminderDue(deadline.dueDate, today)) continue;
      for (const user of this.deadlines.recipients(deadline, users)) {
        const claimed = await this.repository.claimReminder({
          tenantId,
          reminderKey: reminderKey(deadline, user.userId),
          deadlineKind: deadline.kind,
          entityId: deadline.entityId,
          dueDate: deadline.dueDate,
          recipientUserId: user.userId,
          recipientEmail: user.email,
          ...this.compose(deadline),
        });
        if (claimed) decided += 1;
      }
    }
    return decided;
  }

  private compose(deadline: Deadline): { subject: string; body: string } {
    const when =
      deadline.daysLeft === 0 ? 'i dag' : `${deadline.dueDate} (om ${deadline.daysLeft} dagar)`;
    const link = this.config.publicBaseUrl ? `\n\nÖppna Samla: ${this.config.publicBaseUrl}/` : '';
    return {
      subject: `Påminnelse: ${deadline.title} – senast ${deadline.dueDate}`,
      body:
        `Hej!\n\nDetta ska göras senast ${when}:\n\n${deadline.title}` +
        (deadline.detail ? `\n${deadline.detail}` : '') +
        (deadline.estimated
          ? '\n\nDatumet är uppskattat till månadens sista dag eftersom sammanträdets datum inte är känt.'
          : '') +
        link +
        '\n\nDetta är en automatisk påminnelse från Samla.',
    };
  }

  private async send(tenant: { id: string; code: string }): Promise<number> {
    let sent = 0;
    while (!this.stopping) {
      const reminder = await this.forTenant(tenant, () =>
        this.repository.takeNextReminder(tenant.id),
      );
      if (!reminder) break;
      try {
        await this.mailer.send({
          to: reminder.recipientEmail,
          subject: reminder.subject,
          text: reminder.body,
          messageId: `<reminder-${reminder.id}@samla>`,
        });
        await this.forTenant(tenant, () =>
          this.repository.markReminder(tenant.id, reminder.id, { sent: true }),
        );
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn({ msg: 'reminder not sent', reminderId: reminder.id, error: message });
        await this.forTenant(tenant, () =>
          this.repository.markReminder(tenant.id, reminder.id, { error: message }),
        );
      }
    }
    return sent;
  }
}
