import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

/**
 * Setting up a samverkansforum from nothing, with the forms the governance walk does not use:
 * Trelleborg's strategist creates a network that promises two meetings a term (and is told
 * first which field is missing), adds the family unit as its convener, registers a meeting
 * that the unit attended, and sees the term's count move from 0 to 1 of 2.
 */
describe('a strategist sets up a new samverkansforum', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;
  const NAME = 'Nätverket för våldsförebyggande arbete i skolan';

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
    page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    await page.goto(product.url);
    await page.getByLabel('E-post').fill('strateg@trelleborg.samla.test');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const forumForm = () => page.getByRole('form', { name: 'Nytt samverkansforum' });

  it('is told which field is missing before anything is created', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Samverkan' })
      .click();
    await forumForm().getByRole('button', { name: 'Skapa forum' }).click();
    await forumForm().getByText('Namn måste anges.').waitFor();
    await expect(page.getByRole('row').filter({ hasText: NAME }).count()).resolves.toBe(0);
  });

  it('creates the forum with its cadence and lands on its page', async () => {
    const form = forumForm();
    await form.getByLabel(/^Namn/).fill(NAME);
    await form.getByLabel(/^Typ/).selectOption({ label: 'Nätverk' });
    await form.getByLabel(/^Syfte/).fill('Samordna skolornas arbete mot våld i ungas relationer.');
    await form.getByLabel(/^Antal möten/).fill('2');
    await form.getByLabel(/^Gäller från/).fill('2026-01-15');
    await form.getByRole('button', { name: 'Skapa forum' }).click();

    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.getByText('2 gånger per termin').first().waitFor();
    await page.getByText('Forumet har inga medlemmar ännu.').waitFor();
    await page.getByText('Inga möten är registrerade.').waitFor();
  });

  it('adds the family unit as the forum’s convener', async () => {
    const form = page.getByRole('form', { name: 'Lägg till medlem' });
    await form.getByLabel('En av kommunens enheter').check();
    const unit = form.getByLabel(/^Enhet/);
    const family = await unit
      .locator('option', { hasText: 'Familjevårdsgruppen' })
      .first()
      .getAttribute('value');
    await unit.selectOption(family ?? '');
    await form.getByLabel(/^Roll/).selectOption({ label: 'Sammankallande' });
    await form.getByRole('button', { name: 'Lägg till medlem' }).click();

    await page.getByText('Familjevårdsgruppen är nu medlem.').waitFor();
    await page.getByRole('heading', { name: 'Medlemmar (1)' }).waitFor();
    const members = page.getByRole('table', { name: 'Forumets medlemmar och deras roller' });
    await members.getByRole('row').filter({ hasText: 'Familjevårdsgruppen' }).waitFor();
    await expect(members.textContent()).resolves.toContain('Sammankallande');
  });

  it('registers a meeting the unit attended, and the term counts it', async () => {
    const cadence = page.getByRole('table', { name: 'Hållna möten mot utlovade per period' });
    const spring = cadence.getByRole('row').filter({ hasText: 'vårterminen 2026' });
    // The period is the row's header; its cells are held, promised and the state.
    const held = spring.getByRole('cell').nth(0);
    await expect(held.textContent()).resolves.toBe('0');
    await expect(spring.getByRole('cell').nth(1).textContent()).resolves.toBe('2');

    const form = page.getByRole('form', { name: 'Registrera möte' });
    await form.getByLabel(/^Datum/).fill('2026-02-10');
    await form.getByLabel(/^Dagordning/).fill('Läget i skolorna; höstens utbildningsdag.');
    await form.getByLabel('Familjevårdsgruppen').check();
    await form.getByRole('button', { name: 'Spara mötet' }).click();

    await page.getByText('Mötet 2026-02-10 har registrerats.').waitFor();
    // One of the two meetings the forum promises a term (the table follows the save).
    await held.getByText('1', { exact: true }).waitFor();
    await expect(spring.getByRole('cell').nth(1).textContent()).resolves.toBe('2');
    // The spring term is over with one of two: it stays short whenever this runs.
    await spring.getByText('För få möten').waitFor();
    await page.getByText('Närvaro: 1 av 1').waitFor();
    await screenshot(page, 'collaboration-01-new-forum');
  });
});
