/** Words the generator builds plausible Swedish titles from. */

export const COMMITTEES = [
  { key: 'sn', name: 'Socialnämnden', short: 'SN', admin: 'Socialförvaltningen' },
  {
    key: 'bun',
    name: 'Barn- och utbildningsnämnden',
    short: 'BUN',
    admin: 'Utbildningsförvaltningen',
  },
  {
    key: 'kfn',
    name: 'Kultur- och fritidsnämnden',
    short: 'KFN',
    admin: 'Kultur- och fritidsförvaltningen',
  },
  {
    key: 'von',
    name: 'Vård- och omsorgsnämnden',
    short: 'VON',
    admin: 'Vård- och omsorgsförvaltningen',
  },
  { key: 'amn', name: 'Arbetsmarknadsnämnden', short: 'AMN', admin: 'Arbetsmarknadsförvaltningen' },
] as const;

export const ACTIVITY_VERBS = [
  'Utbildning i',
  'Kartläggning av',
  'Informationsinsats om',
  'Stödsamtal kring',
  'Rutin för',
  'Samverkan om',
  'Metodstöd för',
  'Uppföljning av',
  'Handledning i',
  'Temadag om',
];

export const ACTIVITY_SUBJECTS = [
  'våld i nära relationer',
  'hedersrelaterat våld och förtryck',
  'barn som upplever våld',
  'våldsutövare',
  'sexuellt våld',
  'prostitution och människohandel',
  'ekonomiskt våld',
  'digitalt våld',
  'äldre våldsutsatta',
  'våldsutsatta med funktionsnedsättning',
  'skyddat boende',
  'frågor om våld vid hembesök',
];

export const GOAL_TITLES = [
  'Våldsutsatta får tidigt och samordnat stöd',
  'Barn som upplever våld uppmärksammas',
  'Våldsutövare erbjuds insatser för att upphöra med våldet',
  'Medarbetare har kunskap om våld och dess konsekvenser',
  'Invånare känner till var de kan få hjälp',
  'Samverkan mellan myndigheter är strukturerad',
  'Det förebyggande arbetet når unga',
];

export const PROGRESS_COMMENTS = [
  'Enligt plan.',
  'Första träffen genomförd.',
  'Fler deltagare än väntat.',
  'Försenat på grund av personalbrist.',
  'Material framtaget, spridning pågår.',
  'Utvärdering påbörjad.',
  null,
];

export const PARTNERS = [
  { name: 'Polisen, lokalpolisområdet', type: 'police' },
  { name: 'Regionens hälso- och sjukvård', type: 'region_healthcare' },
  { name: 'Kvinnojouren', type: 'womens_shelter' },
  { name: 'Tjejjouren', type: 'voluntary_organisation' },
  { name: 'Länsstyrelsen', type: 'county_board' },
  { name: 'Grannkommunen', type: 'other_municipality' },
  { name: 'Gymnasieskolan', type: 'school' },
  { name: 'Brottsofferjouren', type: 'voluntary_organisation' },
] as const;

export const STATUSES = ['not_started', 'ongoing', 'done', 'delayed', 'cancelled'] as const;
export const LEVELS = ['individual', 'organisation', 'society'] as const;
export const TIERS = ['promotive', 'preventive', 'targeted'] as const;
export const TARGET_GROUPS = [
  'employees',
  'residents',
  'children_youth',
  'victims',
  'perpetrators',
  'relatives',
] as const;
export const VIOLENCE_TYPES = [
  'mvk',
  'vinr',
  'hrv',
  'violence_against_children',
  'prostitution_trafficking',
] as const;
