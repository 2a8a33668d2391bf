import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

const require = createRequire(import.meta.url);

/** A reader (a politician, say) may make the report too: it shows only what they can read. */
const READER = 'lasare@alingsas.samla.test';
const PLAN_TITLE =
  'Kommunövergripande handlingsplan för förebyggande arbete mot mäns våld mot kvinnor 2027–2030';

/**
 * Återrapportering from the plan page in Alingsås: choose the period and PDF, generate,
 * follow the progress bar, download the file the browser is given, and read it back.
 */
describe('a reader generates and downloads a återrapportering report', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'samla-e2e-reports-'));

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
    page = await browser.newPage({
      locale: 'sv-SE',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('generates the PDF from the plan page and downloads it', async () => {
    await page.goto(`${product.url}/login`);
    await page.getByLabel(/^E-post/).fill(READER);
    await page.getByLabel(/^Lösenord/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Handlingsplaner' })
      .click();
    await page.getByRole('link', { name: PLAN_TITLE }).first().click();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();

    const section = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Återrapportering' }),
    });
    await section.getByLabel('Periodens början').fill('2027-01-01');
    await section.getByLabel('Periodens slut').fill('2027-12-31');
    await section.getByRole('radio', { name: 'PDF' }).check();
    await section.getByRole('button', { name: 'Ta fram rapporten' }).click();
    await section.getByRole('progressbar', { name: 'Hur långt rapporten har kommit' }).waitFor();
    const link = section.getByRole('link', { name: /^Ladda ner Återrapportering – / });
    await link.waitFor({ timeout: 30_000 });
    await expect(section.getByRole('status').textContent()).resolves.toBe('Rapporten är klar.');
    await screenshot(page, 'reports-plan-page');

    // The section, with its progress bar and download link, passes axe-core (WCAG 2.1 AA).
    // Evaluated through the DevTools protocol: the admin's CSP (script-src 'self') stays on.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const audit = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (...args: unknown[]) => Promise<{
              violations: Array<{ id: string; impact: string | null }>;
              passes: unknown[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document.querySelector('.report-section'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return {
        passes: result.passes.length,
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact })),
      };
    });
    expect(audit.passes).toBeGreaterThan(5);
    expect(
      audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(
      `Återrapportering – ${PLAN_TITLE} 2027-01-01–2027-12-31.pdf`,
    );
    const file = join(downloads, 'report.pdf');
    await download.saveAs(file);
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
    try {
      const text = (await parser.getText()).text.replace(/\s+/g, ' ');
      expect(text).toContain('Återrapportering');
      expect(text).toContain('2027-01-01 – 2027-12-31');
      expect(text).toContain('Mål och aktiviteter');
      expect(text).toContain('Medarbetare på alla nivåer har kunskap om våld');
    } finally {
      await parser.destroy();
    }
  }, 120_000);
});
