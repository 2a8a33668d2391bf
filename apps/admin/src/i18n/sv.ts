/**
 * Swedish, the default language. Every user-visible string of the admin is here; en.ts has
 * the same keys (the compiler checks it). Validation messages come from @samla/domain.
 */
export const sv = {
  app: {
    name: 'Samla',
    tagline: 'En kommun fri från våld',
    skipLink: 'Hoppa till huvudinnehållet',
    documentTitle: '{{page}} – Samla',
    loading: 'Laddar …',
    home: 'Samla, till startsidan',
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
    organisationText: 'Nämnder, förvaltningar, bolag och enheter i kommunen.',
    comingSoon: 'Kommer snart',
  },
  comingSoon: {
    body: 'Den här delen av Samla kommer snart.',
    back: 'Till översikten',
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
  orgUnits: {
    title: 'Organisation',
    intro:
      'Kommunens organisation: fullmäktige, styrelse, nämnder, utskott, förvaltningar, bolag och enheter. Handlingsplanens aktiviteter fördelas på de här enheterna.',
    readOnly: 'Du kan läsa organisationen men inte ändra den.',
    treeHeading: 'Organisationsträd',
    empty: 'Det finns inga enheter ännu.',
    kinds: {
      municipal_council: 'Kommunfullmäktige',
      executive_board: 'Kommunstyrelse',
      committee: 'Nämnd',
      working_committee: 'Utskott',
      administration: 'Förvaltning',
      company: 'Bolag',
      unit: 'Enhet',
    },
    fields: {
      name: 'Namn',
      shortName: 'Kortnamn',
      shortNameHint: 'Förkortning, till exempel KS eller SN.',
      kind: 'Typ',
      chooseKind: 'Välj typ',
      parent: 'Överordnad enhet',
      noParent: 'Ingen (högsta nivån)',
    },
    actions: {
      label: 'Åtgärder för {{name}}',
      edit: 'Ändra',
      editLabel: 'Ändra {{name}}',
      move: 'Flytta',
      moveLabel: 'Flytta {{name}}',
      delete: 'Ta bort',
      deleteLabel: 'Ta bort {{name}}',
    },
    create: {
      heading: 'Ny enhet',
      submit: 'Skapa enhet',
      submitting: 'Skapar …',
      created: '{{name}} har skapats.',
    },
    edit: {
      heading: 'Ändra {{name}}',
      submit: 'Spara ändringar',
      submitting: 'Sparar …',
      saved: 'Ändringarna i {{name}} har sparats.',
    },
    move: {
      heading: 'Flytta {{name}}',
      parent: 'Ny överordnad enhet',
      submit: 'Flytta',
      submitting: 'Flyttar …',
      moved: '{{name}} har flyttats.',
      unchanged: 'Välj en annan överordnad enhet än den nuvarande.',
    },
    delete: {
      heading: 'Ta bort {{name}}',
      confirm: 'Vill du ta bort {{name}}? Det går inte att ångra.',
      submit: 'Ja, ta bort',
      submitting: 'Tar bort …',
      deleted: '{{name}} har tagits bort.',
    },
    conflict: {
      title: 'Enheten har ändrats av någon annan',
      body: 'Så här ser enheten ut nu. Ladda om för att utgå från de nya uppgifterna och gör sedan din ändring igen.',
      reload: 'Ladda om',
      reloaded: 'Formuläret visar nu de senaste uppgifterna.',
      version: 'Version',
      none: '–',
    },
  },
};

/** The shape every language must have: the same keys, any strings. */
export type Translation = Shape<typeof sv>;
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
