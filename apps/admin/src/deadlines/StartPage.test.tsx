import type { Deadline } from '@samla/domain';
import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { T } from '../../test/collaboration-fixtures';
import { json, stubFetch, type Handler } from '../../test/fetch-stub';
import { newUser } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const deadline = (overrides: Partial<Deadline>): Deadline => ({
  kind: 'assignment_report',
  entityId: 'c3c3c3c3-0000-4000-8000-000000000001',
  caseId: 'c1c1c1c1-0000-4000-8000-000000000001',
  title: 'Återrapportering: Samordna utifrån socialnämndens beslut',
  detail: 'Stärkt arbete mot mäns våld mot kvinnor',
  dueDate: '2021-06-30',
  estimated: true,
  state: 'overdue',
  daysLeft: -12,
  responsibleUnitId: null,
  responsibleUserId: null,
  ...overrides,
});

const ALL = [
  deadline({}),
  deadline({
    kind: 'agreement_follow_up',
    entityId: 'a4a4a4a4-0000-4000-8000-000000000001',
    caseId: null,
    title: 'Följ upp: Samverkansöverenskommelse med polisen',
    detail: null,
    dueDate: '2026-12-01',
    estimated: false,
    state: 'due_soon',
    daysLeft: 7,
  }),
  deadline({
    kind: 'plan_period_end',
    entityId: 'a1a1a1a1-0000-4000-8000-000000000001',
    caseId: null,
    title: 'Planperioden slutar: Handlingsplan 2021–2026',
    detail: null,
    dueDate: '2026-12-31',
    estimated: false,
    state: 'upcoming',
    daysLeft: 37,
  }),
];

function openStart(routes: Record<string, Handler> = {}) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, newUser()),
    [`GET ${T}/deadlines`]: (request) =>
      json(200, new URL(request.url).searchParams.get('mine') === 'true' ? [ALL[0]] : ALL),
    [`GET ${T}/calendar-feed`]: () => json(200, { active: false, createdAt: null, url: null }),
    ...routes,
  });
  return { api, ...renderApp('/t/1287') };
}

describe('start page', () => {
  it('lists what is due, nearest first, overdue standing out, with "Bara mina"', async () => {
    const { api, user } = openStart();
    const region = await screen.findByRole('region', { name: 'Att göra' });
    expect(await within(region).findByText('3 tidsgränser')).toBeInTheDocument();
    const overdue = within(region).getByRole('row', { name: /Samordna utifrån/ });
    expect(overdue).toHaveClass('row--overdue');
    expect(overdue).toHaveTextContent('2021-06-30uppskattat');
    expect(overdue).toHaveTextContent('Passeradför 12 dagar sedan');
    expect(within(overdue).getByRole('link')).toHaveAttribute(
      'href',
      '/t/1287/decisions/c1c1c1c1-0000-4000-8000-000000000001',
    );
    expect(within(region).getByRole('row', { name: /polisen/ })).toHaveTextContent(
      'Överenskommelse▲Snartom 7 dagar',
    );
    expect(
      within(within(region).getByRole('row', { name: /polisen/ })).getByRole('link'),
    ).toHaveAttribute('href', '/t/1287/collaboration/agreements');

    await user.click(within(region).getByLabelText('Bara mina'));
    expect(await within(region).findByText('1 tidsgräns')).toBeInTheDocument();
    const last = api.to('GET', `${T}/deadlines`).at(-1);
    expect(new URL(last!.url).searchParams.get('mine')).toBe('true');
  });

  it('creates a secret calendar address, shows it once to copy, and revokes it', async () => {
    const url = 'http://localhost/api/v1/calendar/1287/deadlines.ics?token=s3cr3t';
    const { api, user } = openStart({
      [`POST ${T}/calendar-feed`]: () =>
        json(201, { active: true, createdAt: '2026-11-24T14:05:00.000Z', url }),
      [`DELETE ${T}/calendar-feed`]: () => json(204),
    });
    const panel = await screen.findByRole('region', { name: 'Kalender' });
    expect(
      await within(panel).findByText('Du har ingen kalenderprenumeration.'),
    ).toBeInTheDocument();
    await user.click(within(panel).getByLabelText('Bara mina tidsgränser i kalendern'));
    await user.click(within(panel).getByRole('button', { name: 'Skapa kalenderadress' }));

    const address = await within(panel).findByLabelText('Kalenderadress');
    expect(address).toHaveValue(url);
    expect(address).toHaveAttribute('readonly');
    expect(within(panel).getByText('En ny kalenderadress har skapats.')).toBeInTheDocument();
    const [created] = api.to('POST', `${T}/calendar-feed`);
    expect(await created?.json()).toEqual({ mine: true });

    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(panel).getByRole('button', { name: 'Kopiera' }));
    await waitFor(() =>
      expect(within(panel).getByText('Adressen är kopierad.')).toBeInTheDocument(),
    );
    expect(writeText).toHaveBeenCalledWith(url);

    expect(within(panel).getByRole('button', { name: 'Skapa ny adress' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Återkalla adressen' }));
    expect(
      await within(panel).findByText('Kalenderadressen är återkallad och slutar fungera.'),
    ).toBeInTheDocument();
    expect(within(panel).queryByLabelText('Kalenderadress')).not.toBeInTheDocument();
    expect(within(panel).getByText('Du har ingen kalenderprenumeration.')).toBeInTheDocument();
    expect(api.to('DELETE', `${T}/calendar-feed`)).toHaveLength(1);
  });

  it('says when an address exists but cannot be shown again, in English too', async () => {
    const { user } = openStart({
      [`GET ${T}/calendar-feed`]: () =>
        json(200, { active: true, createdAt: '2026-11-20T08:00:00.000Z', url: null }),
    });
    const panel = await screen.findByRole('region', { name: 'Kalender' });
    expect(
      await within(panel).findByText(/Av säkerhetsskäl visas adressen bara när den skapas/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('region', { name: 'Calendar' });
    expect(
      within(english).getByRole('button', { name: 'Create a new address' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'To do' })).toHaveTextContent('3 deadlines');
  });
});
