import type { OrganisationTranslation } from './organisation.sv';

/** English strings of the organisation area: the same keys as organisation.sv.ts. */
export const organisationEn: OrganisationTranslation = {
  orgUnits: {
    title: 'Organisation',
    intro:
      'The organisation of the municipality: council, executive board, committees, working committees, administrations, companies and units. The activities of the action plan are assigned to these units.',
    readOnly: 'You can read the organisation but not change it.',
    treeHeading: 'Organisation tree',
    empty: 'There are no units yet.',
    kinds: {
      municipal_council: 'Municipal council',
      executive_board: 'Executive board',
      committee: 'Committee',
      working_committee: 'Working committee',
      administration: 'Administration',
      company: 'Company',
      unit: 'Unit',
    },
    fields: {
      name: 'Name',
      shortName: 'Short name',
      shortNameHint: 'An abbreviation, for example KS or SN.',
      kind: 'Kind',
      chooseKind: 'Choose a kind',
      parent: 'Parent unit',
      noParent: 'None (top level)',
    },
    actions: {
      label: 'Actions for {{name}}',
      edit: 'Edit',
      editLabel: 'Edit {{name}}',
      move: 'Move',
      moveLabel: 'Move {{name}}',
      delete: 'Delete',
      deleteLabel: 'Delete {{name}}',
    },
    create: {
      heading: 'New unit',
      submit: 'Create unit',
      submitting: 'Creating …',
      created: '{{name}} has been created.',
    },
    edit: {
      heading: 'Edit {{name}}',
      submit: 'Save changes',
      submitting: 'Saving …',
      saved: 'The changes to {{name}} have been saved.',
    },
    move: {
      heading: 'Move {{name}}',
      parent: 'New parent unit',
      submit: 'Move',
      submitting: 'Moving …',
      moved: '{{name}} has been moved.',
      unchanged: 'Choose a parent unit other than the current one.',
    },
    delete: {
      heading: 'Delete {{name}}',
      confirm: 'Do you want to delete {{name}}? This cannot be undone.',
      submit: 'Yes, delete',
      submitting: 'Deleting …',
      deleted: '{{name}} has been deleted.',
    },
    conflict: {
      title: 'Someone else has changed the unit',
      body: 'This is how the unit looks now. Reload to start from the new values, then make your change again.',
      reload: 'Reload',
      reloaded: 'The form now shows the latest values.',
      version: 'Version',
      none: '–',
    },
  },
};
