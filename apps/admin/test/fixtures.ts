import type { CurrentUser, Membership, OrgUnit, TenantRole } from '@samla/domain';

export const TRELLEBORG: Membership = {
  tenantId: '00000000-0000-4000-8000-000000001287',
  tenantCode: '1287',
  tenantName: 'Trelleborgs kommun',
  role: 'strategist',
};

export const ALINGSAS: Membership = {
  tenantId: '00000000-0000-4000-8000-000000001489',
  tenantCode: '1489',
  tenantName: 'Alingsås kommun',
  role: 'reader',
};

export function newUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    email: 'anna.strateg@trelleborg.se',
    displayName: 'Anna Strateg',
    isPlatformAdmin: false,
    memberships: [TRELLEBORG, ALINGSAS],
    coordinatedRegions: [],
    csrfToken: 'csrf-token-1',
    ...overrides,
  };
}

/** A user with one role in Trelleborg only. */
export const userWithRole = (role: TenantRole) =>
  newUser({ memberships: [{ ...TRELLEBORG, role }] });

let sequence = 0;
export function newOrgUnit(overrides: Partial<OrgUnit> & Pick<OrgUnit, 'name'>): OrgUnit {
  sequence += 1;
  const id = `aaaaaaaa-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  return {
    id,
    shortName: null,
    kind: 'committee',
    parentId: null,
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** Part of Trelleborg's organisation: KF › KS › KSAU, and KF › SN › förvaltning › enhet. */
export function trelleborgUnits() {
  const kf = newOrgUnit({ name: 'Kommunfullmäktige', kind: 'municipal_council', shortName: 'KF' });
  const ks = newOrgUnit({
    name: 'Kommunstyrelsen',
    kind: 'executive_board',
    shortName: 'KS',
    parentId: kf.id,
  });
  const ksau = newOrgUnit({
    name: 'Kommunstyrelsens arbetsutskott',
    kind: 'working_committee',
    shortName: 'KSAU',
    parentId: ks.id,
  });
  const sn = newOrgUnit({
    name: 'Socialnämnden',
    kind: 'committee',
    shortName: 'SN',
    parentId: kf.id,
  });
  const sf = newOrgUnit({ name: 'Socialförvaltningen', kind: 'administration', parentId: sn.id });
  const fvg = newOrgUnit({ name: 'Familjevårdsgruppen', kind: 'unit', parentId: sf.id });
  return { kf, ks, ksau, sn, sf, fvg, all: [kf, ks, ksau, sn, sf, fvg] };
}
