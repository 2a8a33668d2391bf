import type { Prng } from '../prng.js';
import {
  dayFrom2020,
  tableRows,
  timeFrom2020,
  type TableRows,
  type TenantScope,
} from './table-rows.js';
import { PARTNERS } from './vocabulary.js';

const FORUMS = [
  { name: 'Styrgrupp mot våld', kind: 'steering_group', unit: 'month', count: 2 },
  {
    name: 'Samverkansgrupp våld i nära relationer',
    kind: 'collaboration_group',
    unit: 'term',
    count: 2,
  },
  { name: 'Nätverk mot hedersrelaterat våld', kind: 'network', unit: 'year', count: 4 },
] as const;

/**
 * Samverkan: eight partners with a contact each, three forums (members drawn from the
 * partners and the nämnder, six meetings with attendance, two assessments, links to the
 * plans), and four agreements.
 */
export function collaboration(rng: Prng, scope: TenantScope): TableRows[] {
  const { tenantId } = scope;
  const created = timeFrom2020(rng.int(200, 900));
  const partners = tableRows('partners', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['name', 'text'],
    ['type', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const contacts = tableRows('partner_contacts', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['partner_id', 'uuid'],
    ['position', 'int'],
    ['title', 'text'],
    ['email', 'text'],
  ]);
  const partnerIds: string[] = [];
  for (const p of PARTNERS) {
    const id = rng.uuid();
    partnerIds.push(id);
    partners.rows.push([tenantId, id, `${p.name} ${scope.name}`, p.type, created, created]);
    contacts.rows.push([
      tenantId,
      rng.uuid(),
      id,
      0,
      'Kontaktperson',
      `kontakt${partnerIds.length}@partner.bench.samla.test`,
    ]);
  }

  const forums = tableRows('forums', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['name', 'text'],
    ['kind', 'text'],
    ['purpose', 'text'],
    ['convening_unit_id', 'uuid'],
    ['cadence_unit', 'text'],
    ['cadence_count', 'int'],
    ['active_from', 'date'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const links = tableRows('forum_links', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['forum_id', 'uuid'],
    ['plan_id', 'uuid'],
  ]);
  const members = tableRows('members', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['forum_id', 'uuid'],
    ['partner_id', 'uuid'],
    ['org_unit_id', 'uuid'],
    ['role', 'text'],
    ['representative', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const meetings = tableRows('meetings', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['forum_id', 'uuid'],
    ['date', 'date'],
    ['agenda', 'text'],
    ['notes', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const attendance = tableRows('meeting_attendance', [
    ['tenant_id', 'uuid'],
    ['meeting_id', 'uuid'],
    ['member_id', 'uuid'],
  ]);
  const assessments = tableRows('assessments', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['forum_id', 'uuid'],
    ['date', 'date'],
    ['rating', 'int'],
    ['comment', 'text'],
    ['meeting_id', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);

  FORUMS.forEach((f, index) => {
    const forumId = rng.uuid();
    const start = rng.int(400, 1200);
    forums.rows.push([
      tenantId,
      forumId,
      f.name,
      f.kind,
      'Samordna arbetet mot våld.',
      scope.units.get('ks'),
      f.unit,
      f.count,
      dayFrom2020(start),
      created,
      created,
    ]);
    links.rows.push([tenantId, rng.uuid(), forumId, scope.planIds[index % scope.planIds.length]]);
    const memberIds: string[] = [];
    const chosenPartners = rng.subset(partnerIds, 3, 4);
    chosenPartners.forEach((partnerId, i) => {
      const id = rng.uuid();
      memberIds.push(id);
      members.rows.push([
        tenantId,
        id,
        forumId,
        partnerId,
        null,
        i === 0 ? 'chair' : 'member',
        null,
        created,
        created,
      ]);
    });
    for (const unitId of rng.subset(scope.committees, 1, 2)) {
      const id = rng.uuid();
      memberIds.push(id);
      members.rows.push([
        tenantId,
        id,
        forumId,
        null,
        unitId,
        'member',
        'Förvaltningschef',
        created,
        created,
      ]);
    }
    const meetingIds: string[] = [];
    for (let m = 0; m < 6; m++) {
      const id = rng.uuid();
      meetingIds.push(id);
      const day = start + 60 * (m + 1);
      meetings.rows.push([
        tenantId,
        id,
        forumId,
        dayFrom2020(day),
        'Lägesrapporter, aktuella ärenden',
        m % 2 ? 'Protokoll justerat.' : null,
        timeFrom2020(day),
        timeFrom2020(day),
      ]);
      for (const memberId of rng.subset(memberIds, 2, 4))
        attendance.rows.push([tenantId, id, memberId]);
    }
    for (let a = 0; a < 2; a++) {
      const day = start + 200 + a * 180;
      assessments.rows.push([
        tenantId,
        rng.uuid(),
        forumId,
        dayFrom2020(day),
        rng.int(1, 4),
        'Självskattning av samverkan.',
        meetingIds[a * 3],
        timeFrom2020(day),
        timeFrom2020(day),
      ]);
    }
  });

  const agreements = tableRows('agreements', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['partner_id', 'uuid'],
    ['subject', 'text'],
    ['signed_on', 'date'],
    ['signatory_level', 'text'],
    ['signed_by', 'text'],
    ['last_follow_up_on', 'date'],
    ['responsible_unit_id', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  for (let i = 0; i < 4; i++) {
    const signed = rng.int(100, 1500);
    agreements.rows.push([
      tenantId,
      rng.uuid(),
      partnerIds[i],
      'Överenskommelse om samverkan mot våld',
      dayFrom2020(signed),
      rng.pick(['political', 'executive', 'unit_manager']),
      'Kommundirektören',
      rng.chance(0.7) ? dayFrom2020(signed + rng.int(100, 600)) : null,
      rng.pick(scope.administrations),
      created,
      created,
    ]);
  }
  return [
    partners,
    contacts,
    forums,
    links,
    members,
    meetings,
    attendance,
    assessments,
    agreements,
  ];
}
