import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

const STRATEGIST = 'strateg@malung-salen.samla.test';
/** Follows up activities of Socialnämnden (SN) and Individ- och familjeomsorgen (IFO). */
const CONTRIBUTOR = 'medverkande@malung-salen.samla.test';
const TEMPLATE = 'Strategi mot våld i nära relationer';
const PLAN_TITLE = 'Strategi mot våld i nära relationer 2026–2029';
const ACTIVITY = 'Stödsamtal för våldsutsatta vid IFO';

/**
 * A handlingsplan from start to follow-up in Malung-Sälen: the strategist makes a plan from
 * the toolkit's strategy template and adds an activity for Socialnämnden, the coverage view
 * shows the gaps, a contributor of SN records progress on it, and the plan's XLSX export,
 * downloaded in the browser, goes back in through the import wizard without changing a row.
 */
describe('a strategist builds a plan and a contributor follows it up', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;
  let planUrl = '';
  const downloads = mkdtempSync(join(tmpdir(), 'samla-e2e-downloads-'));

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
    page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  async function logIn(email: string) {
    await page.goto(`${product.url}/login`);
    await page.getByLabel(/^E-post/).fill(email);
    await page.getByLabel(/^Lösenord/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  }

  async function logOut() {
    await page.getByRole('button', { name: /^Konto:/ }).click();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();
  }

  it('creates a plan from the toolkit template', async () => {
    await logIn(STRATEGIST);
    expect(page.url()).toContain('/t/2023');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Handlingsplaner' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Handlingsplaner' }).waitFor();
    await page.getByRole('link', { name: 'Ny plan' }).click();

    const gallery = page.getByRole('group', { name: 'Utgångspunkt' });
    await gallery.getByRole('radio', { name: TEMPLATE, exact: true }).check();
    // The template brings its kind and its name as a first title.
    await expect(page.getByLabel(/^Typ/).inputValue()).resolves.toBe('strategy');
    await page.getByLabel(/^Titel/).fill(PLAN_TITLE);
    await page.getByLabel(/^Period från/).fill('2026');
    await page.getByLabel(/^Period till/).fill('2029');
    await page.getByLabel(/^Ägande enhet/).selectOption({ label: 'Kommunstyrelsen (KS)' });
    await page.getByRole('button', { name: 'Skapa plan' }).click();

    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    await page.getByText(`Planen ”${PLAN_TITLE}” har skapats.`).waitFor();
    planUrl = page.url();
    // The template's goals and suggested activities were copied in.
    const goals = page.getByRole('list', { name: 'Mål och delmål' });
    await expect(goals.getByRole('listitem').count()).resolves.toBeGreaterThan(2);
    await expect(page.getByText(/^Visar \d+ av \d+ aktiviteter\.$/).textContent()).resolves.toMatch(
      /^Visar (\d+) av \1 aktiviteter\.$/,
    );
  });

  it('adds an activity for Socialnämnden', async () => {
    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    const form = page.getByRole('form', { name: 'Ny aktivitet' });
    await form.getByLabel(/^Titel/).fill(ACTIVITY);
    await form
      .getByLabel(/^Beskrivning/)
      .fill('Stöd- och motivationssamtal, även för barn som bevittnat våld.');
    await form.getByLabel(/^Ansvarig enhet/).selectOption({ label: 'Socialnämnden (SN)' });
    await form
      .getByRole('group', { name: 'Medverkande enheter' })
      .getByRole('checkbox', { name: 'Individ- och familjeomsorgen' })
      .check();
    await form.getByLabel(/^Nivå/).selectOption({ label: 'Individ' });
    await form.getByLabel(/^Insatstyp/).selectOption({ label: 'Riktat' });
    await form
      .getByRole('group', { name: 'Målgrupper' })
      .getByRole('checkbox', { name: 'Våldsutsatta' })
      .check();
    await form
      .getByRole('group', { name: 'Våldsformer' })
      .getByRole('checkbox', { name: 'Våld i nära relationer (VINR)' })
      .check();
    await form.getByLabel(/^Startdatum/).fill('2026-01-15');
    await form.getByLabel(/^Slutdatum/).fill('2027-12-31');
    await form.getByLabel(/^Budget/).fill('150 000');
    await form.getByLabel(/^Finansiering/).selectOption({ label: 'Statsbidrag' });
    await form.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await page.getByText(`Aktiviteten ”${ACTIVITY}” har lagts till.`).waitFor();

    // Found with the table's search, wherever it sorts in a long plan.
    await page.getByRole('searchbox', { name: 'Sök' }).fill('stödsamtal för våldsutsatta');
    const table = page.getByRole('table', { name: 'Aktiviteter' });
    const row = table.getByRole('row', { name: new RegExp(ACTIVITY) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Socialnämnden');
    await page.getByText('Visar 1 av').waitFor();
    await page.getByRole('searchbox', { name: 'Sök' }).fill('');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '03-plan-page');
  });

  it('shows the plan’s coverage with its gaps named', async () => {
    await page.getByRole('link', { name: 'Täckning' }).click();
    await page.getByRole('heading', { level: 1, name: `Täckning: ${PLAN_TITLE}` }).waitFor();
    const matrix = page.getByRole('table', { name: 'Nivå och insatstyp' });
    await expect(matrix.getByText('Lucka').count()).resolves.toBeGreaterThan(0);
    await page.getByText(/^Planen har luckor: /).waitFor();
    const individual = matrix.getByRole('row', { name: /^Individ/ });
    await expect(individual.getByRole('cell').nth(2).textContent()).resolves.toMatch(
      /150\s000\skr/,
    );
    await screenshot(page, '04-coverage');
  });

  it('lets a contributor of Socialnämnden record progress on the activity', async () => {
    await logOut();
    await logIn(CONTRIBUTOR);
    await page.goto(planUrl);
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    // A contributor reads the plan; changing it is for strategists.
    await expect(page.getByRole('button', { name: 'Ny aktivitet' }).count()).resolves.toBe(0);
    await page.getByRole('searchbox', { name: 'Sök' }).fill(ACTIVITY);
    await page.getByRole('link', { name: ACTIVITY }).click();
    await page.getByRole('heading', { level: 1, name: ACTIVITY }).waitFor();

    const form = page.getByRole('form', { name: 'Följ upp' });
    await form.getByLabel(/^Status/).selectOption({ label: 'Pågår' });
    await form.getByLabel(/^Genomfört/).fill('25');
    await form.getByLabel(/^Kommentar/).fill('Tolv samtal genomförda under våren.');
    await form.getByRole('button', { name: 'Spara uppföljning' }).click();
    await page.getByText('Uppföljningen har sparats.').waitFor();

    const history = page.getByRole('table', { name: 'Uppföljningar, senaste först' });
    await history.getByText('Tolv samtal genomförda under våren.').waitFor();
    await expect(history.textContent()).resolves.toContain('IFO Malung-Sälen');
    const facts = page.getByRole('region', { name: 'Uppgifter' });
    await expect(facts.textContent()).resolves.toMatch(/Genomfört \(%\)25\s%/);
    await logOut();
  });

  it('re-imports the downloaded XLSX export with every row unchanged', async () => {
    await logIn(STRATEGIST);
    await page.goto(planUrl);
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    const count = Number(
      /av (\d+) aktiviteter/.exec(
        (await page.getByText(/^Visar \d+ av \d+ aktiviteter\.$/).textContent()) ?? '',
      )?.[1],
    );
    expect(count).toBeGreaterThan(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exportera aktiviteter (Excel, .xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(statSync(file).size).toBeGreaterThan(1000);

    await page.getByRole('link', { name: 'Importera aktiviteter' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Importera aktiviteter: ${PLAN_TITLE}` })
      .waitFor();
    await page.getByLabel('Fil', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click();
    await page.getByRole('heading', { level: 2, name: 'Förhandsgranska' }).waitFor();

    const counted = async (label: string) =>
      Number(
        await page
          .locator('.counts__item', { has: page.getByText(label, { exact: true }) })
          .locator('dd')
          .textContent(),
      );
    expect(await counted('Oförändrade aktiviteter')).toBe(count);
    expect(await counted('Nya aktiviteter')).toBe(0);
    expect(await counted('Ändrade aktiviteter')).toBe(0);
    expect(await counted('Rader med fel')).toBe(0);
    await page
      .getByText('Filen ändrar ingenting i planen: alla rader är som i planen nu.')
      .waitFor();
    await screenshot(page, '05-import-preview');

    await page.getByRole('button', { name: 'Bekräfta och importera' }).click();
    await page
      .getByText(`Importen är klar: 0 nya, 0 ändrade och ${count} oförändrade aktiviteter.`)
      .waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Öppna planen' }).click();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
  });
});
