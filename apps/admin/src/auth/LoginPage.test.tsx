import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { newUser } from '../../test/fixtures';
import { apiError, json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const signedOut = () => apiError(401, 'unauthenticated', 'Du är inte inloggad.');

describe('login', () => {
  it('sends a visitor without a session to a Swedish login form', async () => {
    stubFetch({ 'GET /api/v1/auth/me': signedOut });
    renderApp('/t/1287/org-units');

    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/login');
    expect(screen.getByLabelText(/^E-post/)).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText(/^Lösenord/)).toHaveAttribute('type', 'password');
    expect(document.documentElement.lang).toBe('sv');
    expect(document.title).toBe('Logga in – Samla');
  });

  it('validates with the shared schema and ties Swedish errors to the fields', async () => {
    const api = stubFetch({ 'GET /api/v1/auth/me': signedOut });
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Logga in' }));

    const email = screen.getByLabelText(/^E-post/);
    const password = screen.getByLabelText(/^Lösenord/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('E-post måste vara en giltig e-postadress.');
    expect(password).toHaveAccessibleDescription('Lösenord måste anges.');
    expect(email).toHaveFocus();
    expect(api.to('POST', '/api/v1/auth/login')).toHaveLength(0);

    // Fixing a field clears its error; the other stays.
    await user.type(email, 'anna@trelleborg.se');
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(password).toHaveAccessibleDescription('Lösenord måste anges.');
  });

  it('shows the server message when the credentials are wrong', async () => {
    const api = stubFetch({
      'GET /api/v1/auth/me': signedOut,
      'POST /api/v1/auth/login': () =>
        apiError(401, 'invalid_credentials', 'Fel e-postadress eller lösenord.'),
    });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText(/^E-post/), 'anna@trelleborg.se');
    await user.type(screen.getByLabelText(/^Lösenord/), 'fel lösenord');
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Fel e-postadress eller lösenord.');
    const [request] = api.to('POST', '/api/v1/auth/login');
    expect(await request?.json()).toEqual({
      email: 'anna@trelleborg.se',
      password: 'fel lösenord',
    });
    expect(request?.headers.get('Accept-Language')).toBe('sv');
    expect(request?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('opens the start page of the first kommun after login', async () => {
    stubFetch({
      'GET /api/v1/auth/me': signedOut,
      'POST /api/v1/auth/login': () => json(200, newUser()),
    });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText(/^E-post/), 'anna.strateg@trelleborg.se');
    await user.type(screen.getByLabelText(/^Lösenord/), 'rätt lösenord');
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();
    // Alingsås sorts before Trelleborg.
    expect(window.location.pathname).toBe('/t/1489');
    expect(screen.getByText('Välkommen, Anna Strateg!')).toBeInTheDocument();
  });

  it('restores the session from the cookie on reload', async () => {
    stubFetch({ 'GET /api/v1/auth/me': () => json(200, newUser()) });
    renderApp('/t/1287');
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();
    expect(screen.getByText(/Här samlar Trelleborgs kommun/)).toBeInTheDocument();
  });
});
