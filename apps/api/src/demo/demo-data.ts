import type { OrgUnitKind, TenantRole } from '@samla/domain';
import { REGION_DEMO_TENANTS, REGION_DEMO_USERS } from './demo-regions.js';

/**
 * The demo, in one place that grows with each capability. Everything here comes from the
 * seed documents (Trelleborg, Malung-Sälen, Alingsås) or is plausible detail of the same
 * kind. It is loaded on an empty database outside production only.
 */

export interface DemoOrgUnit {
  key: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  parent?: string;
}

export interface DemoTenant {
  code: string;
  orgUnits: DemoOrgUnit[];
}

export interface DemoUser {
  email: string;
  displayName: string;
  isPlatformAdmin?: boolean;
  /** `units`: org-unit keys a contributor follows up activities for. */
  memberships: Array<{ tenantCode: string; role: TenantRole; units?: string[] }>;
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    // Trelleborg: KS decisions §126, §163, §175, §12 and SN §147; KS's arbetsutskott prepares;
    // the decision is sent to SN, Bildningsnämnden, KFN and Arbetsmarknadsnämnden.
    code: '1287',
    orgUnits: [
      { key: 'kf', name: 'Kommunfullmäktige', shortName: 'KF', kind: 'municipal_council' },
      {
        key: 'ks',
        name: 'Kommunstyrelsen',
        shortName: 'KS',
        kind: 'executive_board',
        parent: 'kf',
      },
      {
        key: 'ksau',
        name: 'Kommunstyrelsens arbetsutskott',
        shortName: 'KSAU',
        kind: 'working_committee',
        parent: 'ks',
      },
      { key: 'klf', name: 'Kommunledningsförvaltningen', kind: 'administration', parent: 'ks' },
      { key: 'sn', name: 'Socialnämnden', shortName: 'SN', kind: 'committee', parent: 'kf' },
      { key: 'sf', name: 'Socialförvaltningen', kind: 'administration', parent: 'sn' },
      {
        key: 'ifo',
        name: 'Individ- och familjeomsorgen',
        shortName: 'IFO',
        kind: 'unit',
        parent: 'sf',
      },
      { key: 'fvg', name: 'Familjevårdsgruppen', kind: 'unit', parent: 'ifo' },
      { key: 'bin', name: 'Bildningsnämnden', kind: 'committee', parent: 'kf' },
      {
        key: 'kfn',
        name: 'Kultur- och fritidsnämnden',
        shortName: 'KFN',
        kind: 'committee',
        parent: 'kf',
      },
      { key: 'amn', name: 'Arbetsmarknadsnämnden', kind: 'committee', parent: 'kf' },
      { key: 'amf', name: 'Arbetsmarknadsförvaltningen', kind: 'administration', parent: 'amn' },
    ],
  },
  {
    // Malung-Sälen: SNAU 2021-09-22 § 158 proposes that KS coordinates a strategy with SN, BUN and KFN.
    code: '2023',
    orgUnits: [
      { key: 'kf', name: 'Kommunfullmäktige', shortName: 'KF', kind: 'municipal_council' },
      {
        key: 'ks',
        name: 'Kommunstyrelsen',
        shortName: 'KS',
        kind: 'executive_board',
        parent: 'kf',
      },
      { key: 'sn', name: 'Socialnämnden', shortName: 'SN', kind: 'committee', parent: 'kf' },
      {
        key: 'snau',
        name: 'Socialnämndens arbetsutskott',
        shortName: 'SNAU',
        kind: 'working_committee',
        parent: 'sn',
      },
      {
        key: 'ifo',
        name: 'Individ- och familjeomsorgen',
        shortName: 'IFO',
        kind: 'unit',
        parent: 'sn',
      },
      {
        key: 'bun',
        name: 'Barn- och utbildningsnämnden',
        shortName: 'BUN',
        kind: 'committee',
        parent: 'kf',
      },
      {
        key: 'kfn',
        name: 'Kultur- och fritidsnämnden',
        shortName: 'KFN',
        kind: 'committee',
        parent: 'kf',
      },
    ],
  },
  {
    // Alingsås: the motion went KF § 100 → KSAU § 105 → SN § 53; kommunledningskontoret,
    // socialförvaltningen, barn- och ungdomsförvaltningen, kultur- och utbildningsförvaltningen
    // and the municipal housing company Alingsåshem take part.
    code: '1489',
    orgUnits: [
      { key: 'kf', name: 'Kommunfullmäktige', shortName: 'KF', kind: 'municipal_council' },
      {
        key: 'ks',
        name: 'Kommunstyrelsen',
        shortName: 'KS',
        kind: 'executive_board',
        parent: 'kf',
      },
      {
        key: 'ksau',
        name: 'Kommunstyrelsens arbetsutskott',
        shortName: 'KSAU',
        kind: 'working_committee',
        parent: 'ks',
      },
      {
        key: 'klk',
        name: 'Kommunledningskontoret',
        shortName: 'KLK',
        kind: 'administration',
        parent: 'ks',
      },
      { key: 'sn', name: 'Socialnämnden', shortName: 'SN', kind: 'committee', parent: 'kf' },
      { key: 'sf', name: 'Socialförvaltningen', kind: 'administration', parent: 'sn' },
      {
        key: 'bun',
        name: 'Barn- och ungdomsnämnden',
        shortName: 'BUN',
        kind: 'committee',
        parent: 'kf',
      },
      { key: 'buf', name: 'Barn- och ungdomsförvaltningen', kind: 'administration', parent: 'bun' },
      {
        key: 'kun',
        name: 'Kultur- och utbildningsnämnden',
        shortName: 'KUN',
        kind: 'committee',
        parent: 'kf',
      },
      {
        key: 'kuf',
        name: 'Kultur- och utbildningsförvaltningen',
        kind: 'administration',
        parent: 'kun',
      },
      {
        key: 'alingsashem',
        name: 'AB Alingsåshem',
        shortName: 'Alingsåshem',
        kind: 'company',
        parent: 'ks',
      },
    ],
  },
  // The regional demo's kommuner (demo-regions.ts).
  ...REGION_DEMO_TENANTS,
];

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@samla.test',
    displayName: 'Plattformsadministratör',
    isPlatformAdmin: true,
    memberships: [],
  },
  {
    email: 'strateg@trelleborg.samla.test',
    displayName: 'Strateg Trelleborg',
    memberships: [{ tenantCode: '1287', role: 'strategist' }],
  },
  {
    // Manages Trelleborg's members and its public page (/k/1287).
    email: 'kommunadmin@trelleborg.samla.test',
    displayName: 'Kommunadministratör Trelleborg',
    memberships: [{ tenantCode: '1287', role: 'tenant_admin' }],
  },
  {
    email: 'strateg@malung-salen.samla.test',
    displayName: 'Strateg Malung-Sälen',
    memberships: [{ tenantCode: '2023', role: 'strategist' }],
  },
  {
    email: 'strateg@alingsas.samla.test',
    displayName: 'Folkhälsostrateg Alingsås',
    memberships: [{ tenantCode: '1489', role: 'strategist' }],
  },
  {
    email: 'lasare@alingsas.samla.test',
    displayName: 'Läsare Alingsås',
    memberships: [{ tenantCode: '1489', role: 'reader' }],
  },
  {
    // A socialsekreterare in familjevårdsgruppen who reports on its services.
    email: 'medverkande@trelleborg.samla.test',
    displayName: 'Familjevårdsgruppen Trelleborg',
    memberships: [{ tenantCode: '1287', role: 'contributor', units: ['fvg'] }],
  },
  {
    email: 'medverkande@malung-salen.samla.test',
    displayName: 'IFO Malung-Sälen',
    memberships: [{ tenantCode: '2023', role: 'contributor', units: ['sn', 'ifo'] }],
  },
  // Regional coordinators and the added kommuner's admins (demo-regions.ts).
  ...REGION_DEMO_USERS,
];

export const DEFAULT_DEMO_PASSWORD = 'samla-demo';
