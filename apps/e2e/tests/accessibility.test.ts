import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { blocking, describeViolations, runAxe } from '../support/axe.js';

import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

/** Who looks at a page: a demo login, or nobody (the login page, the public page). */
const WHO = {
  strategist: 'strateg@trelleborg.samla.test',
  tenantAdmin: 'kommunadmin@trelleborg.samla.test',
  coordinator: 'samordnare@dalarna.samla.test',
  platformAdmin: 'admin@samla.test',
  anonymous: null,
} as const;
type Who = keyof typeof WHO;

/**
 * Every main page, to be checked with axe-core (WCAG 2.1 A and AA). One line a page: the path
 * may name {plan}, {otherPlan}, {activity}, {indicator}, {forum} and {case} of Trelleborg, and
 * `h1` (the page's heading, waited for before the check) {activityTitle}, {indicatorName},
 * {forumName} and {caseTitle}, filled from the API.
 */
const PAGES: ReadonlyArray<{
  name: string;
  path: string;
  as: Who;
  h1: string | RegExp;
  /** The HTTP status of the document, when not 200. */
  status?: number;
}> = [
  { name: 'login', path: '/login', as: 'anonymous', h1: 'Logga in' },
  { name: 'start', path: '/t/1287', as: 'strategist', h1: 'Översikt' },
  { name: 'plans list', path: '/t/1287/plans', as: 'strategist', h1: 'Handlingsplaner' },
  { name: 'new plan', path: '/t/1287/plans/new', as: 'strategist', h1: 'Ny plan' },
  { name: 'plan page', path: '/t/1287/plans/{plan}', as: 'strategist', h1: /Handlingsplan/ },
  {
    name: 'activity page',
    path: '/t/1287/activities/{activity}',
    as: 'strategist',
    h1: '{activityTitle}',
  },
  { name: 'coverage', path: '/t/1287/plans/{plan}/coverage', as: 'strategist', h1: /^Täckning: / },
  {
    name: 'compare',
    path: '/t/1287/plans/{plan}/compare?with={otherPlan}',
    as: 'strategist',
    h1: /^Jämför revisioner/,
  },
  {
    name: 'import',
    path: '/t/1287/plans/{plan}/import',
    as: 'strategist',
    h1: /^Importera aktiviteter: /,
  },
  { name: 'programme', path: '/t/1287/programme', as: 'strategist', h1: 'Programmet' },
  { name: 'toolkit', path: '/t/1287/toolkit', as: 'strategist', h1: 'Verktygslådan' },
  { name: 'indicators list', path: '/t/1287/indicators', as: 'strategist', h1: 'Indikatorer' },
  {
    name: 'indicator page',
    path: '/t/1287/indicators/{indicator}',
    as: 'strategist',
    h1: '{indicatorName}',
  },
  {
    name: 'Kolada import',
    path: '/t/1287/indicators/kolada',
    as: 'strategist',
    h1: 'Hämta nyckeltal från Kolada',
  },
  { name: 'forums', path: '/t/1287/collaboration', as: 'strategist', h1: 'Samverkan' },
  {
    name: 'forum page',
    path: '/t/1287/collaboration/forums/{forum}',
    as: 'strategist',
    h1: '{forumName}',
  },
  {
    name: 'partners',
    path: '/t/1287/collaboration/partners',
    as: 'strategist',
    h1: 'Samverkansparter',
  },
  {
    name: 'agreements',
    path: '/t/1287/collaboration/agreements',
    as: 'strategist',
    h1: 'Överenskommelser',
  },
  { name: 'cases', path: '/t/1287/decisions', as: 'strategist', h1: 'Beslut och ärenden' },
  { name: 'new case', path: '/t/1287/decisions/new', as: 'strategist', h1: 'Nytt ärende' },
  { name: 'case page', path: '/t/1287/decisions/{case}', as: 'strategist', h1: '{caseTitle}' },
  { name: 'org units', path: '/t/1287/org-units', as: 'strategist', h1: 'Organisation' },
  { name: 'not found', path: '/t/1287/no-such-page', as: 'strategist', h1: 'Sidan finns inte' },
  { name: 'publication', path: '/t/1287/publication', as: 'tenantAdmin', h1: 'Publicering' },
  {
    name: 'region sharing',
    path: '/t/1287/region-sharing',
    as: 'tenantAdmin',
    h1: 'Delning med länet',
  },
  {
    name: 'region overview',
    path: '/r/20',
    as: 'coordinator',
    h1: 'Regional jämförelse – Dalarnas län',
  },
  { name: 'region plans', path: '/r/20/plans', as: 'coordinator', h1: 'Planer i länet' },
  { name: 'region coverage', path: '/r/20/coverage', as: 'coordinator', h1: 'Täckning i länet' },
  {
    name: 'region activity status',
    path: '/r/20/activity-status',
    as: 'coordinator',
    h1: 'Aktiviteternas status i länet',
  },
  {
    name: 'region indicators',
    path: '/r/20/indicators',
    as: 'coordinator',
    h1: 'Indikatorer i länet',
  },
  {
    name: 'region agreements',
    path: '/r/20/agreements',
    as: 'coordinator',
    h1: 'Överenskommelser i länet',
  },
  { name: 'platform home', path: '/', as: 'platformAdmin', h1: 'Kommuner i Samla' },
  { name: 'public page', path: '/k/1287', as: 'anonymous', h1: /Trelleborg/ },
  { name: 'public 404', path: '/k/0000', as: 'anonymous', h1: 'Sidan finns inte', status: 404 },
];

describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  let product: Product;
  let browser: Browser;
  const contexts = new Map<Who, BrowserContext>();
  const ids: Record<string, string> = {};

  /** One browser context per login, made on first use; CSP bypassed so axe can be added. */
  async function pageAs(who: Who): Promise<Page> {
    let context = contexts.get(who);
    if (!context) {
      context = await browser.newContext({
        bypassCSP: true,
        locale: 'sv-SE',
        viewport: { width: 1280, height: 900 },
      });
      contexts.set(who, context);
      const email = WHO[who];
      if (email) {
        const login = await context.request.post(`${product.url}/api/v1/auth/login`, {
          data: { email, password: DEMO_PASSWORD },
        });
        expect(login.status()).toBe(200);
      }
    }
    return context.pages()[0] ?? context.newPage();
  }

  /** Ids of Trelleborg's plan in force, one of its activities, an indicator and another plan. */
  async function findIds() {
    const page = await pageAs('strategist');
    const get = async (path: string) =>
      (await page.context().request.get(`${product.url}/api/v1/tenants/1287/${path}`)).json();
    const plans = (await get('action-plans')) as Array<{ id: string; status: string }>;
    const plan = plans.find((p) => p.status === 'in_force') ?? plans[0];
    ids.plan = plan?.id ?? '';
    ids.otherPlan = plans.find((p) => p.id !== ids.plan)?.id ?? ids.plan;
    const detail = (await get(`action-plans/${ids.plan}`)) as {
      activities: Array<{ id: string; title: string }>;
    };
    ids.activity = detail.activities[0]?.id ?? '';
    ids.activityTitle = detail.activities[0]?.title ?? '';
    const indicator = ((await get('indicators')) as Array<{ id: string; nameSv: string }>)[0];
    ids.indicator = indicator?.id ?? '';
    ids.indicatorName = indicator?.nameSv ?? '';
    const forum = ((await get('forums')) as Array<{ id: string; name: string }>)[0];
    ids.forum = forum?.id ?? '';
    ids.forumName = forum?.name ?? '';
    const theCase = ((await get('cases')) as Array<{ id: string; title: string }>)[0];
    ids.case = theCase?.id ?? '';
    ids.caseTitle = theCase?.title ?? '';
  }

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
    await findIds();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it.each(PAGES.map((p) => [p.name, p] as const))(
    'finds no serious or critical violation on %s',
    async (_name, spec) => {
      const page = await pageAs(spec.as);
      const fill = (text: string) =>
        text.replace(/\{(\w+)\}/g, (_, key: string) => ids[key] ?? `{${key}}`);
      const path = fill(spec.path);
      const h1 = typeof spec.h1 === 'string' ? fill(spec.h1) : spec.h1;
      const response = await page.goto(`${product.url}${path}`);
      expect(response?.status()).toBe(spec.status ?? 200);
      await page.getByRole('heading', { level: 1, name: h1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // Nothing still loading: a check of a spinner proves little.
      await page
        .getByText('Laddar', { exact: false })
        .first()
        .waitFor({ state: 'hidden' })
        .catch(() => undefined);
      const violations = blocking(await runAxe(page));
      if (violations.length)
        throw new Error(`${spec.name} (${path}):\n${describeViolations(violations)}`);
    },
  );
});
