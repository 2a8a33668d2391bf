import type { PlanComparison } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser, trelleborgUnits } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { newMethod, newPlan, planPath, PLANS, summaryOf } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';

const units = trelleborgUnits();
const atv = newMethod({ name: 'ATV – Alternativ till våld' });
const first = newPlan({ title: 'Handlingsplan 2021–2024', status: 'replaced', revision: 1 });
const second = newPlan({
  title: 'Handlingsplan 2021–2026',
  status: 'draft',
  revision: 2,
  revisionOfId: first.id,
});
const other = newPlan({ title: 'Strategi mot hedersrelaterat våld' });

const item = (lineageId: string, title: string, fields: Record<string, unknown> = {}) => ({
  lineageId,
  title,
  fields,
});

const comparison: PlanComparison = {
  from: summaryOf(first),
  to: summaryOf(second),
  plan: [
    { field: 'title', before: 'Handlingsplan 2021–2024', after: 'Handlingsplan 2021–2026' },
    { field: 'periodTo', before: 2024, after: 2026 },
    { field: 'ownerUnitId', before: units.sn.id, after: units.ks.id },
  ],
  goals: {
    added: [item('g3', 'Samverkan med civilsamhället')],
    removed: [],
    changed: [
      {
        before: item('g1', 'Stöd till våldsutsatta'),
        after: item('g1', 'Stöd och skydd till våldsutsatta'),
        changes: [
          {
            field: 'title',
            before: 'Stöd till våldsutsatta',
            after: 'Stöd och skydd till våldsutsatta',
          },
        ],
      },
    ],
    unchanged: 4,
  },
  activities: {
    added: [],
    removed: [item('a9', 'Föreläsning för politiker')],
    changed: [
      {
        before: item('a1', 'Samtal för våldsutövare'),
        after: item('a1', 'Samtal för våldsutövare'),
        changes: [
          { field: 'level', before: 'individual', after: 'society' },
          { field: 'budgetSek', before: 100000, after: 150000 },
          { field: 'targetGroups', before: ['perpetrators'], after: ['perpetrators', 'relatives'] },
          { field: 'responsibleUnitId', before: null, after: units.fvg.id },
          { field: 'methodId', before: null, after: atv.id },
          { field: 'endDate', before: '2024-12-31', after: '2026-06-30' },
          {
            field: 'goal',
            before: 'Stöd till våldsutsatta',
            after: 'Stöd och skydd till våldsutsatta',
          },
        ],
      },
    ],
    unchanged: 11,
  },
};

function openCompare(path: string) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, newUser()),
    [`GET ${PLANS}`]: () => json(200, [first, second, other].map(summaryOf)),
    [`GET ${planPath(first.id)}/compare`]: () => json(200, comparison),
    'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
    'GET /api/v1/toolkit/methods': () => json(200, [atv]),
  });
  return { api, ...renderApp(path) };
}

describe('compare revisions', () => {
  it('offers the other revisions of the same plan, and compares older → newer', async () => {
    const { api } = openCompare(`/t/1287/plans/${second.id}/compare?with=${first.id}`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Jämför revisioner: Handlingsplan 2021–2026',
      }),
    ).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Jämför revision 2 med' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Välj revision', 'Revision 1: Handlingsplan 2021–2024 (Ersatt)']);
    expect(select).toHaveValue(first.id);
    expect(
      await screen.findByText('Ändringar från revision 1 till revision 2.'),
    ).toBeInTheDocument();
    const [request] = api.to('GET', `${planPath(first.id)}/compare`);
    expect(new URL(request!.url).searchParams.get('with')).toBe(second.id);
  });

  it('shows every change before → after, in words: labels, names, kronor and dates', async () => {
    openCompare(`/t/1287/plans/${second.id}/compare?with=${first.id}`);
    const planTable = await screen.findByRole('table', { name: 'Planens uppgifter' });
    const planRow = (name: string) =>
      within(planTable).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(planRow('Period till')).toHaveTextContent('Period till20242026');
    expect(await within(planRow('Ägande enhet')).findByText('Socialnämnden')).toBeInTheDocument();
    expect(planRow('Ägande enhet')).toHaveTextContent('Ägande enhetSocialnämndenKommunstyrelsen');

    const goals = screen.getByRole('region', { name: 'Mål' });
    expect(
      within(goals).getByText('1 tillagda, 0 borttagna, 1 ändrade och 4 oförändrade.'),
    ).toBeInTheDocument();
    expect(within(goals).getByText('Samverkan med civilsamhället')).toBeInTheDocument();

    const activities = screen.getByRole('region', { name: 'Aktiviteter' });
    expect(within(activities).getByText('Föreläsning för politiker')).toBeInTheDocument();
    const changes = within(activities).getByRole('table', {
      name: 'Ändringar i Samtal för våldsutövare',
    });
    const row = (name: string) =>
      within(changes).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Nivå')).toHaveTextContent('NivåIndividSamhälle');
    expect(row('Budget')).toHaveTextContent(/Budget \(kr\)100\s000\skr150\s000\skr/);
    expect(row('Målgrupper')).toHaveTextContent('MålgrupperVåldsutövareVåldsutövare, Närstående');
    expect(row('Ansvarig enhet')).toHaveTextContent('Ansvarig enhet–Familjevårdsgruppen');
    expect(await within(row('Metod')).findByText('ATV – Alternativ till våld')).toBeInTheDocument();
    expect(row('Slutdatum')).toHaveTextContent('Slutdatum2024-12-312026-06-30');
    expect(row('Mål ')).toHaveTextContent(
      'MålStöd till våldsutsattaStöd och skydd till våldsutsatta',
    );
    expect(
      within(changes)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Uppgift', 'Före', 'Efter']);
  });

  it('lets the user pick a revision when none is chosen', async () => {
    const { user } = openCompare(`/t/1287/plans/${first.id}/compare`);
    const select = await screen.findByRole('combobox', { name: 'Jämför revision 1 med' });
    expect(select).toHaveValue('');
    await user.selectOptions(select, 'Revision 2: Handlingsplan 2021–2026 (Utkast)');
    expect(window.location.search).toBe(`?with=${second.id}`);
    expect(
      await screen.findByText('Ändringar från revision 1 till revision 2.'),
    ).toBeInTheDocument();
  });
});
