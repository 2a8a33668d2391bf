import { Injectable } from '@nestjs/common';
import {
  addDays,
  daysBetween,
  deadlineState,
  isoDateIn,
  sortDeadlines,
  type Deadline,
  type DeadlineKind,
} from '@samla/domain';
import { ClsService } from 'nestjs-cls';
import { AgreementsService } from '../collaboration/agreements.service.js';
import { ForumsService } from '../collaboration/forums.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AssignmentsService } from '../governance/assignments.service.js';
import { AssignmentsRepository } from '../governance/governance.repository.js';
import { requireTenant } from '../tenancy/require-tenant.js';
import { DeadlinesRepository, type TenantUser } from './deadlines.repository.js';

export interface DeadlineOptions {
  /** Only the deadlines that are this user's. */
  mineFor?: string | null;
  horizonDays: number;
  kind?: DeadlineKind;
  today?: string;
}

const SV_TERM: Record<string, string> = { VT: 'vårterminen', HT: 'höstterminen' };

/**
 * Every deadline of the kommun: report-backs due, agreements to follow up, forums behind
 * their cadence, plan periods ending. Open ones that have passed are always included.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    private readonly repository: DeadlinesRepository,
    private readonly assignmentsRepo: AssignmentsRepository,
    private readonly assignments: AssignmentsService,
    private readonly agreements: AgreementsService,
    private readonly forums: ForumsService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async list(options: DeadlineOptions): Promise<Deadline[]> {
    const tenantId = requireTenant(this.cls).id;
    const today = options.today ?? isoDateIn(new Date());
    const all = await this.collect(tenantId, today);
    const until = addDays(today, options.horizonDays);
    let result = all.filter((d) => d.state === 'overdue' || d.dueDate <= until);
    if (options.kind) result = result.filter((d) => d.kind === options.kind);
    if (options.mineFor) {
      const users = await this.repository.users(tenantId);
      const me = users.find((u) => u.userId === options.mineFor);
      result = result.filter((d) => (me ? isFor(d, me) : false));
    }
    return result;
  }

  /** Who a deadline is for: its named user and the contributors of its unit; else the coordinators. */
  recipients(deadline: Deadline, users: TenantUser[]): TenantUser[] {
    const direct = users.filter((u) => isFor(deadline, u));
    return direct.length
      ? direct
      : users.filter((u) => u.role === 'strategist' || u.role === 'tenant_admin');
  }

  users(): Promise<TenantUser[]> {
    return this.repository.users(requireTenant(this.cls).id);
  }

  private async collect(tenantId: string, today: string): Promise<Deadline[]> {
    const deadlines: Deadline[] = [];
    const make = (
      d: Omit<Deadline, 'state' | 'daysLeft' | 'caseId' | 'estimated' | 'responsibleUserId'> &
        Partial<Pick<Deadline, 'caseId' | 'estimated' | 'responsibleUserId'>>,
    ): Deadline => ({
      caseId: null,
      estimated: false,
      responsibleUserId: null,
      ...d,
      state: deadlineState(d.dueDate, today),
      daysLeft: daysBetween(today, d.dueDate),
    });

    const caseTitles = await this.repository.caseTitles(tenantId);
    for (const a of await this.assignments.views(
      await this.assignmentsRepo.open(tenantId),
      today,
    )) {
      if (!a.due.date) continue;
      deadlines.push(
        make({
          kind: 'assignment_report',
          entityId: a.id,
          caseId: a.caseId,
          title: `Återrapportering: ${a.title}`,
          detail: caseTitles.get(a.caseId) ?? null,
          dueDate: a.due.date,
          estimated: a.due.source === 'end_of_month',
          responsibleUnitId: a.responsibleUnitId,
          responsibleUserId: a.responsibleUserId,
        }),
      );
    }
    for (const a of await this.agreements.list())
      deadlines.push(
        make({
          kind: 'agreement_follow_up',
          entityId: a.id,
          title: `Följ upp överenskommelsen: ${a.subject}`,
          detail:
            a.followUp.state === 'lapsed'
              ? 'Överenskommelsen är inte längre aktuell (ej uppföljd inom 24 månader).'
              : 'Följs den inte upp räknas den inte längre som aktuell (24 månader).',
          dueDate: a.followUp.followUpBy,
          responsibleUnitId: a.responsibleUnitId,
        }),
      );
    for (const f of await this.forums.list()) {
      const behind = f.cadenceReport?.behind;
      if (!behind) continue;
      const [year, term] = behind.key.split('-');
      const period = term && SV_TERM[term] ? `${SV_TERM[term]} ${year}` : behind.key;
      deadlines.push(
        make({
          kind: 'forum_cadence',
          entityId: f.id,
          title: `${f.name}: ${behind.missing} möte${behind.missing === 1 ? '' : 'n'} till under ${period}`,
          detail: f.cadenceReport?.shortPeriods.length
            ? `Färre möten än utlovat: ${f.cadenceReport.shortPeriods.join(', ')}`
            : null,
          dueDate: behind.by,
          responsibleUnitId: f.conveningUnitId,
        }),
      );
    }
    for (const p of await this.repository.plansInForce(tenantId))
      deadlines.push(
        make({
          kind: 'plan_period_end',
          entityId: p.id,
          title: `Planperioden slutar: ${p.title}`,
          detail: 'Följ upp planen och besluta om en ny eller reviderad plan.',
          dueDate: `${p.periodTo}-12-31`,
          responsibleUnitId: p.ownerUnitId,
        }),
      );
    return sortDeadlines(deadlines);
  }
}

function isFor(deadline: Deadline, user: TenantUser): boolean {
  if (deadline.responsibleUserId === user.userId) return true;
  return deadline.responsibleUnitId !== null && user.unitIds.includes(deadline.responsibleUnitId);
}
