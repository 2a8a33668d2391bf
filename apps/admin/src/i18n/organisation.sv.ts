/**
 * Swedish strings of the organisation area (namespace "organisation"), loaded with the
 * area's chunk (namespaces.ts); organisation.en.ts has the same keys (the compiler checks it).
 */
export const organisationSv = {
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

export type OrganisationTranslation = typeof organisationSv;
