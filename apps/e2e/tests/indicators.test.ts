import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

/**
 * Issue #4's walk through the indicators: the Trelleborg strategist opens the demo's monthly
 * support talks (2019–2020), sets a baseline and a target, enters January 2021 in the grid,
 * and sees the chart's table and the progress status follow.
 *
 * Baseline January 2020 (14 talks, measured), target 30 a month in 2022. The latest figure,
 * December 2020 (11), is below the baseline: deterioration. With 20 in January 2021 the talks
 * grew 43 % in a year against the 30 % a year needed: substantial progress (ratio ≈ 1.44).
 */
describe('a strategist follows up an indicator', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
    page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const status = () =>
    page.locator('section', { has: page.getByRole('heading', { name: 'Hur går det mot målet?' }) });

  it('logs in and lists Trelleborg’s indicators', async () => {
    await page.goto(product.url);
    await page.getByLabel('E-post').fill('strateg@trelleborg.samla.test');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Indikatorer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indikatorer' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Samtal med våldsutsatta' });
    await row.getByText('december 2020').waitFor();
    await expect(row.textContent()).resolves.toContain('Kan inte bedömas');
    await screenshot(page, 'indicators-01-list');
  });

  it('opens the support talks with their chart and table', async () => {
    await page.getByRole('link', { name: 'Samtal med våldsutsatta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samtal med våldsutsatta' }).waitFor();
    await page.getByRole('img', { name: 'Diagram över utvecklingen' }).waitFor();
    const table = page.getByRole('table', { name: 'Samtal med våldsutsatta, månad för månad' });
    await expect(table.getByRole('row').count()).resolves.toBe(1 + 24);

    // Trelleborg's question: have more turned to the kommun this year than last?
    await page.getByLabel('Året mot året före').check();
    await page
      .getByText('januari–december 2020: 123, mot 112 samma månader året före (+11).')
      .waitFor();
    await screenshot(page, 'indicators-02-year-against-year');
    await page.getByLabel('Hela perioden').check();
  });

  it('sets a baseline and a target: the status is deterioration', async () => {
    const form = page.getByRole('form', { name: 'Basår och mål' });
    await form.getByLabel(/^Basperiod/).fill('2020-01');
    await form.getByLabel(/^Målvärde/).fill('30');
    await form.getByLabel(/^Målår/).fill('2022');
    await form.getByRole('button', { name: 'Spara basår och mål' }).click();
    await page.getByText('Basår och mål har sparats.').waitFor();
    await status().locator('.badge', { hasText: 'Försämring' }).waitFor();
    await status().getByText('11 (december 2020)').waitFor();
  });

  it('enters January 2021 in the grid and sees the table, chart and status follow', async () => {
    const grid = page.getByRole('form', { name: 'Mata in utfall' });
    await grid.getByLabel('År', { exact: true }).selectOption('2021');
    await grid.getByLabel('Värde, januari 2021').fill('20');
    await grid.getByLabel('Uppgift, februari 2021').selectOption({ label: 'Saknas' });
    await grid.getByLabel('Anteckning, februari 2021').fill('Rapporten är försenad');
    await grid.getByRole('button', { name: 'Spara 2 ändringar' }).click();
    await page.getByText('Utfallen har sparats: 2 nya, 0 ändrade, 0 oförändrade.').waitFor();

    const table = page.getByRole('table', { name: 'Samtal med våldsutsatta, månad för månad' });
    const january = table.getByRole('row').filter({ hasText: 'januari 2021' });
    await expect(january.getByRole('cell').textContent()).resolves.toBe('20');
    const february = table.getByRole('row').filter({ hasText: 'februari 2021' });
    await expect(february.getByRole('cell').textContent()).resolves.toContain('Saknas');

    await status().locator('.badge', { hasText: 'God utveckling' }).waitFor();
    await status()
      .getByText(/Kvoten 1,44 ger statusen God utveckling/)
      .waitFor();
    await screenshot(page, 'indicators-03-after-entry');
  });

  it('shows the new status in the list', async () => {
    await page.getByRole('link', { name: '← Alla indikatorer' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Samtal med våldsutsatta' });
    await row.getByText('God utveckling').waitFor();
    await row.getByText('januari 2021').waitFor();
  });
});
