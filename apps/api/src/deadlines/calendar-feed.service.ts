import { Inject, Injectable } from '@nestjs/common';
import { addDays, type CalendarFeed, type Deadline } from '@samla/domain';
import ical from 'ical-generator';
import { ClsService } from 'nestjs-cls';
import { createHash, randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { DeadlinesRepository } from './deadlines.repository.js';
import { DeadlinesService } from './deadlines.service.js';

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** How far ahead the feed looks; overdue deadlines stay in it. */
const FEED_HORIZON_DAYS = 730;

/**
 * A user's deadlines as an iCalendar feed Outlook can subscribe to, at a secret URL. Samla
 * keeps only a hash of the secret; creating a new one revokes the old, deleting revokes it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly repository: DeadlinesRepository,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private me() {
    const tenant = requireTenant(this.cls);
    const userId = this.cls.get('principal')?.userId;
    if (!userId) throw AppError.notFound();
    return { tenant, userId };
  }

  async get(): Promise<CalendarFeed> {
    const { tenant, userId } = this.me();
    const feed = await this.repository.feedOf(tenant.id, userId);
    return { active: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null, url: null };
  }

  /** A new secret URL; any earlier one stops working. The URL is shown this once only. */
  async rotate(mineOnly: boolean, origin: string): Promise<CalendarFeed> {
    const { tenant, userId } = this.me();
    const token = randomBytes(32).toString('base64url');
    await this.repository.saveFeed(tenant.id, userId, hash(token), mineOnly);
    await this.audit.record({
      action: 'calendar_feed.created',
      entityType: 'calendar_feed',
      entityId: userId,
      after: { mineOnly },
    });
    const base = this.config.publicBaseUrl ?? origin;
    return {
      active: true,
      createdAt: new Date().toISOString(),
      url: `${base}/api/v1/calendar/${tenant.code}/deadlines.ics?token=${token}`,
    };
  }

  async revoke(): Promise<void> {
    const { tenant, userId } = this.me();
    if (!(await this.repository.deleteFeed(tenant.id, userId))) throw AppError.notFound();
    await this.audit.record({
      action: 'calendar_feed.revoked',
      entityType: 'calendar_feed',
      entityId: userId,
    });
  }

  /**
   * The public feed: the kommunkod and the secret are the credential. An unknown kommun,
   * token or revoked feed are the same 401, so nothing can be learnt by guessing.
   */
  async render(code: string, token: string | undefined): Promise<string> {
    const refused = new AppError(401, 'unauthenticated');
    if (!token || !/^\d{4}$/.test(code) || token.length > 100) throw refused;
    const tenant = await this.repository.tenantByCode(code);
    if (!tenant) throw refused;
    await this.repository.actAs(tenant.id);
    const feed = await this.repository.feedByHash(tenant.id, hash(token));
    if (!feed) throw refused;
    this.cls.set('tenant', { id: tenant.id, code: tenant.code, role: 'reader' });
    await this.repository.actAs(tenant.id, feed.userId);
    await this.repository.touchFeed(tenant.id, feed.userId);
    const deadlines = await this.deadlines.list({
      mineFor: feed.mineOnly ? feed.userId : null,
      horizonDays: FEED_HORIZON_DAYS,
    });
    return toICalendar(deadlines, code, this.config.publicBaseUrl);
  }
}

const KIND_SV: Record<Deadline['kind'], string> = {
  assignment_report: 'Återrapportering',
  agreement_follow_up: 'Överenskommelse',
  forum_cadence: 'Samverkan',
  plan_period_end: 'Handlingsplan',
};

/** One all-day event per deadline; the UID is stable, so a moved deadline moves in Outlook. */
export function toICalendar(deadlines: Deadline[], code: string, baseUrl: string | null): string {
  const calendar = ical({
    name: `Samla – deadlines (${code})`,
    prodId: { company: 'Samla', product: 'Deadlines', language: 'SV' },
    ttl: 60 * 60,
  });
  for (const d of deadlines) {
    const start = new Date(`${d.dueDate}T00:00:00Z`);
    calendar.createEvent({
      id: `${d.kind}-${d.entityId}@samla`,
      start,
      end: new Date(`${addDays(d.dueDate, 1)}T00:00:00Z`),
      allDay: true,
      summary: d.title,
      description: [
        `${KIND_SV[d.kind]}${d.state === 'overdue' ? ' – försenad' : ''}`,
        d.detail,
        d.estimated ? 'Datumet är uppskattat: sammanträdets datum är inte känt.' : null,
      ]
        .filter(Boolean)
        .join('\n'),
      categories: [{ name: KIND_SV[d.kind] }],
      ...(baseUrl ? { url: `${baseUrl}/` } : {}),
    });
  }
  return calendar.toString();
}
