import type { Prng } from '../prng.js';
import {
  dayFrom2020,
  tableRows,
  timeFrom2020,
  type TableRows,
  type TenantScope,
} from './table-rows.js';

const CASES = [
  { kind: 'motion', title: 'Motion om fler platser i skyddat boende' },
  { kind: 'commission', title: 'Uppdrag att ta fram handlingsplan mot våld' },
  { kind: 'initiative', title: 'Initiativ om utbildning för all personal' },
  { kind: 'citizen_proposal', title: 'Medborgarförslag om trygghetsvandringar' },
  { kind: 'consultation', title: 'Remiss: nationell strategi mot mäns våld mot kvinnor' },
] as const;

/**
 * The decision trail: ten cases, each with a decision by a nämnd sent to two others and
 * two assignments (uppdrag) to a förvaltning, linked to a plan.
 */
export function governance(rng: Prng, scope: TenantScope): TableRows[] {
  const { tenantId } = scope;
  const settings = tableRows('case_settings', [
    ['tenant_id', 'uuid'],
    ['diarienummer_pattern', 'text'],
  ]);
  settings.rows.push([tenantId, 'KS ÅÅÅÅ/NNN']);
  const cases = tableRows('cases', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['diarienummer', 'text'],
    ['kind', 'text'],
    ['title', 'text'],
    ['submitted_by', 'text'],
    ['submitted_on', 'date'],
    ['status', 'text'],
    ['closed_on', 'date'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const caseLinks = tableRows('case_links', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['case_id', 'uuid'],
    ['plan_id', 'uuid'],
  ]);
  const decisions = tableRows('decisions', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['case_id', 'uuid'],
    ['status', 'text'],
    ['body_unit_id', 'uuid'],
    ['meeting_date', 'date'],
    ['paragraph', 'text'],
    ['points', 'text[]'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const recipients = tableRows('decision_recipients', [
    ['tenant_id', 'uuid'],
    ['decision_id', 'uuid'],
    ['org_unit_id', 'uuid'],
  ]);
  const assignments = tableRows('assignments', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['case_id', 'uuid'],
    ['decision_id', 'uuid'],
    ['title', 'text'],
    ['responsible_unit_id', 'uuid'],
    ['report_to_unit_id', 'uuid'],
    ['due_date', 'date'],
    ['status', 'text'],
    ['reported_on', 'date'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  for (let i = 0; i < 10; i++) {
    const template = CASES[i % CASES.length] as (typeof CASES)[number];
    const caseId = rng.uuid();
    const submitted = rng.int(200, 2300);
    const closed = rng.chance(0.4);
    cases.rows.push([
      tenantId,
      caseId,
      `KS ${2020 + Math.floor(submitted / 365)}/${rng.int(1, 999)}`,
      template.kind,
      template.title,
      template.kind === 'motion' ? 'Ledamot i kommunfullmäktige' : null,
      dayFrom2020(submitted),
      closed ? 'closed' : rng.pick(['open', 'answered']),
      closed ? dayFrom2020(submitted + 120) : null,
      timeFrom2020(submitted),
      timeFrom2020(submitted),
    ]);
    caseLinks.rows.push([tenantId, rng.uuid(), caseId, rng.pick(scope.planIds)]);
    const decisionId = rng.uuid();
    const body = rng.pick(scope.committees);
    decisions.rows.push([
      tenantId,
      decisionId,
      caseId,
      'decided',
      body,
      dayFrom2020(submitted + 60),
      `§ ${rng.int(1, 200)}`,
      [
        'Att uppdra förvaltningen att återrapportera',
        'Att i övrigt lägga informationen till handlingarna',
      ],
      timeFrom2020(submitted + 60),
      timeFrom2020(submitted + 60),
    ]);
    for (const unit of rng.subset(
      scope.committees.filter((c) => c !== body),
      2,
      2,
    ))
      recipients.rows.push([tenantId, decisionId, unit]);
    for (let a = 0; a < 2; a++) {
      const reported = rng.chance(0.5);
      const due = submitted + 60 + rng.int(90, 400);
      assignments.rows.push([
        tenantId,
        rng.uuid(),
        caseId,
        decisionId,
        `Återrapportera ${template.title.toLowerCase()}`,
        rng.pick(scope.administrations),
        body,
        dayFrom2020(due),
        reported ? 'reported' : 'open',
        reported ? dayFrom2020(due - 10) : null,
        timeFrom2020(submitted + 60),
        timeFrom2020(submitted + 60),
      ]);
    }
  }
  return [settings, cases, caseLinks, decisions, recipients, assignments];
}
