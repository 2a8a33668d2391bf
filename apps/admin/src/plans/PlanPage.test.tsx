import type { ActionPlanDetail } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser, trelleborgUnits } from '../../test/fixtures';
import { apiError, type Handler, json, stubFetch } from '../../test/fetch-stub';
import {
  newActivity,
  newGoal,
  newMethod,
  newPlan,
  planPath,
  PLANS,
  summaryOf,
} from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';
import { withTableLayout } from '../../test/virtual-layout';

withTableLayout();

const units = trelleborgUnits();
const atv = newMethod({ name: 'ATV – Alternativ till våld' });

function planWithContent(overrides: Partial<ActionPlanDetail> = {}) {
  const plan = newPlan({
    title: 'Handlingsplan 2022–2026',
    status: 'draft',
    ownerUnitId: units.sn.id,
    version: 7,
    progress: 55,
    ...overrides,
  });
  const support = newGoal(plan.id, { title: 'Stöd och skydd', position: 0, progress: 70 });
  const housing = newGoal(plan.id, {
    title: 'Boende',
    parentId: support.id,
    position: 0,
    progress: 40,
  });
  const prevent = newGoal(plan.id, { title: 'Förebygga', position: 1, progress: 30 });
  plan.goals = [support, housing, prevent];
  plan.activities = [
    newActivity(plan.id, { title: 'Skyddat boende', goalId: housing.id, progress: 40, weight: 2 }),
    newActivity(plan.id, { title: 'Stödsamtal', goalId: support.id, status: 'done', progress: 80 }),
    newActivity(plan.id, { title: 'Utbildning', goalId: prevent.id, progress: 30, weight: 1 }),
    newActivity(plan.id, {
      title: 'Kampanj',
      goalId: prevent.id,
      status: 'cancelled',
      progress: 5,
    }),
  ];
  plan.activityCount = 4;
  return { plan, support, housing, prevent };
}

function openPlan(plan: ActionPlanDetail, routes: Record<string, Handler> = {}, user = newUser()) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${planPath(plan.id)}`]: () => json(200, plan),
    [`GET ${PLANS}`]: () => json(200, [summaryOf(plan)]),
    'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
    'GET /api/v1/toolkit/methods': () => json(200, [atv]),
    ...routes,
  });
  return { api, ...renderApp(`/t/1287/plans/${plan.id}`) };
}

describe('plan page', () => {
  it('shows status, period, owner and the adoption decision', async () => {
    const { plan } = planWithContent({
      status: 'adopted',
      adoption: { decidedBy: 'Kommunfullmäktige', decidedOn: '2022-03-14', paragraph: '45' },
    });
    openPlan(plan);
    await screen.findByRole('heading', { level: 1, name: 'Handlingsplan 2022–2026' });
    const fact = (label: string) =>
      screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('Status')).toBe('Antagen');
    expect(fact('Period')).toBe('2022–2026');
    expect(fact('Beslut')).toBe('Kommunfullmäktige, 14 mars 2022, § 45');
    expect(await screen.findByText('Socialnämnden', { selector: 'dd' })).toBeInTheDocument();
    const tools = screen.getByRole('navigation', { name: 'Planens verktyg' });
    expect(
      within(tools).getByRole('link', { name: 'Exportera aktiviteter (Excel, .xlsx)' }),
    ).toHaveAttribute('href', `${planPath(plan.id)}/export?format=xlsx`);
    expect(
      within(tools).getByRole('link', { name: 'Exportera aktiviteter (CSV)' }),
    ).toHaveAttribute('href', `${planPath(plan.id)}/export?format=csv`);
  });

  it('explains the roll-up with the plan’s own numbers', async () => {
    const { plan } = planWithContent();
    const { user } = openPlan(plan);
    const progress = await screen.findByRole('region', { name: 'Genomförande' });
    expect(progress).toHaveTextContent(/55\s%/);
    await user.click(within(progress).getByText('Hur beräknas detta?'));
    // Counted: 40 × 2, done → 100 × 1, 30 × 1; the cancelled one is left out.
    expect(
      within(progress).getByText('I den här planen räknas 3 av 4 aktiviteter.', { exact: false }),
    ).toBeVisible();
    expect(within(progress).getByText(/1 är avbruten och räknas inte\./)).toBeVisible();
    expect(within(progress).getByText(/1 är klar och räknas som 100\s%\./)).toBeVisible();
    expect(
      within(progress).getByText(
        /Summan av vikt × genomfört är 210 och summan av vikterna är 4: 210 ÷ 4 = 53\s%\./,
      ),
    ).toBeVisible();
    expect(
      within(progress).getByText('Aktiviteter med högre vikt påverkar resultatet mer.'),
    ).toBeVisible();
  });

  it('offers only the status changes the plan may make, with the decision when adopting', async () => {
    const { plan } = planWithContent();
    const adopted = { ...summaryOf(plan), status: 'adopted' as const, version: 8 };
    const { api, user } = openPlan(plan, {
      [`POST ${planPath(plan.id)}/transitions`]: () => json(200, adopted),
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra status' }));
    const form = screen.getByRole('form', { name: 'Ändra status' });
    const to = within(form).getByLabelText(/^Ny status/);
    expect(to).toHaveFocus();
    expect(
      within(to)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['På remiss', 'Antagen', 'Arkiverad']);
    await user.selectOptions(to, 'Antagen');
    const decision = within(form).getByRole('group', { name: 'Beslut om antagande' });
    await user.click(within(form).getByRole('button', { name: 'Ändra status' }));
    expect(within(decision).getByLabelText(/^Beslutande organ/)).toHaveAccessibleDescription(
      'Till exempel Kommunfullmäktige. Beslutande organ måste anges.',
    );
    expect(within(decision).getByLabelText(/^Beslutande organ/)).toHaveFocus();
    expect(api.to('POST', `${planPath(plan.id)}/transitions`)).toHaveLength(0);

    await user.type(within(decision).getByLabelText(/^Beslutande organ/), 'Kommunfullmäktige');
    await user.type(within(decision).getByLabelText(/^Beslutsdatum/), '2026-03-14');
    await user.type(within(decision).getByLabelText(/^Paragraf/), '§ 45');
    await user.click(within(form).getByRole('button', { name: 'Ändra status' }));

    expect(await screen.findByText('Planens status är nu: Antagen.')).toHaveAttribute(
      'role',
      'status',
    );
    const [request] = api.to('POST', `${planPath(plan.id)}/transitions`);
    expect(await request?.json()).toEqual({
      version: 7,
      to: 'adopted',
      decidedBy: 'Kommunfullmäktige',
      decidedOn: '2026-03-14',
      paragraph: '§ 45',
    });
    expect(screen.getByRole('button', { name: 'Ändra status' })).toHaveFocus();
  });

  it('shows the goal tree with numbers and progress, and adds a sub-goal', async () => {
    const { plan, support } = planWithContent();
    const created = newGoal(plan.id, {
      title: 'Ekonomiskt stöd',
      parentId: support.id,
      position: 1,
    });
    let current = plan;
    const { api, user } = openPlan(plan, {
      [`GET ${planPath(plan.id)}`]: () => json(200, current),
      [`POST ${planPath(plan.id)}/goals`]: () => {
        current = { ...plan, goals: [...plan.goals, created] };
        return json(201, created);
      },
    });
    const tree = await screen.findByRole('list', { name: 'Mål och delmål' });
    const item = (title: string) =>
      within(tree).getByText(title, { selector: '.goal-node__title' }).closest('li')!;
    expect(item('Stöd och skydd')).toContainElement(item('Boende'));
    expect(item('Boende')).toHaveTextContent(/^1\.1Boende1 aktivitet40\s%/);
    // A goal's count includes its sub-goals' activities, as its progress does.
    expect(item('Stöd och skydd')).toHaveTextContent(/^1Stöd och skydd2 aktiviteter70\s%/);

    await user.click(screen.getByRole('button', { name: 'Nytt delmål under Stöd och skydd' }));
    const form = screen.getByRole('form', { name: 'Nytt delmål under Stöd och skydd' });
    await user.type(within(form).getByLabelText(/^Titel/), 'Ekonomiskt stöd');
    await user.click(within(form).getByRole('button', { name: 'Lägg till mål' }));

    expect(await screen.findByText('Målet ”Ekonomiskt stöd” har lagts till.')).toBeInTheDocument();
    expect(item('Stöd och skydd')).toContainElement(item('Ekonomiskt stöd'));
    const [request] = api.to('POST', `${planPath(plan.id)}/goals`);
    expect(await request?.json()).toEqual({
      title: 'Ekonomiskt stöd',
      description: null,
      parentId: support.id,
    });
    expect(screen.getByRole('button', { name: 'Nytt delmål under Stöd och skydd' })).toHaveFocus();
  });

  it('reorders goals among their siblings and explains why a goal cannot be deleted', async () => {
    const { plan, support, prevent } = planWithContent();
    const { api, user } = openPlan(plan, {
      [`PATCH ${planPath(plan.id)}/goals/${support.id}`]: () => json(200, support),
      [`PATCH ${planPath(plan.id)}/goals/${prevent.id}`]: () => json(200, prevent),
      [`DELETE ${planPath(plan.id)}/goals/${support.id}`]: () =>
        apiError(409, 'goal_has_children', 'Målet har delmål. Flytta eller ta bort dem först.'),
    });
    await user.click(await screen.findByRole('button', { name: 'Flytta upp Förebygga' }));
    expect(await screen.findByText('”Förebygga” har flyttats upp.')).toBeInTheDocument();
    const moved = await Promise.all(
      [prevent, support].map(async (g) => {
        const [request] = api.to('PATCH', `${planPath(plan.id)}/goals/${g.id}`);
        return request?.json();
      }),
    );
    expect(moved).toEqual([
      { version: 1, position: 0 },
      { version: 1, position: 1 },
    ]);

    await user.click(screen.getByRole('button', { name: 'Ta bort Stöd och skydd' }));
    const panel = screen.getByRole('region', { name: 'Ta bort Stöd och skydd' });
    expect(within(panel).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(panel).getByRole('button', { name: 'Ja, ta bort' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Målet har delmål. Flytta eller ta bort dem först.',
    );
  });

  it('adds an activity with every field, checked with the shared schema', async () => {
    const { plan, prevent } = planWithContent();
    let current = plan;
    const { api, user } = openPlan(plan, {
      [`GET ${planPath(plan.id)}`]: () => json(200, current),
      'POST /api/v1/tenants/1287/activities': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        const created = newActivity(plan.id, { ...body, title: String(body.title) });
        current = { ...plan, activities: [...plan.activities, created], activityCount: 5 };
        return json(201, created);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Ny aktivitet' }));
    const form = screen.getByRole('form', { name: 'Ny aktivitet' });
    expect(within(form).getByLabelText(/^Titel/)).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Lägg till aktivitet' }));
    expect(within(form).getByLabelText(/^Titel/)).toHaveAccessibleDescription('Titel måste anges.');
    expect(within(form).getByLabelText(/^Nivå/)).toHaveAccessibleDescription('Nivå måste anges.');
    expect(within(form).getByLabelText(/^Insatstyp/)).toHaveAccessibleDescription(
      'Insatstyp måste anges.',
    );
    expect(api.to('POST', '/api/v1/tenants/1287/activities')).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Titel/), 'ATV för män som utövar våld');
    await user.type(within(form).getByLabelText(/^Beskrivning/), 'Samtalsbehandling.');
    await user.selectOptions(within(form).getByLabelText(/^Mål/), prevent.id);
    await user.selectOptions(within(form).getByLabelText(/^Ansvarig enhet/), units.sn.id);
    const participating = within(form).getByRole('group', { name: 'Medverkande enheter' });
    await user.click(within(participating).getByRole('checkbox', { name: 'Familjevårdsgruppen' }));
    await user.selectOptions(within(form).getByLabelText(/^Nivå/), 'Individ');
    await user.selectOptions(within(form).getByLabelText(/^Insatstyp/), 'Riktat');
    const groups = within(form).getByRole('group', { name: 'Målgrupper' });
    await user.click(within(groups).getByRole('checkbox', { name: 'Våldsutövare' }));
    const types = within(form).getByRole('group', { name: 'Våldsformer' });
    await user.click(
      within(types).getByRole('checkbox', { name: 'Våld i nära relationer (VINR)' }),
    );
    await user.selectOptions(within(form).getByLabelText('Metod'), atv.id);
    await user.type(within(form).getByLabelText(/^Startdatum/), '2026-09-01');
    await user.type(within(form).getByLabelText(/^Slutdatum/), '2026-03-01');
    await user.type(within(form).getByLabelText(/^Budget/), '150 000');
    await user.selectOptions(within(form).getByLabelText(/^Finansiering/), 'Statsbidrag');
    await user.click(within(form).getByRole('button', { name: 'Lägg till aktivitet' }));
    expect(within(form).getByLabelText(/^Slutdatum/)).toHaveAccessibleDescription(
      'Slutdatum kan inte vara före startdatum.',
    );
    expect(within(form).getByLabelText(/^Slutdatum/)).toHaveFocus();

    await user.clear(within(form).getByLabelText(/^Slutdatum/));
    await user.type(within(form).getByLabelText(/^Slutdatum/), '2027-06-30');
    await user.click(within(form).getByRole('button', { name: 'Lägg till aktivitet' }));

    expect(
      await screen.findByText('Aktiviteten ”ATV för män som utövar våld” har lagts till.'),
    ).toHaveAttribute('role', 'status');
    const [request] = api.to('POST', '/api/v1/tenants/1287/activities');
    expect(await request?.json()).toEqual({
      planId: plan.id,
      title: 'ATV för män som utövar våld',
      description: 'Samtalsbehandling.',
      goalId: prevent.id,
      responsibleUnitId: units.sn.id,
      participatingUnitIds: [units.fvg.id],
      level: 'individual',
      tier: 'targeted',
      targetGroups: ['perpetrators'],
      violenceTypes: ['vinr'],
      methodId: atv.id,
      methodText: null,
      startDate: '2026-09-01',
      endDate: '2027-06-30',
      budgetSek: 150000,
      fundingSource: 'state_grant',
      status: 'not_started',
      progress: 0,
      weight: 1,
    });
    expect(screen.getByText('Visar 5 av 5 aktiviteter.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ny aktivitet' })).toHaveFocus();
  });

  it('keeps a replaced plan read-only and points to a new revision', async () => {
    const { plan } = planWithContent({ status: 'replaced' });
    openPlan(plan);
    expect(
      await screen.findByText(
        'Planen är ersatt och kan inte längre ändras. Skapa en ny revision för att arbeta vidare.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny aktivitet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nytt mål' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ändra planuppgifter' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ny revision' })).toBeInTheDocument();
  });
});
