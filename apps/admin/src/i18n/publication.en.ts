import type { publicationSv } from './publication.sv';

/** English strings of the public page's settings (namespace "publication"). */
export const publicationEn: typeof publicationSv = {
  title: 'Publishing',
  intro:
    'The kommun can show its adopted plans to residents on an open page without login: goals, activities, how far the work has come and the indicators.',
  private:
    "Not shown: follow-up comments, internal notes, people's names and e-mail addresses, budgets. Small numbers (fewer than 5) are hidden.",
  adminOnly: "Only the kommun's administrator can change publishing.",
  state: {
    heading: 'State',
    published: 'The page is published.',
    unpublished:
      'The page is not published. Anyone going to the address is told the page does not exist.',
    address: 'Address',
    open: 'Open the public page (new tab)',
    preview: 'Preview the page with the chosen plans (new tab)',
    updatedAt: 'Last changed {{when}}.',
    never: 'Nothing has been published yet.',
  },
  form: {
    heading: 'What is published',
    publish: 'Publish the page',
    publishYes: 'Yes, show the page to everyone',
    publishNo: 'No, the page is not published',
    plans: 'Plans to show',
    plansHint: 'Only adopted or in-force plans can be published.',
    noPlans: 'The kommun has no adopted or in-force plan to publish yet.',
    notPublishable: 'Cannot be published yet',
    save: 'Save',
    saving: 'Saving …',
    saved: 'Publishing saved.',
  },
  planLabel: '{{title}} ({{from}}–{{to}}, {{status}})',
};
