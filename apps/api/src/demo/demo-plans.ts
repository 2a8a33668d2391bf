import type {
  ActivityStatus,
  FundingSource,
  Level,
  ModelStep,
  PlanKind,
  PlanStatus,
  TargetGroup,
  Tier,
  ViolenceType,
} from '@samla/domain';
import { REGION_DEMO_PLANS, REGION_DEMO_PROGRAMMES } from './demo-regions.js';

/**
 * The demo's programmes and plans. What the seed documents say is used as they say it:
 * - Trelleborg (000, 002): familjevårdsgruppen's three socialsekreterare, information and
 *   advice, skyddat boende (own and placements), bearbetande samtal, ATV, Trappan, ekonomiskt
 *   bistånd by Arbetsmarknadsförvaltningen, the samverkansgrupp meeting twice a term, the
 *   housing problem, the meeting with the nämnder 2021-05-24 and the återrapportering in
 *   June, and no uppsökande verksamhet (so no activity at society level × främjande).
 * - Alingsås (004): the motion's kommun-wide prevention plan with training for employees at
 *   every level, outreach to all residents, civil society, Alingsåshem, statsbidrag,
 *   socialnämndens Handlingsprogram 2022–2026, and the work of BUF and KUF in school.
 * - Malung-Sälen (003): SNAU 2021-09-22 § 158 (SN/2021:312), a strategy for MVK, HRV and
 *   VINR coordinated by KS with SN, BUN and KFN, started from a template.
 * Everything else – the Trelleborg plan's adoption decision, dates, budgets, progress and
 * the comments of the follow-ups – is invented detail of the same kind, not the kommuners'
 * real figures. The follow-ups are aggregated and hold no personal data.
 */

export interface DemoProgressUpdate {
  date: string;
  status: ActivityStatus;
  progress: number;
  comment: string;
  by: 'strategist' | 'contributor';
}
export interface DemoActivity {
  title: string;
  description?: string;
  level: Level;
  tier: Tier;
  targetGroups: TargetGroup[];
  violenceTypes: ViolenceType[];
  /** A METHOD_CATALOGUE name. */
  methodName?: string;
  /** An org-unit key of that kommun in demo-data.ts. */
  responsible: string;
  /** Org-unit keys. */
  participating?: string[];
  /** YYYY-MM-DD */
  startDate?: string;
  endDate?: string;
  budgetSek?: number;
  fundingSource: FundingSource;
  status: ActivityStatus;
  progress: number;
  weight?: number;
  /** Oldest first; the last one equals status and progress above. */
  updates?: DemoProgressUpdate[];
}
export interface DemoGoal {
  title: string;
  description?: string;
  activities: DemoActivity[];
  children?: DemoGoal[];
}
export interface DemoPlan {
  tenantCode: string;
  title: string;
  kind: PlanKind;
  description?: string;
  periodFrom: number;
  periodTo: number;
  owner: string;
  status: PlanStatus;
  adoption?: { decidedBy: string; decidedOn: string; paragraph: string };
  goals: DemoGoal[];
}
export interface DemoPlanFromTemplate {
  tenantCode: string;
  templateName: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  owner: string;
  description?: string;
  ownerCycle: string[];
}
export interface DemoProgramme {
  tenantCode: string;
  vision: string;
  violenceTypes: ViolenceType[];
  coordinating: string;
  steeringGroup: string[];
  modelStep: ModelStep;
}

// ---- Programmes -----------------------------------------------------------------------

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    tenantCode: '1287',
    vision:
      'Trelleborgs kommun är en kommun fri från våld, där ingen behöver leva med våld i en ' +
      'nära relation och där den som utsätts får stöd och skydd.',
    violenceTypes: ['vinr', 'mvk', 'hrv', 'violence_against_children'],
    coordinating: 'klf',
    // The nämnder the KS decision was sent to.
    steeringGroup: ['sn', 'bin', 'kfn', 'amn'],
    modelStep: 'implement_follow_up',
  },
  {
    tenantCode: '1489',
    vision:
      'Alingsås är en kommun fri från våld, där alla invånare kan leva ett liv fritt från ' +
      'mäns våld mot kvinnor, våld i nära relationer och hedersrelaterat våld och förtryck.',
    violenceTypes: ['mvk', 'vinr', 'hrv', 'violence_against_children', 'prostitution_trafficking'],
    coordinating: 'klk',
    steeringGroup: ['klk', 'sf', 'buf', 'kuf', 'alingsashem'],
    modelStep: 'develop',
  },
  {
    tenantCode: '2023',
    vision:
      'I Malung-Sälens kommun arbetar alla nämnder tillsammans för ett liv fritt från mäns ' +
      'våld mot kvinnor, hedersrelaterat våld och våld i nära relationer.',
    violenceTypes: ['mvk', 'hrv', 'vinr'],
    coordinating: 'ks',
    // SNAU § 158: SN, BUN and KFN should take part in the work.
    steeringGroup: ['sn', 'bun', 'kfn'],
    modelStep: 'organise',
  },
  ...REGION_DEMO_PROGRAMMES,
];

// ---- Trelleborg (1287) ----------------------------------------------------------------

const TRELLEBORG: DemoPlan = {
  tenantCode: '1287',
  title: 'Handlingsplan mot våld i nära relationer 2021–2026',
  kind: 'action_plan',
  description:
    'Handlingsplanen samlar socialnämndens stöd, skydd och behandling vid våld i nära ' +
    'relationer och samverkan med andra huvudmän. Den bygger på socialnämndens rapport om ' +
    'våld i nära relation (SN 2020-12-10 § 147) och kommunstyrelsens uppdrag till ' +
    'kommundirektören att samordna arbetet mellan nämnderna (KS 2021-02-10 § 12). Kommunen ' +
    'bedriver i dag ingen uppsökande verksamhet.',
  periodFrom: 2021,
  periodTo: 2026,
  owner: 'sn',
  status: 'in_force',
  // Invented for the demo: the seeds record no adoption of a plan.
  adoption: { decidedBy: 'Socialnämnden', decidedOn: '2021-03-25', paragraph: '§ 38' },
  goals: [
    {
      title: 'Våldsutsatta får information, rådgivning, stöd och skydd',
      description:
        'Familjevårdsgruppen på socialförvaltningen, tre socialsekreterare, ger information ' +
        'och rådgivning, skyddat boende och bearbetande samtal.',
      activities: [
        {
          title: 'Information och rådgivning till våldsutsatta genom familjevårdsgruppen',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['victims', 'relatives'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
          responsible: 'fvg',
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 90,
          weight: 2,
          updates: [
            {
              date: '2021-06-15',
              status: 'ongoing',
              progress: 15,
              comment:
                'Information och rådgivning ges löpande. Antalet stödsamtal under våren ligger ' +
                'i nivå med samma period föregående år.',
              by: 'contributor',
            },
            {
              date: '2022-12-09',
              status: 'ongoing',
              progress: 35,
              comment:
                'Informationsmaterialet om stöd vid våld i nära relation är uppdaterat och ' +
                'finns nu på fler språk.',
              by: 'contributor',
            },
            {
              date: '2024-06-14',
              status: 'ongoing',
              progress: 60,
              comment:
                'Verksamheten löper enligt plan. Månadsstatistiken visar ungefär samma nivå ' +
                'som föregående år.',
              by: 'contributor',
            },
            {
              date: '2026-10-30',
              status: 'ongoing',
              progress: 90,
              comment:
                'Fortsatt full bemanning i familjevårdsgruppen. Erfarenheterna tas med i ' +
                'arbetet med nästa plan.',
              by: 'strategist',
            },
          ],
        },
        {
          title: 'Bearbetande samtal efter att relationen till våldsutövaren avslutats',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['victims'],
          violenceTypes: ['vinr', 'mvk'],
          responsible: 'fvg',
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 85,
        },
        {
          title: 'Skyddat boende i kommunens eget boende eller genom placering',
          description:
            'Den som ansöker om skyddat boende beviljas det med stöd av socialtjänstlagen. ' +
            'Om skyddet kräver det placeras den våldsutsatta längre bort, i privata eller ' +
            'ideellt drivna skyddade boenden, bland annat Kvinnojouren Söderslätts. De som bor ' +
            'i kommunens eget boende får praktiskt stöd av familjevårdsgruppen.',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['victims', 'children_youth'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
          responsible: 'fvg',
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 90,
          weight: 3,
          updates: [
            {
              date: '2021-12-10',
              status: 'ongoing',
              progress: 20,
              comment:
                'Behovet av skyddat boende har tillgodosetts under året. De flesta har kunnat ' +
                'bo i kommunens eget boende; några placeringar har krävt boende i andra kommuner.',
              by: 'contributor',
            },
            {
              date: '2023-12-08',
              status: 'ongoing',
              progress: 55,
              comment:
                'Kostnaden för externa placeringar har ökat. Ramavtal med skyddade boenden ' +
                'ses över tillsammans med upphandlingsfunktionen.',
              by: 'strategist',
            },
            {
              date: '2025-12-12',
              status: 'ongoing',
              progress: 80,
              comment:
                'Behovet har tillgodosetts under hela året. Kommunens eget boende har haft ' +
                'hög beläggning under hösten.',
              by: 'contributor',
            },
            {
              date: '2026-11-02',
              status: 'ongoing',
              progress: 90,
              comment: 'Verksamheten fortsätter oförändrat året ut.',
              by: 'contributor',
            },
          ],
        },
        {
          title: 'Ekonomiskt bistånd till våldsutsatta',
          description:
            'Arbetsmarknadsförvaltningen handlägger ekonomiskt bistånd till våldsutsatta i ' +
            'nära samarbete med familjevårdsgruppen.',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['victims'],
          violenceTypes: ['vinr', 'mvk'],
          responsible: 'amf',
          participating: ['fvg'],
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 90,
          updates: [
            {
              date: '2022-06-17',
              status: 'ongoing',
              progress: 25,
              comment:
                'Samarbetet mellan familjevårdsgruppen och handläggarna för ekonomiskt bistånd ' +
                'är fortsatt nära och välfungerande.',
              by: 'strategist',
            },
            {
              date: '2024-11-29',
              status: 'ongoing',
              progress: 65,
              comment:
                'Gemensam genomgång av rutinen för akut ekonomiskt bistånd vid flytt till ' +
                'skyddat boende.',
              by: 'strategist',
            },
            {
              date: '2026-09-30',
              status: 'ongoing',
              progress: 90,
              comment: 'Inga förändringar i arbetssättet. Samarbetet fungerar väl.',
              by: 'contributor',
            },
          ],
        },
      ],
      children: [
        {
          title: 'Den som lämnat våldsutövaren får hjälp att hitta en bostad',
          description:
            'Bostadsmarknaden är svår att ta sig in på, och många våldsutsatta har skulder ' +
            'och saknar inkomst när de lämnat våldsutövaren.',
          activities: [
            {
              title: 'Överenskommelse med hyresvärdar om bostäder för våldsutsatta',
              description:
                'Socialförvaltningen för dialog med hyresvärdar i kommunen om lägenheter för ' +
                'våldsutsatta som lämnar skyddat boende.',
              level: 'society',
              tier: 'targeted',
              targetGroups: ['victims', 'children_youth'],
              violenceTypes: ['vinr', 'mvk'],
              responsible: 'sf',
              participating: ['fvg', 'amf'],
              startDate: '2024-09-01',
              endDate: '2027-06-30',
              fundingSource: 'none_identified',
              status: 'delayed',
              progress: 20,
              updates: [
                {
                  date: '2024-10-15',
                  status: 'ongoing',
                  progress: 5,
                  comment: 'Första mötet med hyresvärdar i kommunen har hållits.',
                  by: 'strategist',
                },
                {
                  date: '2025-05-20',
                  status: 'ongoing',
                  progress: 15,
                  comment:
                    'Hyresvärdarna är positiva men vill ha en garanti för hyran under de ' +
                    'första månaderna. Ett förslag tas fram.',
                  by: 'strategist',
                },
                {
                  date: '2026-02-10',
                  status: 'delayed',
                  progress: 20,
                  comment:
                    'Arbetet har stannat av och inga lägenheter är avsatta ännu. Frågan om ' +
                    'hyresgaranti lyfts till kommunledningen.',
                  by: 'strategist',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      title: 'Barn som bevittnat eller utsatts för våld får stöd',
      activities: [
        {
          title: 'Trappan-samtal för barn som bevittnat eller utsatts för våld',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['children_youth', 'victims'],
          violenceTypes: ['vinr', 'violence_against_children'],
          methodName: 'Trappan',
          responsible: 'fvg',
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 85,
          weight: 2,
          updates: [
            {
              date: '2021-11-26',
              status: 'ongoing',
              progress: 15,
              comment: 'Trappan-samtal har erbjudits alla barn där behovet uppmärksammats.',
              by: 'contributor',
            },
            {
              date: '2023-05-12',
              status: 'ongoing',
              progress: 40,
              comment: 'Ytterligare en socialsekreterare har gått utbildningen i Trappan-modellen.',
              by: 'contributor',
            },
            {
              date: '2025-04-30',
              status: 'ongoing',
              progress: 70,
              comment:
                'Väntetiden till första samtal har kortats. Samtalen anpassas efter barnets ' +
                'ålder.',
              by: 'contributor',
            },
            {
              date: '2026-10-16',
              status: 'ongoing',
              progress: 85,
              comment: 'Verksamheten löper enligt plan.',
              by: 'contributor',
            },
          ],
        },
      ],
    },
    {
      title: 'Den som utövar våld får hjälp att sluta',
      activities: [
        {
          title: 'Behandling för våldsutövare enligt ATV',
          description:
            'Familjevårdsgruppen erbjuder den som utövar våld hjälp att sluta skada dem de ' +
            'älskar.',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['perpetrators'],
          violenceTypes: ['vinr', 'mvk'],
          methodName: 'ATV – Alternativ till våld',
          responsible: 'fvg',
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 85,
          weight: 2,
        },
        {
          title: 'Ytterligare en behandlare i familjevårdsgruppen utbildas i ATV',
          level: 'organisation',
          tier: 'targeted',
          targetGroups: ['employees'],
          violenceTypes: ['vinr', 'mvk'],
          methodName: 'ATV – Alternativ till våld',
          responsible: 'fvg',
          participating: ['ifo'],
          startDate: '2025-09-01',
          endDate: '2026-06-30',
          budgetSek: 45000,
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 60,
          updates: [
            {
              date: '2025-10-01',
              status: 'ongoing',
              progress: 10,
              comment: 'Utbildningsplats bokad och första utbildningsblocket genomfört.',
              by: 'strategist',
            },
            {
              date: '2026-03-13',
              status: 'ongoing',
              progress: 40,
              comment: 'Utbildningen pågår med handledning enligt plan.',
              by: 'contributor',
            },
            {
              date: '2026-06-19',
              status: 'ongoing',
              progress: 60,
              comment:
                'Det sista utbildningsblocket har flyttats till hösten på grund av en vakans ' +
                'i gruppen.',
              by: 'contributor',
            },
          ],
        },
      ],
    },
    {
      title: 'Samverkan inom kommunen och med andra huvudmän fungerar väl',
      activities: [
        {
          title: 'Samverkansgruppen mot våld i nära relationer träffas två gånger per termin',
          description:
            'I gruppen ingår familjevårdsgruppen, polisen, akutmottagningen, vuxenpsykiatrin, ' +
            'Vellinge och Svedala kommun, äldreomsorgen, LSS-verksamheten, beroendevården, ' +
            'socialpsykiatrin, ungdomsmottagningen och Kvinnojouren Söderslätt. Syftet är att ' +
            'utveckla samarbetet mellan huvudmännen, vid behov arrangera informationsinsatser ' +
            'och utbyta information när så är möjligt.',
          level: 'society',
          tier: 'preventive',
          targetGroups: ['employees', 'victims'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
          responsible: 'ifo',
          participating: ['fvg'],
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 85,
          updates: [
            {
              date: '2021-06-11',
              status: 'ongoing',
              progress: 15,
              comment:
                'Två möten under vårterminen, båda digitalt. Deltagarna bedömer att samarbetet ' +
                'fortsatt fungerar väl.',
              by: 'contributor',
            },
            {
              date: '2022-12-16',
              status: 'ongoing',
              progress: 35,
              comment: 'Höstens möten handlade om rutiner när våldsutsatta söker akutmottagningen.',
              by: 'contributor',
            },
            {
              date: '2024-05-31',
              status: 'ongoing',
              progress: 60,
              comment: 'Gruppen har planerat en gemensam informationsinsats för personal.',
              by: 'strategist',
            },
            {
              date: '2026-10-23',
              status: 'ongoing',
              progress: 85,
              comment: 'Mötena hålls enligt plan. Deltagarna bedömer att samarbetet fungerar väl.',
              by: 'contributor',
            },
          ],
        },
        {
          title:
            'Kompetensutveckling om våld i nära relationer för äldreomsorg, LSS, beroendevård ' +
            'och socialpsykiatri',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
          methodName: 'Grundutbildning om våld i nära relationer för medarbetare',
          responsible: 'sf',
          participating: ['fvg'],
          startDate: '2024-01-15',
          endDate: '2026-12-31',
          budgetSek: 80000,
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 80,
        },
        {
          title: 'Rutinmässiga frågor om våld inom ekonomiskt bistånd',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees', 'victims'],
          violenceTypes: ['vinr', 'mvk'],
          methodName: 'Rutinmässiga frågor om våld',
          responsible: 'amf',
          participating: ['fvg'],
          startDate: '2022-03-01',
          endDate: '2023-06-30',
          fundingSource: 'municipal_budget',
          status: 'done',
          progress: 100,
          updates: [
            {
              date: '2022-05-20',
              status: 'ongoing',
              progress: 30,
              comment: 'Rutinen är framtagen tillsammans med familjevårdsgruppen.',
              by: 'strategist',
            },
            {
              date: '2022-11-25',
              status: 'ongoing',
              progress: 70,
              comment: 'Alla handläggare har fått introduktion i hur frågorna ställs.',
              by: 'strategist',
            },
            {
              date: '2023-06-16',
              status: 'done',
              progress: 100,
              comment: 'Rutinen används i alla nybesök. Den följs upp i den årliga egenkontrollen.',
              by: 'strategist',
            },
          ],
        },
      ],
    },
    {
      title: 'Arbetet följs upp och återrapporteras',
      activities: [
        {
          title: 'Dialog med berörda nämnder och återrapportering till kommunstyrelsen',
          description:
            'Kommunledningsförvaltningen samordnar utifrån socialnämndens beslut och ' +
            'återrapporterar till kommunstyrelsen på sammanträdet i juni.',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['vinr', 'mvk'],
          responsible: 'klf',
          participating: ['sf', 'bin', 'kfn', 'amf'],
          startDate: '2021-02-10',
          endDate: '2021-06-30',
          fundingSource: 'municipal_budget',
          status: 'done',
          progress: 100,
          updates: [
            {
              date: '2021-03-19',
              status: 'ongoing',
              progress: 20,
              comment: 'Förvaltningschefer och ordförande i berörda nämnder kallade till möte.',
              by: 'strategist',
            },
            {
              date: '2021-05-24',
              status: 'ongoing',
              progress: 70,
              comment:
                'Presentation för berörda nämnder om hur arbetet fortskrider; föredragande var ' +
                'avdelningschefen för individ- och familjeomsorg.',
              by: 'strategist',
            },
            {
              date: '2021-06-16',
              status: 'done',
              progress: 100,
              comment: 'Återrapporteringen är lämnad till kommunstyrelsen.',
              by: 'strategist',
            },
          ],
        },
        {
          title: 'Månatlig uppföljning av stödsamtal och skyddsplaceringar',
          description:
            'Antalet samtal och skyddsplaceringar följs per månad och jämförs med samma ' +
            'månad föregående år.',
          level: 'organisation',
          tier: 'targeted',
          targetGroups: ['victims'],
          violenceTypes: ['vinr'],
          responsible: 'ifo',
          participating: ['fvg'],
          startDate: '2021-01-01',
          endDate: '2026-12-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 90,
        },
      ],
    },
  ],
};

// ---- Alingsås (1489) ------------------------------------------------------------------

const ALINGSAS: DemoPlan = {
  tenantCode: '1489',
  title:
    'Kommunövergripande handlingsplan för förebyggande arbete mot mäns våld mot kvinnor 2027–2030',
  kind: 'action_plan',
  description:
    'Planen tas fram med anledning av motionen om förebyggande arbete mot mäns våld mot ' +
    'kvinnor (KF 2022-02-27 § 100, dnr 2022.247 KS). Den omfattar utbildning av kommunens ' +
    'anställda på alla nivåer, inklusive sexuella trakasserier, och utåtriktade insatser mot ' +
    'alla invånare, på individ-, organisations- och samhällsnivå och som främjande, ' +
    'förebyggande och riktade insatser. Socialnämndens riktade arbete enligt ' +
    'socialförvaltningens Handlingsprogram mot våld i nära relationer och hedersrelaterat ' +
    'våld 2022–2026, som nu revideras, ingår. Att ta fram planen kostar inget; ' +
    'aktiviteterna finansieras i ordinarie budget eller med statsbidrag för ' +
    'våldsförebyggande arbete.',
  periodFrom: 2027,
  periodTo: 2030,
  owner: 'klk',
  status: 'draft',
  goals: [
    {
      title: 'Medarbetare på alla nivåer har kunskap om våld och sexuella trakasserier',
      activities: [
        {
          title: 'Grundutbildning om mäns våld mot kvinnor och våld i nära relationer',
          description:
            'Webbutbildning för alla medarbetare och en halvdag för chefer, med kommunens ' +
            'rutiner för att fråga om våld och hänvisa vidare.',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
          methodName: 'Grundutbildning om våld i nära relationer för medarbetare',
          responsible: 'klk',
          participating: ['sf', 'buf', 'kuf', 'alingsashem'],
          startDate: '2027-01-11',
          endDate: '2028-12-31',
          budgetSek: 240000,
          fundingSource: 'state_grant',
          status: 'not_started',
          progress: 0,
          weight: 3,
        },
        {
          title:
            'Utbildning för chefer och förtroendevalda om sexuella trakasserier och om att ' +
            'agera när en medarbetare utsätts för eller utövar våld',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr'],
          responsible: 'klk',
          startDate: '2027-02-01',
          endDate: '2027-12-17',
          budgetSek: 60000,
          fundingSource: 'municipal_budget',
          status: 'not_started',
          progress: 0,
        },
      ],
    },
    {
      title: 'Alla invånare nås av kunskap om våld och om var man kan få stöd',
      description: 'Utåtriktade insatser tillsammans med civilsamhället och Alingsåshem.',
      activities: [
        {
          title: 'Informationsinsatser till invånare kring den 25 november',
          description:
            'Årligen i samband med FN:s internationella dag för avskaffande av våld mot ' +
            'kvinnor, tillsammans med föreningslivet.',
          level: 'society',
          tier: 'promotive',
          targetGroups: ['residents'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
          responsible: 'klk',
          participating: ['sf', 'alingsashem'],
          startDate: '2027-10-01',
          endDate: '2030-12-10',
          budgetSek: 120000,
          fundingSource: 'none_identified',
          status: 'not_started',
          progress: 0,
        },
        {
          title: 'Huskurage i AB Alingsåshems bostadsområden',
          level: 'society',
          tier: 'promotive',
          targetGroups: ['residents'],
          violenceTypes: ['vinr', 'mvk', 'violence_against_children'],
          methodName: 'Huskurage',
          responsible: 'alingsashem',
          participating: ['klk'],
          startDate: '2027-03-01',
          endDate: '2028-06-30',
          budgetSek: 50000,
          fundingSource: 'other',
          status: 'not_started',
          progress: 0,
        },
        {
          title: 'Dialogforum med civilsamhället om våldsförebyggande arbete',
          description:
            'Föreningar, trossamfund och ideella organisationer som når många invånare bjuds ' +
            'in två gånger per år.',
          level: 'society',
          tier: 'preventive',
          targetGroups: ['residents'],
          violenceTypes: ['mvk', 'hrv', 'vinr'],
          responsible: 'klk',
          participating: ['sf', 'kuf'],
          startDate: '2027-04-01',
          endDate: '2030-12-31',
          budgetSek: 30000,
          fundingSource: 'municipal_budget',
          status: 'not_started',
          progress: 0,
        },
        {
          title: 'Information om rättigheter, stöd och skydd i samhällsorientering och sfi',
          level: 'society',
          tier: 'preventive',
          targetGroups: ['residents'],
          violenceTypes: ['hrv', 'mvk', 'prostitution_trafficking'],
          responsible: 'kuf',
          participating: ['sf'],
          startDate: '2027-08-16',
          endDate: '2028-06-16',
          budgetSek: 45000,
          fundingSource: 'state_grant',
          status: 'not_started',
          progress: 0,
        },
        {
          title:
            'Överenskommelse mellan socialförvaltningen och Alingsåshem om bostad för ' +
            'våldsutsatta som lämnar skyddat boende',
          level: 'society',
          tier: 'targeted',
          targetGroups: ['victims', 'children_youth'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
          responsible: 'alingsashem',
          participating: ['sf'],
          startDate: '2027-09-01',
          endDate: '2028-03-31',
          fundingSource: 'none_identified',
          status: 'not_started',
          progress: 0,
        },
      ],
    },
    {
      title: 'Barn och unga växer upp med jämställda normer och vet var de kan få hjälp',
      description:
        'Förskolans och skolans grunduppdrag att arbeta förebyggande med normer, värdegrund ' +
        'och rättigheter.',
      activities: [
        {
          title: 'MVP i grundskolans årskurs 7–9',
          level: 'individual',
          tier: 'promotive',
          targetGroups: ['children_youth', 'employees'],
          violenceTypes: ['mvk', 'vinr'],
          methodName: 'MVP – Mentors in Violence Prevention',
          responsible: 'buf',
          startDate: '2025-08-18',
          endDate: '2027-06-11',
          budgetSek: 150000,
          fundingSource: 'state_grant',
          status: 'ongoing',
          progress: 60,
          weight: 2,
          updates: [
            {
              date: '2025-10-03',
              status: 'ongoing',
              progress: 15,
              comment:
                'Förankringssamtal med rektorerna genomförda och en kunskapshalvdag för ' +
                'personalen på två skolor hållen.',
              by: 'strategist',
            },
            {
              date: '2026-03-20',
              status: 'ongoing',
              progress: 35,
              comment: 'Sex MVP-ledare utbildade. Lektionerna har startat i årskurs 8.',
              by: 'strategist',
            },
            {
              date: '2026-11-13',
              status: 'ongoing',
              progress: 60,
              comment:
                'Lektionsserien pågår på båda skolorna. Planering för en tredje skola inför ' +
                'läsåret 2027/28.',
              by: 'strategist',
            },
          ],
        },
        {
          title: 'Machofabriken i gymnasieskolan och på fritidsgårdar',
          level: 'individual',
          tier: 'promotive',
          targetGroups: ['children_youth'],
          violenceTypes: ['mvk', 'vinr'],
          methodName: 'Machofabriken',
          responsible: 'kuf',
          startDate: '2027-08-16',
          endDate: '2028-06-15',
          budgetSek: 35000,
          fundingSource: 'municipal_budget',
          status: 'not_started',
          progress: 0,
        },
        {
          title:
            'Rutin i förskola och skola vid oro för att ett barn upplever våld eller ' +
            'hedersrelaterat förtryck',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees', 'children_youth'],
          violenceTypes: ['violence_against_children', 'hrv', 'vinr'],
          responsible: 'buf',
          participating: ['kuf', 'sf'],
          startDate: '2027-01-18',
          endDate: '2027-09-30',
          fundingSource: 'municipal_budget',
          status: 'not_started',
          progress: 0,
        },
        {
          title:
            'Föräldraskapsstöd i familjer där elevhälsan eller socialtjänsten ser risk för våld',
          level: 'individual',
          tier: 'preventive',
          targetGroups: ['relatives', 'children_youth'],
          violenceTypes: ['violence_against_children', 'hrv'],
          responsible: 'buf',
          participating: ['sf'],
          startDate: '2027-09-01',
          endDate: '2029-06-29',
          fundingSource: 'none_identified',
          status: 'not_started',
          progress: 0,
        },
      ],
    },
    {
      title: 'Socialnämndens riktade arbete är en del av helheten',
      description:
        'Socialnämnden har ett särskilt ansvar för stöd och hjälp till utsatta, närstående och ' +
        'utövare.',
      activities: [
        {
          title:
            'Revidera socialförvaltningens handlingsprogram mot våld i nära relationer och ' +
            'hedersrelaterat våld så att det hänger ihop med den kommunövergripande planen',
          description:
            'Handlingsprogrammet 2022–2026 löper ut vid årsskiftet. Det nya programmet ska ' +
            'beskriva socialnämndens riktade arbete som en del av helheten.',
          level: 'organisation',
          tier: 'targeted',
          targetGroups: ['employees', 'victims', 'perpetrators'],
          violenceTypes: ['vinr', 'hrv', 'mvk'],
          responsible: 'sf',
          participating: ['klk'],
          startDate: '2026-09-01',
          endDate: '2027-05-31',
          fundingSource: 'municipal_budget',
          status: 'ongoing',
          progress: 30,
          updates: [
            {
              date: '2026-09-25',
              status: 'ongoing',
              progress: 10,
              comment: 'Uppföljningen av handlingsprogrammet 2022–2026 har påbörjats.',
              by: 'strategist',
            },
            {
              date: '2026-11-06',
              status: 'ongoing',
              progress: 30,
              comment:
                'Arbetsgrupp med kommunledningskontoret bildad. Ett första utkast till ' +
                'struktur är klart.',
              by: 'strategist',
            },
          ],
        },
        {
          title:
            'Stöd, skydd och behandling till våldsutsatta, närstående och våldsutövare enligt ' +
            'socialnämndens handlingsprogram',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['victims', 'perpetrators', 'relatives'],
          violenceTypes: ['vinr', 'hrv', 'mvk', 'violence_against_children'],
          responsible: 'sf',
          startDate: '2027-01-01',
          endDate: '2030-12-31',
          fundingSource: 'municipal_budget',
          status: 'not_started',
          progress: 0,
          weight: 3,
        },
      ],
    },
    {
      title: 'Arbetet samordnas och följs upp',
      activities: [
        {
          title: 'Styrgrupp, samordning och årlig uppföljning till kommunstyrelsen',
          description:
            'Kommunledningskontoret samordnar och rapporterar årligen; arbetet kopplas till ' +
            'kommunens arbete med social hållbarhet och Agenda 2030.',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
          responsible: 'klk',
          participating: ['sf', 'buf', 'kuf', 'alingsashem'],
          startDate: '2027-01-01',
          endDate: '2030-12-31',
          fundingSource: 'municipal_budget',
          status: 'not_started',
          progress: 0,
        },
      ],
    },
  ],
};

export const DEMO_PLANS: DemoPlan[] = [TRELLEBORG, ALINGSAS, ...REGION_DEMO_PLANS];

// ---- Malung-Sälen (2023) --------------------------------------------------------------

export const DEMO_PLANS_FROM_TEMPLATES: DemoPlanFromTemplate[] = [
  {
    tenantCode: '2023',
    templateName: 'Strategi mot våld i nära relationer',
    title: 'Strategi mot våld i nära relationer – Malung-Sälens kommun',
    periodFrom: 2022,
    periodTo: 2025,
    owner: 'ks',
    description:
      'Socialnämndens arbetsutskott föreslog 2021-09-22 (§ 158, SN/2021:312) att ' +
      'kommunstyrelsen samordnar arbetet med en strategi mot våld i nära relationer, där ' +
      'socialnämnden, barn- och utbildningsnämnden och kultur- och fritidsnämnden ingår. ' +
      'Strategin omfattar mäns våld mot kvinnor, hedersrelaterat våld och våld i nära ' +
      'relationer. Utkastet utgår från Samlas strategimall och Länsstyrelsen Dalarnas ' +
      'handlingsplan 2017–2020.',
    ownerCycle: ['sn', 'bun', 'kfn'],
  },
];
