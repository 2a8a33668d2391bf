import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser, trelleborgUnits } from '../../test/fixtures';
import { apiError, json, stubFetch } from '../../test/fetch-stub';
import { newGoal, newPlan, newTemplate, planPath, PLANS } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';

const units = trelleborgUnits();
const strategy = newTemplate({
  name: 'Strategi mot våld i nära relationer',
  description: 'Borlänges strategi som mall: kunskap, tidig upptäckt, stöd och skydd.',
  kind: 'strategy',
  goalCount: 7,
  activityCount: 16,
});
const skeleton = newTemplate({
  name: 'En kommun fri från våld – handlingsplan',
  kind: 'action_plan',
  goalCount: 9,
  activityCount: 30,
});

function openNewPlan(routes = {}) {
  const created = newPlan({
    title: 'Strategi mot våld i nära relationer',
    kind: 'strategy',
    templateId: strategy.id,
    goals: [],
  });
  created.goals = [newGoal(created.id, { title: 'Kunskap och kompetens' })];
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, newUser()),
    'GET /api/v1/toolkit/templates': () => json(200, [skeleton, strategy]),
    'GET /api/v1/toolkit/methods': () => json(200, []),
    'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
    [`GET ${PLANS}`]: () => json(200, []),
    [`POST ${PLANS}`]: () => json(201, created),
    [`GET ${planPath(created.id)}`]: () => json(200, created),
    ...routes,
  });
  return { api, created, ...renderApp('/t/1287/plans/new') };
}

describe('new plan', () => {
  it('shows the toolkit templates as a gallery, with "Tom plan" chosen at first', async () => {
    openNewPlan();
    const gallery = await screen.findByRole('group', { name: 'Utgångspunkt' });
    expect(within(gallery).getAllByRole('radio')).toHaveLength(3);
    const card = within(gallery).getByRole('radio', {
      name: 'Strategi mot våld i nära relationer',
    });
    expect(card).toHaveAccessibleDescription(
      'Borlänges strategi som mall: kunskap, tidig upptäckt, stöd och skydd. Strategi · 7 mål · 16 föreslagna aktiviteter',
    );
    expect(within(gallery).getByRole('radio', { name: 'Tom plan' })).toBeChecked();
  });

  it('creates a plan from a template and opens it', async () => {
    const { api, user, created } = openNewPlan();
    const gallery = await screen.findByRole('group', { name: 'Utgångspunkt' });
    await user.click(
      within(gallery).getByRole('radio', { name: 'Strategi mot våld i nära relationer' }),
    );
    // The template brings its kind and a first title.
    expect(screen.getByLabelText(/^Titel/)).toHaveValue('Strategi mot våld i nära relationer');
    expect(screen.getByLabelText(/^Typ/)).toHaveValue('strategy');

    const from = screen.getByLabelText(/^Period från/);
    const to = screen.getByLabelText(/^Period till/);
    await user.clear(from);
    await user.type(from, '2022');
    await user.clear(to);
    await user.type(to, '2025');
    await user.selectOptions(screen.getByLabelText(/^Ägande enhet/), units.ks.id);
    await user.click(screen.getByRole('button', { name: 'Skapa plan' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Strategi mot våld i nära relationer' }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/t/1287/plans/${created.id}`);
    expect(
      screen.getByText('Planen ”Strategi mot våld i nära relationer” har skapats.'),
    ).toBeInTheDocument();
    const [request] = api.to('POST', PLANS);
    expect(await request?.json()).toEqual({
      title: 'Strategi mot våld i nära relationer',
      kind: 'strategy',
      description: null,
      periodFrom: 2022,
      periodTo: 2025,
      ownerUnitId: units.ks.id,
      templateId: strategy.id,
    });
    expect(request?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
  });

  it('checks the period with the shared schema before sending', async () => {
    const { api, user } = openNewPlan();
    await screen.findByRole('group', { name: 'Utgångspunkt' });
    await user.type(screen.getByLabelText(/^Titel/), 'Handlingsplan 2026');
    const to = screen.getByLabelText(/^Period till/);
    await user.clear(to);
    await user.type(to, '2020');
    await user.clear(screen.getByLabelText(/^Period från/));
    await user.type(screen.getByLabelText(/^Period från/), 'tjugo');
    await user.click(screen.getByRole('button', { name: 'Skapa plan' }));

    expect(screen.getByLabelText(/^Period från/)).toHaveAccessibleDescription(
      'År, till exempel 2026. Period från måste vara ett heltal.',
    );
    expect(screen.getByLabelText(/^Period från/)).toHaveFocus();
    expect(api.to('POST', PLANS)).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Period från/));
    await user.type(screen.getByLabelText(/^Period från/), '2022');
    await user.click(screen.getByRole('button', { name: 'Skapa plan' }));
    expect(to).toHaveAccessibleDescription(
      'År, till exempel 2026. Period till kan inte vara före periodens början.',
    );
    expect(api.to('POST', PLANS)).toHaveLength(0);
  });

  it('shows the server’s issues next to their fields', async () => {
    const { user } = openNewPlan({
      [`POST ${PLANS}`]: () =>
        apiError(
          400,
          'validation_failed',
          'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
          {
            issues: [
              {
                field: 'ownerUnitId',
                code: 'unknown_reference',
                message: 'Ägande enhet finns inte.',
              },
            ],
          },
        ),
    });
    await screen.findByRole('group', { name: 'Utgångspunkt' });
    await user.type(screen.getByLabelText(/^Titel/), 'Handlingsplan 2026');
    await user.selectOptions(screen.getByLabelText(/^Ägande enhet/), units.sn.id);
    await user.click(screen.getByRole('button', { name: 'Skapa plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Uppgifterna är inte giltiga.');
    expect(screen.getByLabelText(/^Ägande enhet/)).toHaveAccessibleDescription(
      'Nämnden eller förvaltningen som äger planen. Ägande enhet finns inte.',
    );
  });
});
