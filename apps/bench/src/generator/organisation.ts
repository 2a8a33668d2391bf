import type { Municipality } from '@samla/reference-data';
import type { Prng } from '../prng.js';
import { tableRows, timeFrom2020, type TableRows, type TenantScope } from './table-rows.js';
import { COMMITTEES } from './vocabulary.js';

/** The address bench users log in with: role@<kommunkod>.bench.samla.test. */
export function benchEmail(role: string, code: string): string {
  return `${role}@k${code}.bench.samla.test`;
}

/**
 * A kommun's organisation the way the handbook draws it: KF, KS and its arbetsutskott,
 * five nämnder each with a förvaltning, a company; five users (admin, strategist, two
 * contributors, reader); the programme with KS coordinating.
 */
export function organisation(
  rng: Prng,
  m: Municipality,
  passwordHash: string,
): { scope: TenantScope; rows: TableRows[] } {
  const tenantId = rng.uuid();
  const created = timeFrom2020(rng.int(0, 300));
  const tenants = tableRows('tenants', [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['region_code', 'text'],
    ['created_at', 'timestamptz'],
  ]);
  tenants.rows.push([tenantId, m.code, m.name, m.regionCode, created]);

  const orgUnits = tableRows('org_units', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['parent_id', 'uuid'],
    ['name', 'text'],
    ['short_name', 'text'],
    ['kind', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const units = new Map<string, string>();
  const addUnit = (
    key: string,
    parent: string | null,
    name: string,
    short: string | null,
    kind: string,
  ) => {
    const id = rng.uuid();
    units.set(key, id);
    orgUnits.rows.push([
      tenantId,
      id,
      parent ? units.get(parent) : null,
      name,
      short,
      kind,
      created,
      created,
    ]);
    return id;
  };
  addUnit('kf', null, 'Kommunfullmäktige', 'KF', 'municipal_council');
  addUnit('ks', 'kf', 'Kommunstyrelsen', 'KS', 'executive_board');
  addUnit('ksau', 'ks', 'Kommunstyrelsens arbetsutskott', 'KSAU', 'working_committee');
  addUnit('klk', 'ks', 'Kommunledningskontoret', 'KLK', 'administration');
  const committees: string[] = [];
  const administrations: string[] = [];
  for (const c of COMMITTEES) {
    committees.push(addUnit(c.key, 'kf', c.name, c.short, 'committee'));
    administrations.push(addUnit(`${c.key}-f`, c.key, c.admin, null, 'administration'));
  }
  addUnit('bolag', 'kf', `${m.name} Bostäder AB`, null, 'company');

  const users = tableRows('users', [
    ['id', 'uuid'],
    ['email', 'text'],
    ['display_name', 'text'],
    ['password_hash', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const memberships = tableRows('memberships', [
    ['tenant_id', 'uuid'],
    ['user_id', 'uuid'],
    ['role', 'text'],
    ['created_at', 'timestamptz'],
  ]);
  const membershipUnits = tableRows('membership_units', [
    ['tenant_id', 'uuid'],
    ['user_id', 'uuid'],
    ['org_unit_id', 'uuid'],
  ]);
  const addUser = (local: string, displayName: string, role: string, unitIds: string[] = []) => {
    const id = rng.uuid();
    users.rows.push([id, benchEmail(local, m.code), displayName, passwordHash, created, created]);
    memberships.rows.push([tenantId, id, role, created]);
    for (const unit of unitIds) membershipUnits.rows.push([tenantId, id, unit]);
    return id;
  };
  const scopeUsers = {
    admin: addUser('admin', `Administratör ${m.name}`, 'tenant_admin'),
    strategist: addUser('strateg', `Strateg ${m.name}`, 'strategist'),
    contributors: [
      addUser('medverkande1', `Medverkande SN ${m.name}`, 'contributor', [
        units.get('sn') as string,
        units.get('sn-f') as string,
      ]),
      addUser('medverkande2', `Medverkande BUN ${m.name}`, 'contributor', [
        units.get('bun') as string,
      ]),
    ],
    reader: addUser('lasare', `Läsare ${m.name}`, 'reader'),
  };

  const programmeId = rng.uuid();
  const programmes = tableRows('programmes', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['vision', 'text'],
    ['violence_types', 'text[]'],
    ['coordinating_unit_id', 'uuid'],
    ['model_step', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  programmes.rows.push([
    tenantId,
    programmeId,
    `${m.name} – en kommun fri från våld`,
    ['mvk', 'vinr', 'hrv'],
    units.get('ks'),
    rng.pick(['map', 'analyse', 'develop', 'implement_follow_up']),
    created,
    created,
  ]);
  const steering = tableRows('programme_steering_units', [
    ['tenant_id', 'uuid'],
    ['programme_id', 'uuid'],
    ['org_unit_id', 'uuid'],
  ]);
  for (const key of ['ksau', 'sn']) steering.rows.push([tenantId, programmeId, units.get(key)]);

  return {
    scope: {
      tenantId,
      code: m.code,
      name: m.name,
      regionCode: m.regionCode,
      units,
      committees,
      administrations,
      users: scopeUsers,
      planIds: [],
      topGoalIds: [],
      activityIds: [],
      indicatorIds: [],
    },
    rows: [tenants, orgUnits, users, memberships, membershipUnits, programmes, steering],
  };
}
