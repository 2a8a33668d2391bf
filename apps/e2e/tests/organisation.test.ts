import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

/**
 * Issue #2's walk through the product: the Trelleborg strategist logs in on the Swedish
 * login page, switches to English, creates an org unit and sees it in the tree.
 */
describe('a strategist sets up the organisation', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
    page = await browser.newPage({ locale: 'sv-SE' });
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('shows the Swedish login page at the root', async () => {
    await page.goto(product.url);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await screenshot(page, '01-login');
  });

  it('refuses a wrong password with a Swedish message', async () => {
    await page.getByLabel('E-post').fill('strateg@trelleborg.samla.test');
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel e-postadress eller lösenord.').waitFor();
  });

  it('logs the Trelleborg strategist in to Trelleborg', async () => {
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    expect(page.url()).toContain('/t/1287');
    await page
      .getByText(/Trelleborg/)
      .first()
      .waitFor();
  });

  it('switches the whole interface to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.getByRole('link', { name: 'Action plans' }).count()).resolves.toBeGreaterThan(
      0,
    );
  });

  it('creates an org unit under Socialförvaltningen and sees it in the tree', async () => {
    await page.getByRole('link', { name: 'Organisation' }).first().click();
    const tree = page.getByRole('list').filter({ hasText: 'Kommunfullmäktige' }).first();
    await tree.getByText('Familjevårdsgruppen').waitFor();

    // Required fields are labelled "Name (required)".
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Create unit' }) });
    await form.getByLabel(/^Name/).fill('Våldsförebyggande enheten');
    await form.getByLabel(/^Short name/).fill('VFE');
    await form.getByLabel(/^Kind/).selectOption({ label: 'Unit' });
    await form.getByLabel(/^Parent unit/).selectOption({ label: 'Socialförvaltningen' });
    await page.getByRole('button', { name: 'Create unit' }).click();
    await page.getByText('Våldsförebyggande enheten has been created.').waitFor();

    // In the tree, nested under its parent.
    const parent = page
      .locator('li', { has: page.getByText('Socialförvaltningen', { exact: true }) })
      .last();
    await parent.getByText('Våldsförebyggande enheten').waitFor();
    await screenshot(page, '02-organisation-en');
  });

  it('keeps the unit and the language after a reload', async () => {
    await page.reload();
    await page.locator('.org-node__name', { hasText: 'Våldsförebyggande enheten' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
