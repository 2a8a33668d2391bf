import type { Programme } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser, trelleborgUnits, userWithRole } from '../../test/fixtures';
import { apiError, type Handler, json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const units = trelleborgUnits();
const PROGRAMME = '/api/v1/tenants/1287/programme';

const programme: Programme = {
  id: '12121212-0000-4000-8000-000000000001',
  vision: 'Ett Trelleborg fritt från våld.',
  violenceTypes: ['mvk', 'vinr'],
  coordinatingUnitId: units.ks.id,
  steeringGroupUnitIds: [units.sn.id],
  modelStep: 'analyse',
  version: 3,
  updatedAt: '2026-02-01T09:30:00.000Z',
};

function openProgramme(user = newUser(), routes: Record<string, Handler> = {}) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${PROGRAMME}`]: () => json(200, programme),
    'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
    ...routes,
  });
  return { api, ...renderApp('/t/1287/programme') };
}

describe('programme', () => {
  it('shows the model’s steps as a stepper with the current step marked', async () => {
    openProgramme(userWithRole('reader'));
    const stepper = await screen.findByRole('list', { name: 'Modellens steg' });
    const steps = within(stepper).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      '✓Organisera arbetetgenomfört',
      '✓Kartlägga våldetgenomfört',
      '3Analyserapågår',
      '4Utveckla insatserkommande',
      '5Genomföra och följa uppkommande',
    ]);
    expect(steps[2]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Ett Trelleborg fritt från våld.')).toBeInTheDocument();
    expect(screen.getByText('Mäns våld mot kvinnor (MVK)')).toBeInTheDocument();
    expect(await screen.findByText('Kommunstyrelsen')).toBeInTheDocument();
    expect(screen.getByText('Du kan läsa programmet men inte ändra det.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ändra programmet' })).not.toBeInTheDocument();
  });

  it('saves the strategist’s changes with the version they started from', async () => {
    const { api, user } = openProgramme(newUser(), {
      [`PUT ${PROGRAMME}`]: async (request) =>
        json(200, { ...programme, ...((await request.json()) as object), version: 4 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra programmet' }));
    const form = screen.getByRole('form', { name: 'Ändra programmet' });
    const types = within(form).getByRole('group', { name: 'Våldsformer som omfattas' });
    await user.click(
      within(types).getByRole('checkbox', { name: 'Hedersrelaterat våld och förtryck (HRV)' }),
    );
    const steering = within(form).getByRole('group', { name: 'Styrgrupp' });
    await user.click(within(steering).getByRole('checkbox', { name: 'Kommunstyrelsen' }));
    const step = within(form).getByRole('group', { name: /^Steg i modellen/ });
    await user.click(within(step).getByRole('radio', { name: 'Utveckla insatser' }));
    await user.click(within(form).getByRole('button', { name: 'Spara programmet' }));

    expect(await screen.findByText('Programmet har sparats.')).toHaveAttribute('role', 'status');
    const [request] = api.to('PUT', PROGRAMME);
    expect(await request?.json()).toEqual({
      version: 3,
      vision: 'Ett Trelleborg fritt från våld.',
      violenceTypes: ['mvk', 'vinr', 'hrv'],
      coordinatingUnitId: units.ks.id,
      steeringGroupUnitIds: [units.ks.id, units.sn.id],
      modelStep: 'develop',
    });
    expect(screen.getByRole('button', { name: 'Ändra programmet' })).toHaveFocus();
    const current = within(screen.getByRole('list', { name: 'Modellens steg' })).getByText(
      'Utveckla insatser',
    );
    expect(current.closest('li')).toHaveAttribute('aria-current', 'step');
  });

  it('shows the saved programme when someone else saved first, and reloads it', async () => {
    const newer = { ...programme, vision: 'Noll våld i Trelleborg.', version: 4 };
    const { user } = openProgramme(newUser(), {
      [`PUT ${PROGRAMME}`]: () =>
        apiError(409, 'stale_version', 'Någon annan har ändrat detta sedan du öppnade det.', {
          current: newer,
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra programmet' }));
    const form = screen.getByRole('form', { name: 'Ändra programmet' });
    await user.type(within(form).getByLabelText('Vision'), ' Tillsammans.');
    await user.click(within(form).getByRole('button', { name: 'Spara programmet' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Noll våld i Trelleborg.');
    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    expect(within(form).getByLabelText('Vision')).toHaveValue('Noll våld i Trelleborg.');
  });
});
