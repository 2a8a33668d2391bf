import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newForum, newPartner, POLICE, T, UNITS } from '../../test/collaboration-fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { newUser, trelleborgUnits } from '../../test/fixtures';
import { newActivity, newPlan, planPath, PLANS, summaryOf } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';
import { withTableLayout } from '../../test/virtual-layout';
import { i18n } from './i18n';

withTableLayout();

/** Each area's strings come with the area's chunk (namespaces.ts), not with the shell. */
describe("an area's strings", () => {
  it('are not in the shell: they arrive with the area, in Swedish, and follow a switch to English', async () => {
    // Nothing in this file has imported the plans area yet: its strings are not loaded.
    expect(i18n.hasResourceBundle('sv', 'plans')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'plans')).toBe(false);

    const units = trelleborgUnits();
    const plan = newPlan({ title: 'Handlingsplan 2022–2026', ownerUnitId: units.sn.id });
    plan.activities = [newActivity(plan.id, { title: 'Stödsamtal' })];
    plan.activityCount = 1;
    stubFetch({
      'GET /api/v1/auth/me': () => json(200, newUser()),
      [`GET ${planPath(plan.id)}`]: () => json(200, plan),
      [`GET ${PLANS}`]: () => json(200, [summaryOf(plan)]),
      'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
    });
    const { user } = renderApp(`/t/1287/plans/${plan.id}`);

    expect(await screen.findByRole('heading', { level: 2, name: 'Aktiviteter' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Sök' })).toBeInTheDocument();
    // The report form is in the plan page's chunk too, with its own namespace.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Återrapportering' }),
    ).toBeVisible();
    expect(i18n.hasResourceBundle('sv', 'plans')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Activities' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Progress report' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Aktiviteter' })).not.toBeInTheDocument();
  });

  it('of an area opened in English are English at once, and Swedish after a switch back', async () => {
    window.localStorage.setItem('samla.language', 'en');
    await i18n.changeLanguage('en');
    stubFetch({
      'GET /api/v1/auth/me': () => json(200, newUser()),
      [`GET ${T}/org-units`]: () => json(200, UNITS.all),
      [`GET ${T}/partners`]: () => json(200, [newPartner(), POLICE]),
      [`GET ${T}/forums`]: () => json(200, [newForum()]),
    });
    const { user } = renderApp('/t/1287/collaboration/partners');

    expect(await screen.findByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Svenska' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Samverkansparter' })).toBeVisible();
  });
});

/** Where each area's catalogue module is, by namespace (src/i18n/<namespace>.ts). */
const SRC = join(import.meta.dirname, '..');
const LAZY_NAMESPACES = readdirSync(import.meta.dirname)
  .filter((f) => /^[a-z]+\.sv\.ts$/.test(f) && f !== 'sv.ts')
  .map((f) => f.replace('.sv.ts', ''));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the catalogue modules', () => {
  it('are imported by every module that shows their strings, so none can show a bare key', () => {
    expect(LAZY_NAMESPACES).toEqual(expect.arrayContaining(['plans', 'organisation', 'reports']));
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const code = readFileSync(file, 'utf8');
      for (const namespace of LAZY_NAMESPACES) {
        const uses = new RegExp(`useTranslation\\(\\s*\\[?\\s*'${namespace}'`).test(code);
        const imports = new RegExp(`import '(\\.\\./)*(\\./)?i18n/${namespace}';`).test(code);
        if (uses && !imports) missing.push(`${relative(SRC, file)} → i18n/${namespace}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are not part of the shell: i18n.ts loads only the shell catalogue', () => {
    const shell = readFileSync(join(import.meta.dirname, 'i18n.ts'), 'utf8');
    for (const namespace of LAZY_NAMESPACES)
      expect(shell).not.toMatch(new RegExp(`from '\\./${namespace}(\\.(sv|en))?'`));
  });
});
