import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { DEMO_PASSWORD, type Product } from '../support/product.js';
import { startProductAndBrowser } from '../support/start.js';

/**
 * Issue #5's walk through the decision trail and samverkan. Malung-Sälen's strategist opens
 * SN/2021:312 (SNAU 2021-09-22 § 158, anslag 2021-09-29: the appeal window ended
 * 2021-10-20, three weeks on), records Kommunstyrelsen's decision with the appeal window
 * shown live, and sees it on the timeline. Trelleborg's strategist then looks at the
 * samverkansgrupp: twelve members, twice a term, terms that fell short, the 2020-10-01
 * assessment, and records a new one.
 */
describe('a strategist follows the decision trail and a forum', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [product, browser] = await startProductAndBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  async function logIn(email: string) {
    page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    await page.goto(product.url);
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  }

  const timeline = () => page.getByRole('list', { name: 'Ärendets tidslinje' });

  it('opens SN/2021:312 and sees its timeline and the appeal window of SNAU § 158', async () => {
    await logIn('strateg@malung-salen.samla.test');
    await page.getByRole('heading', { name: 'Att göra' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Beslut och ärenden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslut och ärenden' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'SN/2021:312' });
    await row.getByRole('link', { name: 'Strategi mot våld i nära relationer' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Strategi mot våld i nära relationer' })
      .waitFor();
    await timeline()
      .getByText(/SNAU § 158/)
      .waitFor();
    const snau = page.getByRole('article').filter({ hasText: '§ 158' });
    await snau.getByText('Tiden för laglighetsprövning gick ut 2021-10-20.').waitFor();
    await expect(snau.textContent()).resolves.toContain('2021-09-29 – 2021-10-21');
  });

  it('records Kommunstyrelsen’s decision with the appeal window worked out as it is typed', async () => {
    const form = page.getByRole('form', { name: 'Registrera beslut' });
    const body = form.getByLabel(/^Beslutande organ/);
    const ks = await body.locator('option', { hasText: '(KS)' }).first().getAttribute('value');
    await body.selectOption(ks ?? '');
    await form.getByLabel(/^Sammanträdesdatum/).fill('2021-11-10');
    await form.getByLabel(/^Paragraf/).fill('201');
    await form
      .getByLabel(/^Beslutspunkter/)
      .fill(
        'att ge socialnämnden i uppdrag att samordna arbetet med en strategi mot våld i nära relationer\natt Barn- och utbildningsnämnden och Kultur- och fritidsnämnden ska ingå i arbetet',
      );
    await form.getByLabel('Justerat').fill('2021-11-15');

    const preview = form.getByTestId('appeal-preview');
    // The seed's anslag first: three weeks from Wednesday 2021-09-29 is Wednesday 2021-10-20.
    await form.getByLabel('Anslaget uppsatt').fill('2021-09-29');
    await preview.getByText('till och med 2021-10-20', { exact: false }).waitFor();
    // The real one, after justering: 2021-11-16 + 21 days = Tuesday 2021-12-07.
    await form.getByLabel('Anslaget uppsatt').fill('2021-11-16');
    await preview
      .getByText('Anslaget 2021-11-16: laglighetsprövning kan begäras till och med 2021-12-07.')
      .waitFor();
    await screenshot(page, 'governance-01-decision-form');

    await form.getByRole('button', { name: 'Spara beslutet' }).click();
    await page.getByText('Beslutet har sparats.').waitFor();
  });

  it('sees the new decision on the timeline, after SNAU § 158, with its appeal window', async () => {
    const entry = timeline().getByRole('listitem').filter({ hasText: 'KS § 201' });
    await entry.waitFor();
    await expect(entry.locator('time').getAttribute('datetime')).resolves.toBe('2021-11-10');
    const dates = await timeline()
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates.indexOf('2021-11-10')).toBeGreaterThan(dates.indexOf('2021-09-22'));

    const ks = page.getByRole('article').filter({ hasText: '§ 201' });
    await ks.getByText('Tiden för laglighetsprövning gick ut 2021-12-07.').waitFor();
    await screenshot(page, 'governance-02-case-timeline');
    await page.close();
  });

  it('sees Trelleborg’s samverkansgrupp: members, terms that fell short, its assessment', async () => {
    await logIn('strateg@trelleborg.samla.test');
    // The report-back due at KS's June 2021 meeting is on the start page, overdue.
    const overview = page.getByRole('region', { name: 'Att göra' });
    await overview
      .getByText('Samordna utifrån socialnämndens beslut', { exact: false })
      .first()
      .waitFor();
    await screenshot(page, 'governance-03-start-page');

    await page.getByRole('navigation').getByRole('link', { name: 'Samverkan' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Samverkansgruppen mot våld' });
    await row.getByText(/perioder med för få möten/).waitFor();
    await row.getByRole('link').click();

    await page
      .getByRole('heading', { level: 1, name: 'Samverkansgruppen mot våld i nära relationer' })
      .waitFor();
    await page.getByRole('heading', { name: 'Medlemmar (12)' }).waitFor();
    const cadence = page.getByRole('table', { name: 'Hållna möten mot utlovade per period' });
    const autumn2020 = cadence.getByRole('row').filter({ hasText: 'höstterminen 2020' });
    await expect(autumn2020.textContent()).resolves.toMatch(/12■För få möten/);
    await page.getByText(/perioder hade för få möten: .*höstterminen 2020/).waitFor();

    const history = page.getByRole('table', { name: /Bedömningar av hur samverkan fungerar/ });
    await history
      .getByRole('row')
      .filter({ hasText: '2020-10-01' })
      .getByText('4 – Fungerar väl')
      .waitFor();
  });

  it('records a new assessment and sees it first in the history', async () => {
    const form = page.getByRole('form', { name: 'Bedöm samverkan' });
    await form.getByLabel(/^Datum/).fill('2021-03-10');
    await form.getByLabel('3 – Fungerar i huvudsak').check();
    await form.getByLabel(/^Kommentar/).fill('Polisen saknades vid vårens första möte.');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Bedömningen har sparats.').waitFor();

    const history = page.getByRole('table', { name: /Bedömningar av hur samverkan fungerar/ });
    const first = history.getByRole('row').nth(1);
    await first.getByText('3 – Fungerar i huvudsak').waitFor();
    await expect(first.textContent()).resolves.toContain('2021-03-10');
    await screenshot(page, 'governance-04-forum');
  });

  it('sees the Trelleborg partners and the cases list', async () => {
    await page
      .getByRole('navigation', { name: 'Samverkan' })
      .getByRole('link', { name: 'Samverkansparter' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Samverkansparter' }).waitFor();
    const shelter = page.getByRole('row').filter({ hasText: 'Kvinnojouren Söderslätt' });
    await shelter.getByText('Kvinnojour eller tjejjour').waitFor();
    await screenshot(page, 'governance-05-partners');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Beslut och ärenden' })
      .click();
    const initiative = page
      .getByRole('row')
      .filter({ hasText: 'Stärkt arbete mot mäns våld mot kvinnor' });
    // The report-back due at the June 2021 meeting is overdue: the row says so.
    await initiative.getByText('1 försenat').waitFor();
    await screenshot(page, 'governance-06-cases');
    await page.close();
  });

  it('follows up Alingsås’s lapsed agreement with the police: it counts as current again', async () => {
    await logIn('strateg@alingsas.samla.test');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Samverkan' })
      .click();
    await page
      .getByRole('navigation', { name: 'Samverkan' })
      .getByRole('link', { name: 'Överenskommelser' })
      .click();
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Samverkansöverenskommelse om brottsförebyggande' });
    // Followed up 2022-03-15: current through 2024-03-15 by the 24-month rule, lapsed since.
    await row.getByText('Inte aktuell').waitFor();
    await expect(row.textContent()).resolves.toContain('2024-03-15');
    await screenshot(page, 'governance-07-agreements');

    await row.getByRole('button', { name: /Registrera uppföljning/ }).click();
    const form = page.getByRole('form', { name: /Uppföljning av/ });
    await form.getByLabel(/^Uppföljd/).fill('2026-11-02');
    await form.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page
      .getByText(
        'Uppföljningen 2026-11-02 har sparats. Överenskommelsen är aktuell till 2028-11-02.',
      )
      .waitFor();
    await row.getByText('Inte aktuell').waitFor({ state: 'detached' });
    await expect(row.textContent()).resolves.toMatch(/Aktuell.*2028-11-02/);

    // English second: the same page, the state in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    await row.getByText('Current').waitFor();
    await screenshot(page, 'governance-08-agreements-en');
  });
});
