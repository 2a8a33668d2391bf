/**
 * Swedish strings of the deadline overview and the calendar feed on the start page
 * (namespace "deadlines"); deadlines.en.ts has the same keys.
 */
export const deadlinesSv = {
  heading: 'Att göra',
  intro:
    'Återrapporteringar, överenskommelser att följa upp, samverkansforum som ligger efter och planer vars period tar slut, det närmaste först.',
  mine: 'Bara mina',
  mineHint: 'Det som gäller dina enheter eller är tilldelat dig.',
  empty: 'Inget att göra de närmaste 180 dagarna.',
  emptyMine: 'Inget som är ditt de närmaste 180 dagarna.',
  caption: 'Kommande och passerade tidsgränser',
  count_one: '{{count}} tidsgräns',
  count_other: '{{count}} tidsgränser',
  columns: { due: 'Senast', what: 'Vad', kind: 'Typ', state: 'Status' },
  kinds: {
    assignment_report: 'Återrapportering',
    agreement_follow_up: 'Överenskommelse',
    forum_cadence: 'Samverkan',
    plan_period_end: 'Handlingsplan',
  },
  states: { overdue: 'Passerad', due_soon: 'Snart', upcoming: 'Kommande' },
  daysLeft_zero: 'i dag',
  daysLeft_one: 'i morgon',
  daysLeft_other: 'om {{count}} dagar',
  daysAgo_one: 'för {{count}} dag sedan',
  daysAgo_other: 'för {{count}} dagar sedan',
  estimated: 'uppskattat',
  feed: {
    heading: 'Kalender',
    intro:
      'Prenumerera på tidsgränserna i Outlook eller en annan kalender. Adressen är hemlig och personlig: dela den inte.',
    inactive: 'Du har ingen kalenderprenumeration.',
    active: 'Din kalenderadress skapades {{date}}.',
    activeHidden:
      'Av säkerhetsskäl visas adressen bara när den skapas. Har du tappat bort den, skapa en ny.',
    mineOnly: 'Bara mina tidsgränser i kalendern',
    create: 'Skapa kalenderadress',
    renew: 'Skapa ny adress',
    renewHint: 'Den gamla adressen slutar då att fungera.',
    revoke: 'Återkalla adressen',
    working: 'Arbetar …',
    url: 'Kalenderadress',
    urlHint: 'Kopiera den nu: den visas bara den här gången.',
    copy: 'Kopiera',
    copied: 'Adressen är kopierad.',
    copyFailed: 'Det gick inte att kopiera. Markera adressen och kopiera den själv.',
    created: 'En ny kalenderadress har skapats.',
    revoked: 'Kalenderadressen är återkallad och slutar fungera.',
  },
};

export type DeadlinesTranslation = typeof deadlinesSv;
