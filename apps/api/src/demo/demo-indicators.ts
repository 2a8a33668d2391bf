import type { IndicatorUnit, MeasurementState, PeriodType } from '@samla/domain';

/**
 * Demo indicators for the three seed kommuner. Every figure is invented (source
 * "Demodata"), shaped after the seeds: Trelleborg follows support talks and protective
 * placements month by month and compares with the year before ("the first two months of
 * 2020 rose, from March in line with the year before"); Alingsås and Malung-Sälen follow a
 * few yearly indicators with a baseline and a target.
 */

export const DEMO_SOURCE = 'Demodata';
const DEMO_NOTE = 'Demodata: siffrorna är påhittade och visar hur Samla fungerar.';

export interface DemoFigure {
  period: string;
  gender?: 'T' | 'K' | 'M';
  state?: MeasurementState;
  value?: number;
}

export interface DemoTarget {
  baselinePeriod: string;
  targetValue: number;
  targetYear: number;
}

interface DemoIndicatorBase {
  /** How plan links below refer to it. */
  key: string;
  target?: DemoTarget;
  figures: DemoFigure[];
}

export interface DemoOwnIndicator extends DemoIndicatorBase {
  nameSv: string;
  nameEn: string;
  description: string;
  unit: IndicatorUnit;
  higherIsBetter: boolean;
  periodType: PeriodType;
  genderSplit?: boolean;
  source: string;
  agenda2030TargetId?: string;
}

export interface DemoFollowedIndicator extends DemoIndicatorBase {
  /** The Agenda 2030 indicator in the catalogue. */
  agenda2030IndicatorId: string;
}

/** A link from a plan goal or activity (by title; `first` for the plan's first one). */
export interface DemoLink {
  kind: 'goal' | 'activity';
  title: string | { first: true };
  targetIds: string[];
  indicators: string[];
}

export interface DemoIndicatorSet {
  tenantCode: string;
  own: DemoOwnIndicator[];
  followed: DemoFollowedIndicator[];
  links: DemoLink[];
}

const months = (year: number, values: readonly number[]): DemoFigure[] =>
  values.map((value, i) => ({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value }));
const years = (values: Record<string, number>, gender?: 'K' | 'M'): DemoFigure[] =>
  Object.entries(values).map(([period, value]) => ({ period, value, gender }));

export const DEMO_INDICATORS: DemoIndicatorSet[] = [
  {
    tenantCode: '1287',
    own: [
      {
        key: 'talks',
        nameSv: 'Samtal med våldsutsatta',
        nameEn: 'Support talks with victims of violence',
        description:
          'Antal samtalskontakter (information, rådgivning och bearbetande samtal) om våld i nära ' +
          'relation per månad i familjevårdsgruppen. Fler samtal betyder att fler får stöd. ' +
          DEMO_NOTE,
        unit: 'count',
        higherIsBetter: true,
        periodType: 'month',
        source: `${DEMO_SOURCE} – Socialförvaltningen, familjevårdsgruppen`,
        agenda2030TargetId: '5.2',
        figures: [
          ...months(2019, [9, 8, 10, 9, 11, 10, 7, 6, 9, 10, 11, 12]),
          // The first two months of 2020 rose; from March in line with the year before.
          ...months(2020, [14, 13, 10, 9, 11, 10, 8, 6, 9, 10, 12, 11]),
        ],
      },
      {
        key: 'placements',
        nameSv: 'Skyddsplaceringar',
        nameEn: 'Protective placements',
        description:
          'Antal placeringar i skyddat boende utifrån skyddsbehov per månad, i kommunens eget ' +
          'skyddade boende eller externt. ' +
          DEMO_NOTE,
        unit: 'count',
        higherIsBetter: false,
        periodType: 'month',
        source: `${DEMO_SOURCE} – Socialförvaltningen, familjevårdsgruppen`,
        agenda2030TargetId: '16.1',
        figures: [
          ...months(2019, [2, 1, 3, 2, 2, 1, 3, 2, 1, 2, 3, 2]),
          ...months(2020, [4, 5, 3, 2, 2, 1, 3, 2, 2, 2, 3, 2]),
        ],
      },
    ],
    followed: [
      { key: 'threats', agenda2030IndicatorId: '5.2.3(N)', figures: [] },
      { key: 'violence', agenda2030IndicatorId: '16.1.3', figures: [] },
    ],
    links: [
      {
        kind: 'goal',
        title: 'Våldsutsatta får information, rådgivning, stöd och skydd',
        targetIds: ['5.2', '16.1'],
        indicators: ['talks', 'placements', 'threats'],
      },
      {
        kind: 'activity',
        title: 'Månatlig uppföljning av stödsamtal och skyddsplaceringar',
        targetIds: ['5.2'],
        indicators: ['talks', 'placements'],
      },
      {
        kind: 'activity',
        title: 'Skyddat boende i kommunens eget boende eller genom placering',
        targetIds: ['16.1'],
        indicators: ['placements'],
      },
    ],
  },
  {
    tenantCode: '1489',
    own: [
      {
        key: 'trained',
        nameSv: 'Andel medarbetare som gått grundutbildning om våld',
        nameEn: 'Share of employees trained in violence prevention',
        description:
          'Andel av kommunens medarbetare, på alla nivåer, som gått grundutbildningen om mäns ' +
          'våld mot kvinnor, våld i nära relationer och sexuella trakasserier. ' +
          DEMO_NOTE,
        unit: 'percent',
        higherIsBetter: true,
        periodType: 'year',
        source: `${DEMO_SOURCE} – HR-avdelningens utbildningsregister`,
        agenda2030TargetId: '5.2',
        target: { baselinePeriod: '2022', targetValue: 90, targetYear: 2030 },
        figures: years({ '2022': 12, '2023': 19, '2024': 27, '2025': 34 }),
      },
      {
        key: 'reached',
        nameSv: 'Invånare som nåtts av informationsinsatser om våld',
        nameEn: 'Residents reached by information about violence',
        description:
          'Antal invånare som deltagit i eller nåtts av kommunens informationsinsatser om våld och ' +
          'om var man kan få stöd, till exempel kring den 25 november. ' +
          DEMO_NOTE,
        unit: 'count',
        higherIsBetter: true,
        periodType: 'year',
        source: `${DEMO_SOURCE} – Kommunledningskontoret`,
        agenda2030TargetId: '5.1',
        target: { baselinePeriod: '2022', targetValue: 6000, targetYear: 2030 },
        figures: years({ '2022': 850, '2023': 1100, '2024': 1350, '2025': 1500 }),
      },
    ],
    followed: [
      {
        key: 'safe',
        agenda2030IndicatorId: '16.1.4',
        target: { baselinePeriod: '2021', targetValue: 85, targetYear: 2030 },
        figures: [
          ...years({ '2021': 74, '2022': 73, '2023': 72, '2024': 71 }),
          ...years({ '2021': 66, '2022': 65, '2023': 63, '2024': 62 }, 'K'),
          ...years({ '2021': 82, '2022': 81, '2023': 81, '2024': 80 }, 'M'),
        ],
      },
    ],
    links: [
      {
        kind: 'goal',
        title: 'Medarbetare på alla nivåer har kunskap om våld och sexuella trakasserier',
        targetIds: ['5.1', '5.2'],
        indicators: ['trained'],
      },
      {
        kind: 'goal',
        title: 'Alla invånare nås av kunskap om våld och om var man kan få stöd',
        targetIds: ['5.2', '16.1'],
        indicators: ['reached', 'safe'],
      },
      {
        kind: 'activity',
        title: 'Grundutbildning om mäns våld mot kvinnor och våld i nära relationer',
        targetIds: ['5.2'],
        indicators: ['trained'],
      },
      {
        kind: 'activity',
        title: 'Informationsinsatser till invånare kring den 25 november',
        targetIds: ['5.2'],
        indicators: ['reached'],
      },
    ],
  },
  {
    tenantCode: '2023',
    own: [
      {
        key: 'trained',
        nameSv: 'Medarbetare i SN, BUN och KFN som utbildats om våld i nära relationer',
        nameEn:
          'Staff of the social, education and culture committees trained in domestic violence',
        description:
          'Antal medarbetare i socialnämndens, barn- och utbildningsnämndens och kultur- och ' +
          'fritidsnämndens verksamheter som gått utbildning om våld i nära relationer, mäns våld ' +
          'mot kvinnor och hedersrelaterat våld. ' +
          DEMO_NOTE,
        unit: 'count',
        higherIsBetter: true,
        periodType: 'year',
        source: `${DEMO_SOURCE} – Socialförvaltningen`,
        agenda2030TargetId: '5.2',
        target: { baselinePeriod: '2021', targetValue: 150, targetYear: 2025 },
        figures: years({ '2021': 15, '2022': 38, '2023': 61 }),
      },
      {
        key: 'safe-at-school',
        nameSv: 'Elever i årskurs 9 som känner sig trygga i skolan',
        nameEn: 'Year 9 pupils who feel safe at school',
        description:
          'Andel elever i årskurs 9 som svarar att de känner sig trygga i skolan i elevenkäten. ' +
          DEMO_NOTE,
        unit: 'percent',
        higherIsBetter: true,
        periodType: 'year',
        source: `${DEMO_SOURCE} – Barn- och utbildningsförvaltningen, elevenkäten`,
        agenda2030TargetId: '16.2',
        target: { baselinePeriod: '2021', targetValue: 90, targetYear: 2025 },
        figures: years({ '2021': 84, '2022': 83, '2023': 81 }),
      },
      {
        key: 'meetings',
        nameSv: 'Samverkansmöten om våld i nära relationer',
        nameEn: 'Collaboration meetings on domestic violence',
        description:
          'Antal möten per år mellan socialtjänsten, skolan, fritidsverksamheten och andra ' +
          'huvudmän om våld i nära relationer. ' +
          DEMO_NOTE,
        unit: 'count',
        higherIsBetter: true,
        periodType: 'year',
        source: `${DEMO_SOURCE} – Kommunstyrelsens förvaltning`,
        target: { baselinePeriod: '2021', targetValue: 6, targetYear: 2025 },
        figures: [
          ...years({ '2021': 2, '2022': 4 }),
          { period: '2023', state: 'missing' },
          ...years({ '2024': 6 }),
        ],
      },
    ],
    followed: [],
    links: [
      {
        kind: 'goal',
        title: { first: true },
        targetIds: ['5.2', '16.2'],
        indicators: ['trained', 'meetings'],
      },
      {
        kind: 'activity',
        title: { first: true },
        targetIds: ['5.2'],
        indicators: ['trained'],
      },
    ],
  },
];
