/**
 * Swedish strings of regional sharing and comparisons (namespace "regions"); regions.en.ts
 * has the same keys. Codes (areas, partner categories, statuses) are labelled by
 * REGION_LABELS, PLAN_LABELS and INDICATOR_LABELS in @samla/domain.
 */
export const regionsSv = {
  nav: {
    label: 'Regional jämförelse',
    overview: 'Översikt',
    plans: 'Planer',
    coverage: 'Täckning',
    'activity-status': 'Aktiviteternas status',
    indicators: 'Indikatorer',
    agreements: 'Överenskommelser',
  },
  home: {
    title: 'Regional jämförelse – {{region}}',
    intro:
      'Här jämför du kommunerna i länet. Du ser bara det som varje kommun själv har valt att dela med länet; kommuner som inte delar något visas inte.',
    kommuner: 'Kommuner som delar med länet',
    none: 'Ingen kommun i länet delar något med länet ännu.',
    shares: 'Delar',
    nothing: 'Inget',
    otherRegions: 'Du samordnar också',
  },
  common: {
    kommun: 'Kommun',
    download: 'Ladda ner som Excel (XLSX)',
    onlySharing: 'Endast kommuner som delar detta med länet visas.',
    noneSharing: 'Ingen kommun i länet delar detta med länet.',
    noPlan: 'Ingen plan',
    plan: 'Plan',
    generated: 'Uppgifterna hämtades {{time}}.',
    notCoordinator: 'Du är inte regional samordnare för det här länet.',
  },
  plans: {
    title: 'Planer i länet',
    caption: 'Kommunernas planer med status, period och genomförande',
    status: 'Status',
    period: 'Period',
    progress: 'Genomförande',
    goals: 'Mål',
    activities: 'Aktiviteter',
    current: 'jämförs',
    noProgress: 'Inget att räkna',
  },
  coverage: {
    title: 'Täckning i länet',
    intro:
      'Varje kommuns aktiviteter i dess aktuella plan fördelade på nivå och insatstyp. Rutor utan aktivitet är luckor (markerade Lucka).',
    caption: 'Täckning för {{kommun}}: antal aktiviteter per nivå och insatstyp',
    gap: 'Lucka',
    gaps: 'Luckor: {{count}}',
    level: 'Nivå',
  },
  status: {
    title: 'Aktiviteternas status i länet',
    intro: 'Hur aktiviteterna i varje kommuns aktuella plan fördelar sig på status.',
    caption: 'Antal och andel aktiviteter per status och kommun',
    total: 'Totalt',
    bar: 'Fördelning för {{kommun}}',
  },
  indicators: {
    title: 'Indikatorer i länet',
    intro:
      'Jämför en indikator ur den gemensamma katalogen i taget, kommun för kommun och över tid. Månadsindikatorer visas som årssummor; välj ett år för att se dess månader. Små tal (under 5) visas inte, och inte heller tal som annars kunde räknas fram ur dem.',
    caption: '{{indicator}}: värden per kommun och period',
    indicator: 'Indikator',
    year: 'År',
    allYears: 'Alla år (årssummor)',
    monthsOf: 'Månaderna {{year}}',
    yearTotal: '{{year}} (helår)',
    followedBy: 'Kommuner som följer indikatorn: {{n}}.',
    startOver: 'Visa indikatorerna från början',
    gender: 'Kön',
    suppressed: 'Skyddat',
    missing: 'Saknas',
    growth: 'Förändring (totalt, första till senaste visade)',
    unit: 'Enhet: {{unit}}',
    none: 'Inga jämförbara indikatorer delas ännu.',
    suppressedNote:
      'Skyddat = för få för att visas, eller dolt så att ett litet tal inte kan räknas fram.',
  },
  agreements: {
    title: 'Överenskommelser i länet',
    intro:
      'Andelen kommuner med en aktuell överenskommelse (följd upp inom 24 månader) med varje slags samverkanspart.',
    sharesCaption: 'Andel kommuner med aktuell överenskommelse per samverkanspart',
    perKommunCaption: 'Aktuella överenskommelser per kommun',
    partner: 'Samverkanspart',
    share: 'Andel',
    count: '{{withCurrent}} av {{of}}',
    yes: 'Ja',
    no: 'Nej',
  },
  sharing: {
    title: 'Delning med länet',
    intro:
      'Välj vad kommunen delar med {{region}}. Den regionala samordnaren på länsstyrelsen ser bara det som delas, och bara sammanställt. Inget delas förrän du väljer det, och ändringar gäller direkt.',
    legend: 'Kommunen delar med länet',
    hint: {
      plans: 'Planernas namn, status, period och genomförande, och aktiviteternas status.',
      coverage: 'Hur aktiviteterna fördelar sig på nivå och insatstyp.',
      indicators: 'Värden för indikatorer ur den gemensamma katalogen; små tal skyddas.',
      collaboration: 'Vilka slags samverkansparter kommunen har aktuella överenskommelser med.',
    },
    save: 'Spara',
    saved: 'Delningen är sparad.',
    stale:
      'Någon annan har ändrat delningen under tiden. Sidan visar nu det som gäller; gör om ditt val.',
    lastChanged: 'Senast ändrad {{time}} av {{name}}.',
    lastChangedUnknown: 'Senast ändrad {{time}}.',
    neverChanged: 'Inget har valts ännu, så inget delas.',
    history: 'Senaste ändringar',
    historyCaption: 'Senaste ändringar av delningen',
    when: 'När',
    who: 'Vem',
    what: 'Delat',
    system: 'Samla',
    nothing: 'Inget',
  },
};

export type RegionsTranslation = typeof regionsSv;
