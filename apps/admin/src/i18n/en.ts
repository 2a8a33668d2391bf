import type { Translation } from './sv';

/** English, the second language: the same keys as sv.ts. */
export const en: Translation = {
  app: {
    name: 'Samla',
    tagline: 'A municipality free from violence',
    skipLink: 'Skip to main content',
    documentTitle: '{{page}} – Samla',
    loading: 'Loading …',
    home: ', to the start page',
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
  nav: {
    label: 'Main menu',
    overview: 'Overview',
    plans: 'Action plans',
    indicators: 'Indicators',
    collaboration: 'Collaboration',
    decisions: 'Decisions and cases',
    organisation: 'Organisation',
  },
  auth: {
    login: {
      title: 'Log in',
      intro: 'Log in with the e-mail address and password of your Samla account.',
      email: 'E-mail',
      password: 'Password',
      submit: 'Log in',
      submitting: 'Logging in …',
      loggedOut: 'You have logged out.',
    },
    userMenu: {
      button: 'Account: {{name}}',
      signedInAs: 'Logged in as',
      platformAdmin: 'Platform administrator',
      role: 'Role in {{tenant}}: {{role}}',
      logout: 'Log out',
      loggingOut: 'Logging out …',
    },
  },
  tenancy: {
    switcher: {
      label: 'Municipality',
      hint: 'The page changes when you choose another municipality.',
    },
    roles: {
      tenant_admin: 'Administrator',
      strategist: 'Strategist',
      contributor: 'Contributor',
      reader: 'Reader',
    },
    noTenants: {
      title: 'No municipality account',
      body: 'Your account is not linked to a municipality yet. Contact whoever administers Samla in your municipality.',
    },
    platform: {
      title: 'Municipalities in Samla',
      intro: 'You are a platform administrator. These municipalities are onboarded to Samla.',
      onboardingSoon: 'Onboarding new municipalities from the official list is coming soon.',
      name: 'Municipality',
      code: 'Kommunkod',
      region: 'County',
      since: 'Onboarded',
      empty: 'No municipalities are onboarded yet.',
    },
    noAccess: {
      title: 'No access',
      body: 'You do not have access to the municipality with kommunkod {{code}}.',
      back: 'To the start page',
    },
  },
  start: {
    title: 'Overview',
    welcome: 'Welcome, {{name}}!',
    intro:
      'This is where {{tenant}} gathers its work against men’s violence against women and violence in close relationships: action plans, follow-up, indicators, collaboration and decisions.',
    role: 'Your role: {{role}}.',
    readOnlyRole: 'You can read but not change.',
    areasHeading: 'Parts of Samla',
    publicationLink: 'Publishing',
    publicationText: "Show the kommun's adopted plans to residents on an open page.",
    regionSharingLink: 'Sharing with the county',
    regionComparisonLink: 'Regional comparison: {{region}}',
    areaText: {
      plans:
        'Action plans with goals and activities, follow-up, coverage, the programme and the toolkit.',
      indicators: 'Indicators, Kolada KPIs, targets and status.',
      collaboration: 'Collaboration forums, partners, meetings, assessments and agreements.',
      decisions: 'Cases, decisions with their appeal window, assignments and report-backs.',
      organisation: 'Committees, administrations, companies and units of the municipality.',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'The address may be wrong, or the page has moved.',
    home: 'To the start page',
  },
  errors: {
    network: 'Samla could not be reached. Check your connection and try again.',
    unexpected: 'Something went wrong. Please try again in a moment.',
    retry: 'Try again',
    requestId: 'Reference: {{id}}',
  },
  form: {
    required: '(required)',
    cancel: 'Cancel',
  },
  conflict: {
    title: 'Someone else has changed this',
    body: 'This is how it looks now. Reload to start from the new values, then make your change again.',
    reload: 'Reload',
    reloaded: 'The form now shows the latest values.',
  },
};
