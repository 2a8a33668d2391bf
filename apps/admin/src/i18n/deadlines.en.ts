import type { DeadlinesTranslation } from './deadlines.sv';

/** English strings of the deadline overview and the calendar feed: the same keys as deadlines.sv.ts. */
export const deadlinesEn: DeadlinesTranslation = {
  heading: 'To do',
  intro:
    'Report-backs, agreements to follow up, forums behind their cadence and plans whose period ends, nearest first.',
  mine: 'Only mine',
  mineHint: 'What concerns your units or is assigned to you.',
  empty: 'Nothing to do in the next 180 days.',
  emptyMine: 'Nothing of yours in the next 180 days.',
  caption: 'Upcoming and passed deadlines',
  count_one: '{{count}} deadline',
  count_other: '{{count}} deadlines',
  columns: { due: 'By', what: 'What', kind: 'Kind', state: 'Status' },
  kinds: {
    assignment_report: 'Report-back',
    agreement_follow_up: 'Agreement',
    forum_cadence: 'Collaboration',
    plan_period_end: 'Action plan',
  },
  states: { overdue: 'Passed', due_soon: 'Soon', upcoming: 'Upcoming' },
  daysLeft_zero: 'today',
  daysLeft_one: 'tomorrow',
  daysLeft_other: 'in {{count}} days',
  daysAgo_one: '{{count}} day ago',
  daysAgo_other: '{{count}} days ago',
  estimated: 'estimated',
  feed: {
    heading: 'Calendar',
    intro:
      'Subscribe to the deadlines in Outlook or another calendar. The address is secret and personal: do not share it.',
    inactive: 'You have no calendar subscription.',
    active: 'Your calendar address was created on {{date}}.',
    activeHidden:
      'For security the address is shown only when it is created. If you have lost it, create a new one.',
    mineOnly: 'Only my deadlines in the calendar',
    create: 'Create calendar address',
    renew: 'Create a new address',
    renewHint: 'The old address then stops working.',
    revoke: 'Revoke the address',
    working: 'Working …',
    url: 'Calendar address',
    urlHint: 'Copy it now: it is shown this once only.',
    copy: 'Copy',
    copied: 'The address has been copied.',
    copyFailed: 'Copying did not work. Select the address and copy it yourself.',
    created: 'A new calendar address has been created.',
    revoked: 'The calendar address is revoked and stops working.',
  },
};
