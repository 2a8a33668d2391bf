import type {
  AssessmentRating,
  CadenceUnit,
  CaseKind,
  CaseStatus,
  ForumKind,
  MemberRole,
  PartnerType,
  SignatoryLevel,
} from '@samla/domain';
import type { CareService } from '@samla/domain';
import { REGION_DEMO_COLLABORATION } from './demo-regions.js';

/**
 * Samverkan and the decision trail of the demo, from the seeds:
 * - Trelleborg (000_, 002_): the samverkansgrupp with its twelve members, meeting twice a
 *   term, judged on 2020-10-01 to work well; Kvinnojouren Söderslätt; the initiativärende of
 *   2020-05-06 and its trail KS §126, §163, §175, återrapportering 2020-11-19, SN §147,
 *   KS §12 with the report-back due at the June 2021 meeting, the presentation 2021-05-24.
 * - Malung-Sälen (003_): SN/2021:312, SNAU 2021-09-22 § 158, its two decision points,
 *   justering and anslag 2021-09-29, anslag down 2021-10-21, sent to KS and the socialchef.
 * - Alingsås (004_): the motion 2022.247 KS from KF 2022-02-27 § 100 through KSAU 2022-05-25
 *   § 105 and SN 2022-08-23 § 53 to the proposal that it be approved, sent to all nämnder.
 * What the seeds do not say is marked "illustrative": Alingsås's network, its meeting and
 * assessment, the agreement with the police, e-mail addresses (example domains). Contact
 * persons are roles, never named people; nothing here is about victims or perpetrators.
 */

export interface DemoPartner {
  key: string;
  name: string;
  type: PartnerType;
  /** For an internal unit in the demo's org tree. */
  unit?: string;
  /** For the region's healthcare: which service. */
  careService?: CareService;
  description?: string;
  contacts?: Array<{ title: string; email?: string }>;
}

export interface DemoForum {
  key: string;
  name: string;
  kind: ForumKind;
  purpose: string;
  convening: string;
  cadence: { unit: CadenceUnit; count: number };
  activeFrom?: string;
  /** Plan titles and activity titles (of the kommun's demo plans) the forum serves. */
  plans?: string[];
  activities?: string[];
  members: Array<{ partner?: string; unit?: string; role: MemberRole; representative?: string }>;
  meetings: Array<{ date: string; agenda?: string; notes?: string; allPresent?: boolean }>;
  assessments: Array<{
    date: string;
    rating: AssessmentRating;
    comment: string;
    atMeeting?: string;
  }>;
}

export interface DemoAgreement {
  partner: string;
  subject: string;
  signedOn: string;
  signatoryLevel: SignatoryLevel;
  signedBy: string;
  lastFollowUpOn?: string;
  responsible: string;
  notes?: string;
}

export interface DemoDecision {
  key: string;
  status?: 'proposed' | 'decided';
  body: string;
  meetingDate?: string;
  paragraph?: string;
  points: string[];
  proposedOn?: string;
  justeringOn?: string;
  noticePostedOn?: string;
  noticeRemovedOn?: string;
  sentTo?: string[];
  sentToOthers?: string[];
  summary?: string;
}

export interface DemoAssignment {
  decision: string;
  title: string;
  responsibleUnit?: string;
  responsibleRole?: string;
  reportTo: string;
  dueDate?: string;
  dueMeetingMonth?: string;
  reportedOn?: string;
}

export interface DemoCase {
  diarienummer?: string;
  kind: CaseKind;
  title: string;
  description?: string;
  submittedBy?: string;
  submittedByGroup?: string;
  submittedOn: string;
  status: CaseStatus;
  plans?: string[];
  forums?: string[];
  milestones?: Array<{ date: string; title: string }>;
  decisions: DemoDecision[];
  assignments: DemoAssignment[];
}

export interface DemoCollaboration {
  tenantCode: string;
  diarienummerPattern?: string;
  partners: DemoPartner[];
  forums: DemoForum[];
  agreements: DemoAgreement[];
  cases: DemoCase[];
}

const TRELLEBORG_PLAN = 'Handlingsplan mot våld i nära relationer 2021–2026';
const TRELLEBORG_GROUP_ACTIVITY =
  'Samverkansgruppen mot våld i nära relationer träffas två gånger per termin';

export const DEMO_COLLABORATION: DemoCollaboration[] = [
  {
    tenantCode: '1287',
    partners: [
      {
        key: 'polisen',
        name: 'Polisen',
        type: 'police',
        contacts: [{ title: 'Kommunpolis' }],
      },
      {
        key: 'akuten',
        name: 'Akutmottagningen, Region Skåne',
        type: 'region_healthcare',
        careService: 'emergency_department',
      },
      {
        key: 'vuxenpsykiatrin',
        name: 'Vuxenpsykiatrin, Region Skåne',
        type: 'region_healthcare',
        careService: 'adult_psychiatry',
      },
      {
        key: 'ungdomsmottagningen',
        name: 'Ungdomsmottagningen',
        type: 'region_healthcare',
        careService: 'youth_clinic',
      },
      { key: 'vellinge', name: 'Vellinge kommun', type: 'other_municipality' },
      { key: 'svedala', name: 'Svedala kommun', type: 'other_municipality' },
      {
        key: 'kvinnojouren',
        name: 'Kvinnojouren Söderslätt',
        type: 'womens_shelter',
        description:
          'Ideell kvinnojour med skyddat boende. Tar i huvudsak emot placeringar från andra ' +
          'kommuner; ibland placerar familjevårdsgruppen skyddsbehövande där.',
        contacts: [
          { title: 'Jourens samordnare', email: 'samordnare@kvinnojouren-soderslatt.example' },
        ],
      },
      // The kommun's own services in the group that are not in the demo's org tree.
      { key: 'aldreomsorgen', name: 'Trelleborgs äldreomsorg', type: 'internal_unit' },
      { key: 'lss', name: 'Trelleborgs LSS-verksamhet', type: 'internal_unit' },
      { key: 'beroendevarden', name: 'Trelleborgs beroendevård', type: 'internal_unit' },
      { key: 'socialpsykiatrin', name: 'Socialpsykiatriska enheten', type: 'internal_unit' },
    ],
    forums: [
      {
        key: 'samverkansgruppen',
        name: 'Samverkansgruppen mot våld i nära relationer',
        kind: 'collaboration_group',
        purpose:
          'Att utveckla samarbetet mellan de olika huvudmännen, vid behov arrangera ' +
          'informationsinsatser och utbyta information med varandra, när så är möjligt.',
        convening: 'fvg',
        cadence: { unit: 'term', count: 2 },
        activeFrom: '2020-07-01',
        plans: [TRELLEBORG_PLAN],
        activities: [TRELLEBORG_GROUP_ACTIVITY],
        // The twelve members the seed lists (002_).
        members: [
          { unit: 'fvg', role: 'chair', representative: 'Kommunens familjevårdsgrupp' },
          { partner: 'polisen', role: 'member', representative: 'Representanter från polisen' },
          { partner: 'akuten', role: 'member' },
          { partner: 'vuxenpsykiatrin', role: 'member' },
          {
            partner: 'vellinge',
            role: 'member',
            representative: 'Representanter från Vellinge kommun',
          },
          {
            partner: 'svedala',
            role: 'member',
            representative: 'Representanter från Svedala kommun',
          },
          { partner: 'aldreomsorgen', role: 'member', representative: 'Representant' },
          { partner: 'lss', role: 'member', representative: 'Representant' },
          { partner: 'beroendevarden', role: 'member', representative: 'Representant' },
          { partner: 'socialpsykiatrin', role: 'member', representative: 'Representant' },
          { partner: 'ungdomsmottagningen', role: 'member' },
          { partner: 'kvinnojouren', role: 'member' },
        ],
        meetings: [
          {
            date: '2020-10-01',
            agenda:
              'Hur fungerar samverkan? Frågan från kommunstyrelsen (KS 2020-06-17 §163) tas upp ' +
              'med mötesdeltagarna.',
            notes: 'Samtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
            allPresent: true,
          },
        ],
        assessments: [
          {
            date: '2020-10-01',
            rating: 4,
            comment: 'Samtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
            atMeeting: '2020-10-01',
          },
        ],
      },
    ],
    agreements: [],
    cases: [
      {
        kind: 'initiative',
        title: 'Stärkt arbete mot mäns våld mot kvinnor',
        description:
          'Den sociala distanseringen och isoleringen under coronapandemin ökar, vilket gör att ' +
          'många våldsutsatta kvinnor blir fast i hemmet med våldsamma män. Socialdemokraterna ' +
          'yrkar att kommundirektören ges i uppdrag att till kommunstyrelsen överlämna en ' +
          'sammanställning av svar på ställda frågor.',
        submittedByGroup: 'Socialdemokratiska gruppen i kommunstyrelsen (S)',
        submittedOn: '2020-05-06',
        status: 'open',
        plans: [TRELLEBORG_PLAN],
        forums: ['samverkansgruppen'],
        milestones: [
          { date: '2020-05-19', title: 'Tjänsteskrivelse: sammanställning av svar på frågorna' },
          {
            date: '2021-05-24',
            title:
              'Presentation för berörda nämnder (förvaltningschefer och ordföranden) om hur ' +
              'arbetet mot våld i nära relation fortskrider; föredragande avdelningschef för ' +
              'individ- och familjeomsorg',
          },
        ],
        decisions: [
          {
            key: 'ks126',
            body: 'ks',
            meetingDate: '2020-05-06',
            paragraph: '126',
            points: [
              'att ge kommundirektören i uppdrag att överlämna en sammanställning av svar på frågorna i ärendet',
            ],
          },
          {
            key: 'ks163',
            body: 'ks',
            meetingDate: '2020-06-17',
            paragraph: '163',
            points: [
              'att ärendet ska kompletteras',
              'att ge kommundirektören i uppdrag att undersöka hur väl kommunens roll i samverkansgruppen fungerar och återkomma till kommunstyrelsen med besked om detta',
            ],
          },
          {
            key: 'ks175',
            body: 'ks',
            meetingDate: '2020-09-02',
            paragraph: '175',
            points: ['att godkänna inkommen komplettering i ärendet'],
            summary:
              'Inga synpunkter på att samverkan inte skulle fungera har lyfts fram; frågan lyfts ' +
              'vid nästa möte i samverkansgruppen.',
          },
          {
            key: 'sn147',
            body: 'sn',
            meetingDate: '2020-12-10',
            paragraph: '147',
            points: [
              'att godkänna rapport om våld i nära relation',
              'att skicka ärendet för kännedom till arbetsmarknadsnämnden, bildningsnämnden, kommunstyrelsen samt kultur- och fritidsnämnden, med önskan om fortsatt dialog mellan nämnderna',
            ],
            sentTo: ['amn', 'bin', 'ks', 'kfn'],
          },
          {
            key: 'ks12',
            body: 'ks',
            meetingDate: '2021-02-10',
            paragraph: '12',
            points: [
              'att godkänna återrapporteringen',
              'att ge kommundirektören i uppdrag att samordna utifrån socialnämndens beslut',
              'att återrapportera på sammanträdet i juni',
            ],
            sentTo: ['sn', 'bin', 'kfn', 'amn'],
          },
        ],
        assignments: [
          {
            decision: 'ks126',
            title: 'Sammanställning av svar på frågorna i initiativärendet',
            responsibleUnit: 'klf',
            responsibleRole: 'Kommundirektören',
            reportTo: 'ks',
            reportedOn: '2020-05-19',
          },
          {
            decision: 'ks163',
            title: 'Undersöka hur väl kommunens roll i samverkansgruppen fungerar',
            responsibleUnit: 'klf',
            responsibleRole: 'Kommundirektören',
            reportTo: 'ks',
            reportedOn: '2020-11-19',
          },
          {
            decision: 'ks12',
            title: 'Samordna utifrån socialnämndens beslut och återrapportera',
            responsibleUnit: 'klf',
            responsibleRole: 'Kommundirektören',
            reportTo: 'ks',
            dueMeetingMonth: '2021-06',
          },
        ],
      },
    ],
  },
  {
    tenantCode: '2023',
    partners: [
      {
        key: 'lansstyrelsen',
        name: 'Länsstyrelsen Dalarna',
        type: 'county_board',
        description:
          'Regional handlingsplan mot våld i nära relationer, människohandel för sexuella ' +
          'ändamål och prostitution i Dalarnas län 2017–2020 (under revidering).',
        contacts: [{ title: 'Regional samordnare mot mäns våld mot kvinnor' }],
      },
    ],
    forums: [],
    agreements: [],
    cases: [
      {
        diarienummer: 'SN/2021:312',
        kind: 'letter',
        title: 'Strategi mot våld i nära relationer',
        description:
          'På kommunnivå har Malung-Sälens kommun inte aktivt arbete mot våld i nära relationer; ' +
          'uppgiften hanteras delvis av socialnämnden och faller delvis bort. Underlag: ' +
          'tjänsteutlåtande 2021-09-09, Länsstyrelsen Dalarnas handlingsplan 2017–2020, ' +
          'Borlänge kommunkoncerns strategi.',
        submittedByGroup: 'Individ- och familjeomsorgen (tjänsteutlåtande)',
        submittedOn: '2021-09-09',
        status: 'open',
        plans: ['Strategi mot våld i nära relationer – Malung-Sälens kommun'],
        decisions: [
          {
            key: 'snau158',
            body: 'snau',
            meetingDate: '2021-09-22',
            paragraph: '158',
            points: [
              'Socialnämnden föreslår kommunstyrelsen att samordna arbetet med att ta fram en strategi mot våld i nära relationer för Malung-Sälens kommun.',
              'Socialnämnden, Barn- och utbildningsnämnden, Kultur och fritidsnämnden bör ingå i arbetet.',
            ],
            justeringOn: '2021-09-29',
            noticePostedOn: '2021-09-29',
            noticeRemovedOn: '2021-10-21',
            sentTo: ['ks'],
            sentToOthers: ['Socialchef'],
          },
        ],
        assignments: [],
      },
    ],
  },
  {
    tenantCode: '1489',
    diarienummerPattern: '{yyyy}.{n} KS',
    partners: [
      {
        key: 'herrljunga',
        name: 'Herrljunga kommun',
        type: 'other_municipality',
        description: 'Startade 2021 arbetet med "En kommun fri från våld"; erfarenhetsutbyte.',
      },
      {
        key: 'alingsashem',
        name: 'AB Alingsåshem',
        type: 'internal_unit',
        unit: 'alingsashem',
      },
      // Illustrative: the seeds name no agreement with the police.
      {
        key: 'polisen',
        name: 'Polisen, lokalpolisområde Alingsås',
        type: 'police',
        contacts: [{ title: 'Kommunpolis' }],
      },
    ],
    forums: [
      {
        // Illustrative: the seed says kommunledningskontoret, the förvaltningar and
        // Alingsåshem have begun the work together; the name, cadence and dates are not in it.
        key: 'natverket',
        name: 'Nätverk för kommunövergripande våldsförebyggande arbete',
        kind: 'network',
        purpose:
          'Samordna ett kommunövergripande våldsförebyggande arbete på individ-, organisations- ' +
          'och samhällsnivå, med tydliga roller och ett gemensamt ansvar för frågorna.',
        convening: 'klk',
        cadence: { unit: 'term', count: 2 },
        activeFrom: '2022-07-01',
        plans: [
          'Kommunövergripande handlingsplan för förebyggande arbete mot mäns våld mot kvinnor 2027–2030',
        ],
        members: [
          { unit: 'klk', role: 'chair', representative: 'Folkhälsostrateg' },
          { unit: 'sf', role: 'member' },
          { unit: 'buf', role: 'member' },
          { unit: 'kuf', role: 'member' },
          { partner: 'alingsashem', role: 'member' },
        ],
        meetings: [
          {
            date: '2022-10-20',
            agenda: 'Uppstart. Erfarenheter från Herrljunga och "En kommun fri från våld".',
            allPresent: true,
          },
        ],
        assessments: [
          {
            date: '2022-10-20',
            rating: 3,
            comment:
              'Bred samsyn kring ökad samordning och ett utökat helhetsperspektiv; roller och ' +
              'ansvar behöver bli tydligare.',
            atMeeting: '2022-10-20',
          },
        ],
      },
    ],
    agreements: [
      {
        partner: 'polisen',
        subject: 'Samverkansöverenskommelse om brottsförebyggande arbete och trygghet',
        signedOn: '2021-03-01',
        signatoryLevel: 'executive',
        signedBy: 'Kommundirektör',
        lastFollowUpOn: '2022-03-15',
        responsible: 'klk',
        notes: 'Illustrativ: finns inte i underlaget.',
      },
    ],
    cases: [
      {
        diarienummer: '2022.247 KS',
        kind: 'motion',
        title: 'Motion om förebyggande arbete mot mäns våld mot kvinnor',
        description:
          'En handlingsplan tas fram för kommunens förebyggande arbete mot mäns våld mot ' +
          'kvinnor, med utbildning av kommunens anställda på alla nivåer inklusive sexuella ' +
          'trakasserier och utåtriktade insatser mot alla invånare.',
        submittedBy: 'Martin Lindberg',
        submittedByGroup: 'Vänsterpartiet (V)',
        submittedOn: '2022-02-27',
        status: 'open',
        plans: [
          'Kommunövergripande handlingsplan för förebyggande arbete mot mäns våld mot kvinnor 2027–2030',
        ],
        milestones: [
          {
            date: '2022-11-04',
            title: 'Tjänsteskrivelse: kommunledningskontoret föreslår att motionen bifalles',
          },
        ],
        decisions: [
          {
            key: 'kf100',
            body: 'kf',
            meetingDate: '2022-02-27',
            paragraph: '100',
            points: ['Motionen lämnas in till kommunfullmäktige.'],
          },
          {
            key: 'ksau105',
            body: 'ksau',
            meetingDate: '2022-05-25',
            paragraph: '105',
            points: ['att remittera motionen till socialnämnden för beredning'],
            sentTo: ['sn'],
          },
          {
            key: 'sn53',
            body: 'sn',
            meetingDate: '2022-08-23',
            paragraph: '53',
            points: ['att tillstyrka motionen under förutsättning att medel tillförs'],
            sentTo: ['ks'],
          },
          {
            key: 'ks-proposal',
            status: 'proposed',
            body: 'ks',
            proposedOn: '2022-11-04',
            points: ['Kommunledningskontorets yttrande antas som kommunstyrelsens eget yttrande.'],
          },
          {
            key: 'kf-proposal',
            status: 'proposed',
            body: 'kf',
            proposedOn: '2022-11-04',
            points: ['Motionen bifalles.'],
            // "Samtliga nämnder".
            sentTo: ['ks', 'sn', 'bun', 'kun'],
            summary:
              'Att bifalla motionen innebär att ta fram en handlingsplan, vilket inte kostar ' +
              'något; aktiviteterna i planen blir kostnadsbärande.',
          },
        ],
        assignments: [
          {
            decision: 'ksau105',
            title: 'Bereda motionen och yttra sig till kommunstyrelsen',
            responsibleUnit: 'sn',
            reportTo: 'ks',
            reportedOn: '2022-08-23',
          },
        ],
      },
    ],
  },
  // The regional demo's added kommuner (demo-regions.ts).
  ...REGION_DEMO_COLLABORATION,
];
