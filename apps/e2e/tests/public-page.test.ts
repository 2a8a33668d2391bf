import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { blocking, describeViolations, runAxe } from '../support/axe.js';
import { screenshot } from '../support/browser.js';
import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

/**
 * Trelleborg's public page (/k/1287): read on a phone by residents, without a login; and the
 * tenant admin's Publicering page that withdraws and republishes it.
 */
describe('the public page', () => {
  let product: Product;
  let browser: Browser;

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('reads well on a phone: no sideways scrolling, readable text, no script', async () => {
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'sv-SE',
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const response = await page.goto(`${product.url}/k/1287`);
    expect(response?.status()).toBe(200);
    expect(
      Number(response?.headers()['content-length'] ?? (await response?.body())?.length),
    ).toBeLessThan(40_000);
    await page.getByRole('heading', { level: 1, name: /Trelleborg/ }).waitFor();
    await screenshot(page, 'public-page-phone');
    // What a phone shows first, and an indicator's table (the widest part of the page).
    await screenshot(page, 'public-page-phone-top', { fullPage: false });
    await page.getByRole('table').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'public-page-phone-table', { fullPage: false });
    await page.evaluate(() => window.scrollTo(0, 0));

    const layout = await page.evaluate(() => {
      const root = document.documentElement;
      const tooWide = [...document.querySelectorAll('body *')]
        .filter((el) => !el.closest('.table-wrap'))
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .map((el) => el.outerHTML.slice(0, 120));
      const sizes = [...document.querySelectorAll('p, li, td, th, dd, dt, a')].map((el) =>
        parseFloat(getComputedStyle(el).fontSize),
      );
      return {
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
        tooWide,
        smallestFont: Math.min(...sizes),
        scripts: document.scripts.length,
        lang: root.lang,
      };
    });
    expect(layout.tooWide).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.smallestFont).toBeGreaterThanOrEqual(14);
    expect(layout.scripts).toBe(0);
    expect(layout.lang).toBe('sv');

    // The skip link is the first stop and leads to the content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await skip.press('Enter');
    expect(page.url()).toMatch(/#innehall$/);

    const violations = blocking(await runAxe(page));
    if (violations.length) throw new Error(describeViolations(violations));
    await context.close();
  });

  it('is withdrawn and republished by the tenant admin from Publicering', async () => {
    const page: Page = await browser.newPage({
      locale: 'sv-SE',
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${product.url}/login`);
    await page.getByLabel(/^E-post/).fill('kommunadmin@trelleborg.samla.test');
    await page.getByLabel(/^Lösenord/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.getByRole('link', { name: 'Publicering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Publicering' }).waitFor();
    await page.getByText('Sidan är publicerad.').waitFor();

    const form = page.getByRole('form', { name: 'Vad som publiceras' });
    await form.getByRole('radio', { name: 'Nej, sidan är inte publicerad' }).check();
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Publiceringen är sparad.').waitFor();
    await page.getByText(/Sidan är inte publicerad/).waitFor();
    const hidden = await page.request.get(`${product.url}/k/1287`);
    expect(hidden.status()).toBe(404);
    // Withdrawn, the admin can still preview the chosen plans.
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .getByRole('link', { name: 'Förhandsgranska sidan med de valda planerna (ny flik)' })
        .click(),
    ]);
    await preview.getByText('Förhandsgranskning.').waitFor();
    await preview.getByRole('heading', { level: 2, name: /Handlingsplan mot våld/ }).waitFor();
    await preview.close();

    await form.getByRole('radio', { name: 'Ja, visa sidan för alla' }).check();
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sidan är publicerad.').waitFor();
    const [publicPage] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Öppna den publika sidan (ny flik)' }).click(),
    ]);
    await publicPage.getByRole('heading', { level: 1, name: /Trelleborg/ }).waitFor();
    await expect(
      publicPage.getByRole('heading', { level: 2, name: /Handlingsplan mot våld/ }).count(),
    ).resolves.toBe(1);
    await screenshot(page, 'publication-admin');
  });
});
