/**
 * Swedish, the default language: the shell's strings (layout, login, start page, errors and
 * what every area shares), in the main bundle; en.ts has the same keys (the compiler checks
 * it). Each area's strings are in its own catalogue, loaded with the area (namespaces.ts). Validation messages come from @samla/domain.
 */
export const sv = {
  app: {
    name: 'Samla',
    tagline: 'En kommun fri från våld',
    skipLink: 'Hoppa till huvudinnehållet',
    documentTitle: '{{page}} – Samla',
    loading: 'Laddar …',
    home: ', till startsidan',
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },
  nav: {
    label: 'Huvudmeny',
    overview: 'Översikt',
    plans: 'Handlingsplaner',
    indicators: 'Indikatorer',
    collaboration: 'Samverkan',
    decisions: 'Beslut och ärenden',
    organisation: 'Organisation',
  },
  auth: {
    login: {
      title: 'Logga in',
      intro: 'Logga in med e-postadressen och lösenordet för ditt konto i Samla.',
      email: 'E-post',
      password: 'Lösenord',
      submit: 'Logga in',
      submitting: 'Loggar in …',
      loggedOut: 'Du är utloggad.',
    },
    userMenu: {
      button: 'Konto: {{name}}',
      signedInAs: 'Inloggad som',
      platformAdmin: 'Plattformsadministratör',
      role: 'Roll i {{tenant}}: {{role}}',
      logout: 'Logga ut',
      loggingOut: 'Loggar ut …',
    },
  },
  tenancy: {
    switcher: {
      label: 'Kommun',
      hint: 'Sidan byts när du väljer en annan kommun.',
    },
    roles: {
      tenant_admin: 'Administratör',
      strategist: 'Strateg',
      contributor: 'Medverkande',
      reader: 'Läsare',
    },
    noTenants: {
      title: 'Inget kommunkonto',
      body: 'Ditt konto är ännu inte kopplat till någon kommun. Kontakta den som administrerar Samla i din kommun.',
    },
    platform: {
      title: 'Kommuner i Samla',
      intro: 'Du är plattformsadministratör. De här kommunerna är anslutna till Samla.',
      onboardingSoon: 'Att ansluta nya kommuner från den officiella förteckningen kommer snart.',
      name: 'Kommun',
      code: 'Kommunkod',
      region: 'Län',
      since: 'Ansluten',
      empty: 'Inga kommuner är anslutna ännu.',
    },
    noAccess: {
      title: 'Ingen behörighet',
      body: 'Du har inte tillgång till kommunen med kommunkod {{code}}.',
      back: 'Till startsidan',
    },
  },
  start: {
    title: 'Översikt',
    welcome: 'Välkommen, {{name}}!',
    intro:
      'Här samlar {{tenant}} sitt arbete mot mäns våld mot kvinnor och våld i nära relationer: handlingsplaner, uppföljning, indikatorer, samverkan och beslut.',
    role: 'Din roll: {{role}}.',
    readOnlyRole: 'Du kan läsa men inte ändra.',
    areasHeading: 'Delar av Samla',
    publicationLink: 'Publicering',
    publicationText: 'Visa kommunens beslutade planer för invånarna på en öppen sida.',
    regionSharingLink: 'Delning med länet',
    regionComparisonLink: 'Regional jämförelse: {{region}}',
    areaText: {
      plans:
        'Handlingsplaner med mål och aktiviteter, uppföljning, täckning, programmet och verktygslådan.',
      indicators: 'Indikatorer, nyckeltal från Kolada, mål och status.',
      collaboration: 'Samverkansforum, samverkansparter, möten, bedömningar och överenskommelser.',
      decisions: 'Ärenden, beslut med överklagandetid, uppdrag och återrapportering.',
      organisation: 'Nämnder, förvaltningar, bolag och enheter i kommunen.',
    },
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen kan vara fel, eller så har sidan flyttats.',
    home: 'Till startsidan',
  },
  errors: {
    network: 'Det gick inte att nå Samla. Kontrollera anslutningen och försök igen.',
    unexpected: 'Något gick fel. Försök igen om en stund.',
    retry: 'Försök igen',
    requestId: 'Referens: {{id}}',
  },
  form: {
    required: '(obligatoriskt)',
    cancel: 'Avbryt',
  },
  conflict: {
    title: 'Någon annan har ändrat detta',
    body: 'Så här ser det ut nu. Ladda om för att utgå från de nya uppgifterna och gör sedan din ändring igen.',
    reload: 'Ladda om',
    reloaded: 'Formuläret visar nu de senaste uppgifterna.',
  },
};

/** The shape every language must have: the same keys, any strings. */
export type Translation = Shape<typeof sv>;
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
