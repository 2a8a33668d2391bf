import type { RegionsTranslation } from './regions.sv';

/** English strings of regional sharing and comparisons: the same keys as regions.sv.ts. */
export const regionsEn: RegionsTranslation = {
  nav: {
    label: 'Regional comparison',
    overview: 'Overview',
    plans: 'Plans',
    coverage: 'Coverage',
    'activity-status': 'Activity status',
    indicators: 'Indicators',
    agreements: 'Agreements',
  },
  home: {
    title: 'Regional comparison – {{region}}',
    intro:
      'Compare the kommuner of the county. You see only what each kommun has chosen to share with the county; kommuner that share nothing are not shown.',
    kommuner: 'Kommuner sharing with the county',
    none: 'No kommun in the county shares anything with it yet.',
    shares: 'Shares',
    nothing: 'Nothing',
    otherRegions: 'You also coordinate',
  },
  common: {
    kommun: 'Kommun',
    download: 'Download as Excel (XLSX)',
    onlySharing: 'Only kommuner that share this with the county are shown.',
    noneSharing: 'No kommun in the county shares this with it.',
    noPlan: 'No plan',
    plan: 'Plan',
    generated: 'Figures as of {{time}}.',
    notCoordinator: 'You are not a regional coordinator of this county.',
  },
  plans: {
    title: 'Plans in the county',
    caption: "The kommuner's plans with status, period and progress",
    status: 'Status',
    period: 'Period',
    progress: 'Progress',
    goals: 'Goals',
    activities: 'Activities',
    current: 'compared',
    noProgress: 'Nothing to count',
  },
  coverage: {
    title: 'Coverage in the county',
    intro:
      "Each kommun's activities in its current plan by level and tier. Cells without an activity are gaps (marked Gap).",
    caption: 'Coverage of {{kommun}}: activities per level and tier',
    gap: 'Gap',
    gaps: 'Gaps: {{count}}',
    level: 'Level',
  },
  status: {
    title: 'Activity status in the county',
    intro: "How the activities of each kommun's current plan are spread over the statuses.",
    caption: 'Number and share of activities per status and kommun',
    total: 'Total',
    bar: 'Distribution for {{kommun}}',
  },
  indicators: {
    title: 'Indicators in the county',
    intro:
      'Indicators from the shared catalogue, side by side and over time. Small numbers (below 5) are not shown, nor numbers they could otherwise be worked out from.',
    caption: '{{indicator}}: values per kommun and period',
    gender: 'Gender',
    suppressed: 'Protected',
    missing: 'Missing',
    growth: 'Change (total, first to latest shown)',
    unit: 'Unit: {{unit}}',
    none: 'No comparable indicators are shared yet.',
    suppressedNote:
      'Protected = too few to show, or hidden so that a small number cannot be worked out.',
  },
  agreements: {
    title: 'Agreements in the county',
    intro:
      'The share of kommuner with a current agreement (followed up within 24 months) with each kind of partner.',
    sharesCaption: 'Share of kommuner with a current agreement per partner',
    perKommunCaption: 'Current agreements per kommun',
    partner: 'Partner',
    share: 'Share',
    count: '{{withCurrent}} of {{of}}',
    yes: 'Yes',
    no: 'No',
  },
  sharing: {
    title: 'Sharing with the county',
    intro:
      'Choose what the kommun shares with {{region}}. The regional coordinator at the county board sees only what is shared, and only compiled. Nothing is shared until you choose it, and changes apply at once.',
    legend: 'The kommun shares with the county',
    hint: {
      plans: "The plans' names, status, period and progress, and the activities' status.",
      coverage: 'How the activities are spread over level and tier.',
      indicators: 'Values of indicators from the shared catalogue; small numbers are protected.',
      collaboration: 'Which kinds of partners the kommun has current agreements with.',
    },
    save: 'Save',
    saved: 'Sharing saved.',
    stale:
      'Someone else changed the sharing meanwhile. The page now shows what applies; make your choice again.',
    lastChanged: 'Last changed {{time}} by {{name}}.',
    lastChangedUnknown: 'Last changed {{time}}.',
    neverChanged: 'Nothing has been chosen yet, so nothing is shared.',
    history: 'Latest changes',
    historyCaption: 'Latest changes to the sharing',
    when: 'When',
    who: 'Who',
    what: 'Shared',
    system: 'Samla',
    nothing: 'Nothing',
  },
};
