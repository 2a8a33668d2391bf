import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser, trelleborgUnits, userWithRole } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { newPlan, PLANS, summaryOf } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';

const units = trelleborgUnits();

function openPlanList(user = newUser()) {
  const original = newPlan({
    title: 'Handlingsplan mot våld i nära relationer',
    status: 'replaced',
    periodFrom: 2021,
    periodTo: 2024,
    ownerUnitId: units.sn.id,
    progress: 100,
    activityCount: 12,
  });
  const revision = newPlan({
    title: 'Handlingsplan mot våld i nära relationer',
    status: 'in_force',
    revisionOfId: original.id,
    revision: 2,
    periodFrom: 2025,
    periodTo: 2028,
    ownerUnitId: units.sn.id,
    progress: 42,
    activityCount: 1000,
  });
  const strategy = newPlan({
    title: 'Strategi mot hedersrelaterat våld',
    kind: 'strategy',
    status: 'draft',
    periodFrom: 2024,
    periodTo: 2026,
    progress: null,
  });
  stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${PLANS}`]: () => json(200, [original, strategy, revision].map(summaryOf)),
    'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
  });
  return renderApp('/t/1287/plans');
}

describe('plan list', () => {
  it('lists every plan with its revisions: kind, status, period, owner, progress, count', async () => {
    openPlanList();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Handlingsplaner' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Handlingsplaner och revisioner' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Titel',
      'Typ',
      'Status',
      'Period',
      'Ägande enhet',
      'Genomfört',
      'Aktiviteter',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    // The newest revision first, the one it replaced under it, then the other plan.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Handlingsplan mot våld i nära relationerRevision 2, senaste',
      'Handlingsplan mot våld i nära relationerRevision 1',
      'Strategi mot hedersrelaterat våld',
    ]);
    const [latest, replaced, strategy] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(latest).toHaveTextContent('Handlingsplan');
    expect(latest).toHaveTextContent('Gällande');
    expect(latest).toHaveTextContent('2025–2028');
    // Unit names come with the org units, which may arrive after the plans.
    expect(await within(latest).findByText('Socialnämnden')).toBeInTheDocument();
    expect(latest).toHaveTextContent(/42\s%/);
    expect(latest).toHaveTextContent(/1\s000$/);
    expect(replaced).toHaveTextContent('Ersatt');
    expect(strategy).toHaveTextContent('Strategi');
    expect(strategy).toHaveTextContent('Utkast');
    // No progress yet is said in words, not shown as 0 %.
    expect(within(strategy).getByText('Ingen beräknad')).toBeInTheDocument();
    expect(within(latest).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/t\/1287\/plans\/a1a1a1a1-/),
    );
  });

  it('offers "Ny plan", the programme and the toolkit to a strategist', async () => {
    const { user } = openPlanList();
    const subNav = await screen.findByRole('navigation', { name: 'Handlingsplaner' });
    expect(within(subNav).getByRole('link', { name: 'Planer' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(subNav).getByRole('link', { name: 'Programmet' })).toBeInTheDocument();
    expect(within(subNav).getByRole('link', { name: 'Verktygslådan' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Ny plan' }));
    expect(window.location.pathname).toBe('/t/1287/plans/new');
  });

  it('shows readers the plans without "Ny plan"', async () => {
    openPlanList(userWithRole('reader'));
    await screen.findByRole('table', { name: 'Handlingsplaner och revisioner' });
    expect(screen.queryByRole('link', { name: 'Ny plan' })).not.toBeInTheDocument();
    expect(screen.getByText('Du kan läsa planerna men inte ändra dem.')).toBeInTheDocument();
  });

  it('follows the language switch, with the domain’s English labels and formats', async () => {
    const { user } = openPlanList();
    await screen.findByRole('table', { name: 'Handlingsplaner och revisioner' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    const table = await screen.findByRole('table', { name: 'Action plans and revisions' });
    const [latest] = within(table).getAllByRole('row').slice(1) as [HTMLElement];
    expect(latest).toHaveTextContent('Action plan');
    expect(latest).toHaveTextContent('In force');
    expect(latest).toHaveTextContent('42%');
    expect(latest).toHaveTextContent(/1,000$/);
    expect(within(table).getByText('None computed')).toBeInTheDocument();
  });
});
