import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { newUser, TRELLEBORG, userWithRole } from '../../test/fixtures';
import { apiError, json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const signedIn = (user = newUser()) => ({
  'GET /api/v1/auth/me': () => json(200, user),
  'GET /api/v1/tenants/1287/org-units': () => json(200, []),
  'GET /api/v1/tenants/1489/org-units': () => json(200, []),
  'GET /api/v1/tenants/1287/deadlines': () => json(200, []),
  'GET /api/v1/tenants/1287/calendar-feed': () =>
    json(200, { active: false, createdAt: null, url: null }),
  'GET /api/v1/tenants/1287/forums': () => json(200, []),
});

describe('app layout', () => {
  it('has a skip link, a header, the kommun menu and a main landmark', async () => {
    stubFetch(signedIn());
    renderApp('/t/1287');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });

    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Samla');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Översikt',
      'Handlingsplaner',
      'Indikatorer',
      'Samverkan',
      'Beslut och ärenden',
      'Organisation',
    ]);
    expect(within(nav).getByRole('link', { name: 'Översikt' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('opens Samverkan from the menu and moves focus to its heading', async () => {
    stubFetch(signedIn());
    const { user } = renderApp('/t/1287');
    await user.click(
      within(await screen.findByRole('navigation')).getByRole('link', { name: 'Samverkan' }),
    );

    const heading = await screen.findByRole('heading', { level: 1, name: 'Samverkan' });
    expect(screen.getByRole('navigation', { name: 'Samverkan' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/t/1287/collaboration');
    expect(heading).toHaveFocus();
  });

  it('switches kommun with the labelled select and keeps the area', async () => {
    stubFetch(signedIn());
    const { user } = renderApp('/t/1287/org-units');
    const switcher = await screen.findByRole('combobox', { name: 'Kommun' });
    expect(switcher).toHaveValue('1287');
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alingsås kommun', 'Trelleborgs kommun']);

    await user.selectOptions(switcher, 'Alingsås kommun');
    await waitFor(() => expect(window.location.pathname).toBe('/t/1489/org-units'));
    expect(screen.getByRole('combobox', { name: 'Kommun' })).toHaveValue('1489');
  });

  it('shows no switcher to a user of one kommun', async () => {
    stubFetch(signedIn(userWithRole('strategist')));
    renderApp('/t/1287');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.queryByRole('combobox', { name: 'Kommun' })).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(TRELLEBORG.tenantName);
  });

  it('refuses a kommun the user is not a member of', async () => {
    stubFetch(signedIn());
    renderApp('/t/2023');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ingen behörighet' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();
  });

  it('shows a platform admin without a kommun the onboarded kommuner', async () => {
    const admin = newUser({
      displayName: 'Plattformsadministratör',
      isPlatformAdmin: true,
      memberships: [],
    });
    stubFetch({
      'GET /api/v1/auth/me': () => json(200, admin),
      'GET /api/v1/tenants': () =>
        json(200, [
          {
            id: '00000000-0000-4000-8000-000000001287',
            code: '1287',
            name: 'Trelleborg',
            regionCode: '12',
            regionName: 'Skåne län',
            createdAt: '2026-01-15T10:00:00.000Z',
          },
        ]),
    });
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kommuner i Samla' }),
    ).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Trelleborg/ });
    expect(row).toHaveTextContent('1287');
    expect(row).toHaveTextContent('Skåne län');
    expect(row).toHaveTextContent('15 januari 2026');
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();
  });

  it('logs out from the user menu with the CSRF token', async () => {
    const api = stubFetch({
      ...signedIn(),
      'POST /api/v1/auth/logout': () => json(204),
    });
    const { user } = renderApp('/t/1287');
    const menuButton = await screen.findByRole('button', { name: 'Konto: Anna Strateg' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Roll i Trelleborgs kommun: Strateg')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Logga ut' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(screen.getByText('Du är utloggad.')).toBeInTheDocument();
    const [logout] = api.to('POST', '/api/v1/auth/logout');
    expect(logout?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
    expect(screen.queryByRole('button', { name: /Konto/ })).not.toBeInTheDocument();
  });

  it('closes the user menu with Escape and returns focus to its button', async () => {
    stubFetch(signedIn());
    const { user } = renderApp('/t/1287');
    const menuButton = await screen.findByRole('button', { name: 'Konto: Anna Strateg' });
    await user.click(menuButton);
    await user.keyboard('{Escape}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton).toHaveFocus();
  });

  it('sends the user to the login page when the session has ended', async () => {
    stubFetch({
      ...signedIn(),
      'GET /api/v1/tenants/1287/org-units': () =>
        apiError(401, 'unauthenticated', 'Sessionen har gått ut.'),
    });
    const { user } = renderApp('/t/1287');
    await user.click(
      within(await screen.findByRole('navigation')).getByRole('link', { name: 'Organisation' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/login');
  });
});
