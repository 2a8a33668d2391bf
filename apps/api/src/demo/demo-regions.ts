import type { SharingArea } from '@samla/domain';
import type { DemoCollaboration } from './demo-collaboration.js';
import type { DemoTenant, DemoUser } from './demo-data.js';
import type { DemoActivity, DemoPlan, DemoProgramme } from './demo-plans.js';

/**
 * The regional demo: two län, each with a coordinator at the länsstyrelse, and three
 * smaller kommuner beside the seed ones so there is something to compare. Dalarnas län
 * (20): Malung-Sälen and Borlänge. Västra Götalands län (14): Alingsås, Borås and
 * Herrljunga, which shares nothing. Plans, figures and agreements of the three added
 * kommuner are invented (the figures say "Demodata"), shaped like the seeds' own.
 */

const orgUnits = (extra: DemoTenant['orgUnits'] = []): DemoTenant['orgUnits'] => [
  { key: 'kf', name: 'Kommunfullmäktige', shortName: 'KF', kind: 'municipal_council' },
  { key: 'ks', name: 'Kommunstyrelsen', shortName: 'KS', kind: 'executive_board', parent: 'kf' },
  { key: 'sn', name: 'Socialnämnden', shortName: 'SN', kind: 'committee', parent: 'kf' },
  { key: 'sf', name: 'Socialförvaltningen', kind: 'administration', parent: 'sn' },
  ...extra,
];

export const REGION_DEMO_TENANTS: DemoTenant[] = [
  {
    code: '2081', // Borlänge, Dalarnas län
    orgUnits: orgUnits([
      {
        key: 'bun',
        name: 'Barn- och utbildningsnämnden',
        shortName: 'BUN',
        kind: 'committee',
        parent: 'kf',
      },
    ]),
  },
  { code: '1466', orgUnits: orgUnits() }, // Herrljunga, Västra Götalands län
  {
    code: '1490', // Borås, Västra Götalands län
    orgUnits: orgUnits([
      { key: 'fn', name: 'Förskolenämnden', kind: 'committee', parent: 'kf' },
      { key: 'bostader', name: 'AB Bostäder i Borås', kind: 'company', parent: 'ks' },
    ]),
  },
];

export const REGION_DEMO_USERS: DemoUser[] = [
  {
    email: 'samordnare@dalarna.samla.test',
    displayName: 'Regional samordnare Dalarna',
    memberships: [],
  },
  {
    email: 'samordnare@vastragotaland.samla.test',
    displayName: 'Regional samordnare Västra Götaland',
    memberships: [],
  },
  {
    email: 'admin@borlange.samla.test',
    displayName: 'Kommunadministratör Borlänge',
    memberships: [{ tenantCode: '2081', role: 'tenant_admin' }],
  },
  {
    email: 'admin@herrljunga.samla.test',
    displayName: 'Kommunadministratör Herrljunga',
    memberships: [{ tenantCode: '1466', role: 'tenant_admin' }],
  },
  {
    email: 'admin@boras.samla.test',
    displayName: 'Kommunadministratör Borås',
    memberships: [{ tenantCode: '1490', role: 'tenant_admin' }],
  },
];

/** Which länsstyrelse coordinator sees which län. */
export const REGION_DEMO_COORDINATORS = [
  { email: 'samordnare@dalarna.samla.test', lanskod: '20' },
  { email: 'samordnare@vastragotaland.samla.test', lanskod: '14' },
];

/** What each demo kommun shares with its län; a kommun not listed shares nothing. */
export const REGION_DEMO_SHARING: Array<{ tenantCode: string; areas: SharingArea[] }> = [
  { tenantCode: '2023', areas: ['plans', 'coverage', 'indicators'] },
  { tenantCode: '1489', areas: ['plans', 'coverage', 'indicators'] },
  { tenantCode: '2081', areas: ['plans', 'coverage', 'indicators', 'collaboration'] },
  { tenantCode: '1490', areas: ['plans', 'indicators', 'collaboration'] },
  { tenantCode: '1466', areas: [] },
];

export const REGION_DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    tenantCode: '2081',
    vision: 'Tillsammans mot våld i nära relationer: Borlänge är en trygg kommun för alla.',
    violenceTypes: ['vinr', 'mvk', 'hrv'],
    coordinating: 'ks',
    steeringGroup: ['sn', 'bun'],
    modelStep: 'implement_follow_up',
  },
];

const act = (
  title: string,
  a: Pick<DemoActivity, 'level' | 'tier' | 'responsible' | 'status' | 'progress'> &
    Partial<DemoActivity>,
): DemoActivity => ({
  title,
  targetGroups: ['residents'],
  violenceTypes: ['vinr'],
  fundingSource: 'municipal_budget',
  ...a,
});

export const REGION_DEMO_PLANS: DemoPlan[] = [
  {
    tenantCode: '2081',
    title: 'Tillsammans mot våld i nära relationer 2024–2027',
    kind: 'strategy',
    periodFrom: 2024,
    periodTo: 2027,
    owner: 'ks',
    status: 'in_force',
    adoption: { decidedBy: 'Kommunfullmäktige', decidedOn: '2024-02-20', paragraph: '§ 18' },
    goals: [
      {
        title: 'Våldsutsatta får tidigt och samordnat stöd',
        activities: [
          act('Rutin för frågor om våld i socialtjänstens utredningar', {
            level: 'organisation',
            tier: 'targeted',
            responsible: 'sf',
            status: 'done',
            progress: 100,
            targetGroups: ['victims'],
          }),
          act('Stödsamtal för barn som upplevt våld (Trappan)', {
            level: 'individual',
            tier: 'targeted',
            responsible: 'sf',
            status: 'ongoing',
            progress: 60,
            targetGroups: ['children_youth'],
            violenceTypes: ['violence_against_children'],
            methodName: 'Trappan',
          }),
          act('Behandling för våldsutövare', {
            level: 'individual',
            tier: 'targeted',
            responsible: 'sf',
            status: 'delayed',
            progress: 20,
            targetGroups: ['perpetrators'],
          }),
        ],
      },
      {
        title: 'Barn och unga lär sig om relationer och våld',
        activities: [
          act('Våldsförebyggande program i högstadiet', {
            level: 'society',
            tier: 'promotive',
            responsible: 'bun',
            status: 'ongoing',
            progress: 45,
            targetGroups: ['children_youth'],
            methodName: 'MVP – Mentorer i våldsprevention',
          }),
          act('Utbildning för elevhälsan om hedersrelaterat våld', {
            level: 'organisation',
            tier: 'preventive',
            responsible: 'bun',
            status: 'not_started',
            progress: 0,
            targetGroups: ['employees'],
            violenceTypes: ['hrv'],
          }),
        ],
      },
    ],
  },
  {
    tenantCode: '1466',
    title: 'Handlingsplan mot våld i nära relationer 2025–2028',
    kind: 'action_plan',
    periodFrom: 2025,
    periodTo: 2028,
    owner: 'ks',
    status: 'draft',
    goals: [
      {
        title: 'Medarbetare känner igen våld och vet hur de agerar',
        activities: [
          act('Grundutbildning om våld för socialtjänsten', {
            level: 'organisation',
            tier: 'preventive',
            responsible: 'sf',
            status: 'ongoing',
            progress: 30,
            targetGroups: ['employees'],
          }),
          act('Information om stöd på kommunens webbplats', {
            level: 'society',
            tier: 'promotive',
            responsible: 'ks',
            status: 'done',
            progress: 100,
          }),
        ],
      },
    ],
  },
  {
    tenantCode: '1490',
    title: 'En kommun fri från våld – handlingsplan 2023–2026',
    kind: 'action_plan',
    periodFrom: 2023,
    periodTo: 2026,
    owner: 'ks',
    status: 'in_force',
    adoption: { decidedBy: 'Kommunstyrelsen', decidedOn: '2023-03-13', paragraph: '§ 61' },
    goals: [
      {
        title: 'Ingen i Borås ska behöva leva med våld',
        activities: [
          act('Kampanj mot våld i nära relationer kring den 25 november', {
            level: 'society',
            tier: 'promotive',
            responsible: 'ks',
            status: 'done',
            progress: 100,
          }),
          act('Bostäder i Borås utbildar fastighetsvärdar att se tecken på våld', {
            level: 'organisation',
            tier: 'preventive',
            responsible: 'bostader',
            status: 'ongoing',
            progress: 50,
            targetGroups: ['employees'],
          }),
          act('Förskolans personal utbildas om våld mot barn', {
            level: 'organisation',
            tier: 'preventive',
            responsible: 'fn',
            status: 'ongoing',
            progress: 70,
            targetGroups: ['employees'],
            violenceTypes: ['violence_against_children'],
          }),
        ],
      },
      {
        title: 'Våldsutsatta och våldsutövare får stöd och behandling',
        activities: [
          act('Skyddat boende och stöd för våldsutsatta', {
            level: 'individual',
            tier: 'targeted',
            responsible: 'sf',
            status: 'ongoing',
            progress: 80,
            targetGroups: ['victims'],
          }),
          act('Alternativ till våld (ATV) för våldsutövare', {
            level: 'individual',
            tier: 'targeted',
            responsible: 'sf',
            status: 'delayed',
            progress: 25,
            targetGroups: ['perpetrators'],
            methodName: 'ATV – Alternativ till våld',
          }),
          act('Uppsökande arbete i bostadsområden', {
            level: 'society',
            tier: 'preventive',
            responsible: 'ks',
            status: 'cancelled',
            progress: 0,
          }),
        ],
      },
    ],
  },
];

/** Partners and agreements of the added kommuner (followed up, or not, within 24 months). */
export const REGION_DEMO_COLLABORATION: DemoCollaboration[] = [
  {
    tenantCode: '2081',
    partners: [
      { key: 'jouren', name: 'Kvinnojouren i Borlänge', type: 'womens_shelter' },
      { key: 'polisen', name: 'Polisen, lokalpolisområde Borlänge', type: 'police' },
      {
        key: 'psykiatrin',
        name: 'Vuxenpsykiatrin, Region Dalarna',
        type: 'region_healthcare',
        careService: 'adult_psychiatry',
      },
    ],
    forums: [],
    agreements: [
      {
        partner: 'jouren',
        subject: 'Överenskommelse om stöd till våldsutsatta kvinnor och barn',
        signedOn: '2025-03-01',
        signatoryLevel: 'executive',
        signedBy: 'Socialchef',
        responsible: 'sf',
      },
      {
        partner: 'polisen',
        subject: 'Samverkansöverenskommelse om brottsförebyggande arbete',
        signedOn: '2022-01-10',
        lastFollowUpOn: '2025-02-01',
        signatoryLevel: 'political',
        signedBy: 'Kommunstyrelsens ordförande',
        responsible: 'ks',
      },
      {
        partner: 'psykiatrin',
        subject: 'Samordnad vård för våldsutsatta med psykisk ohälsa',
        signedOn: '2021-05-01',
        signatoryLevel: 'unit_manager',
        signedBy: 'Enhetschef',
        responsible: 'sf',
      },
    ],
    cases: [],
  },
  {
    tenantCode: '1466',
    partners: [{ key: 'jouren', name: 'Kvinnojouren Herrljunga', type: 'womens_shelter' }],
    forums: [],
    agreements: [
      {
        partner: 'jouren',
        subject: 'Överenskommelse om jourverksamhet',
        signedOn: '2025-01-15',
        signatoryLevel: 'executive',
        signedBy: 'Socialchef',
        responsible: 'sf',
      },
    ],
    cases: [],
  },
  {
    tenantCode: '1490',
    partners: [
      { key: 'polisen', name: 'Polisen, lokalpolisområde Borås', type: 'police' },
      {
        key: 'um',
        name: 'Ungdomsmottagningen Borås',
        type: 'region_healthcare',
        careService: 'youth_clinic',
      },
      {
        key: 'akuten',
        name: 'Akutmottagningen, Södra Älvsborgs sjukhus',
        type: 'region_healthcare',
        careService: 'emergency_department',
      },
    ],
    forums: [],
    agreements: [
      {
        partner: 'polisen',
        subject: 'Medborgarlöfte och samverkan mot våld',
        signedOn: '2025-06-01',
        signatoryLevel: 'political',
        signedBy: 'Kommunstyrelsens ordförande',
        responsible: 'ks',
      },
      {
        partner: 'um',
        subject: 'Frågor om våld i ungdomsmottagningens samtal',
        signedOn: '2025-09-01',
        signatoryLevel: 'unit_manager',
        signedBy: 'Enhetschef',
        responsible: 'sf',
      },
      {
        partner: 'akuten',
        subject: 'Rutin när våldsutsatta söker akutvård',
        signedOn: '2023-01-15',
        lastFollowUpOn: '2025-01-20',
        signatoryLevel: 'executive',
        signedBy: 'Socialchef',
        responsible: 'sf',
      },
    ],
    cases: [],
  },
];

/**
 * A count indicator in the shared catalogue (kind Kolada, a demo id), so the comparison
 * shows small numbers suppressed: kommuner of a few thousand have few cases a year.
 */
export const REGION_DEMO_COUNT_INDICATOR = {
  kind: 'kolada' as const,
  koladaId: 'DEMO01',
  nameSv: 'Vuxna som fått stöd av socialtjänsten på grund av våld i nära relation (demo)',
  nameEn: 'Adults supported by social services because of domestic violence (demo)',
  description: 'Demodata: siffrorna är påhittade och visar hur Samla fungerar.',
  unit: 'count' as const,
  higherIsBetter: true,
  periodType: 'year' as const,
  genderSplit: true,
  source: 'Demodata',
};

type Fig = { period: string; gender: 'T' | 'K' | 'M'; value: number };
const tkm = (period: string, t: number, k: number, m: number): Fig[] => [
  { period, gender: 'T', value: t },
  { period, gender: 'K', value: k },
  { period, gender: 'M', value: m },
];

/** The count indicator's figures and the Agenda 2030 indicators each added kommun follows. */
export const REGION_DEMO_FIGURES: Array<{
  tenantCode: string;
  count: Fig[];
  /** Agenda 2030 indicator 16.1.4 (share who feel safe), total only. */
  safe: Record<string, number>;
}> = [
  { tenantCode: '2023', count: [...tkm('2023', 4, 3, 1), ...tkm('2024', 7, 5, 2)], safe: {} },
  {
    tenantCode: '2081',
    count: [...tkm('2023', 14, 11, 3), ...tkm('2024', 19, 13, 6)],
    safe: { '2023': 70, '2024': 72 },
  },
  { tenantCode: '1489', count: [...tkm('2023', 22, 17, 5), ...tkm('2024', 25, 21, 4)], safe: {} },
  {
    tenantCode: '1490',
    count: [...tkm('2023', 40, 31, 9), ...tkm('2024', 38, 34, 4)],
    safe: { '2023': 68, '2024': 69 },
  },
  { tenantCode: '1466', count: [...tkm('2024', 3, 2, 1)], safe: {} },
];
