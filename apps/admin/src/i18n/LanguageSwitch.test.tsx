import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser } from '../../test/fixtures';
import { apiError, json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

describe('language switch', () => {
  it('changes the strings to English, sets <html lang> and remembers the choice', async () => {
    stubFetch({ 'GET /api/v1/auth/me': () => apiError(401, 'unauthenticated', 'Nej.') });
    const { user } = renderApp('/login');
    const languages = await screen.findByRole('group', { name: 'Språk' });
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^E-mail/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toBeInTheDocument();
    expect(languages).toHaveAccessibleName('Language');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Log in – Samla');
    expect(window.localStorage.getItem('samla.language')).toBe('en');
  });

  it('shows validation messages in the chosen language, also ones already on screen', async () => {
    stubFetch({ 'GET /api/v1/auth/me': () => apiError(401, 'unauthenticated', 'Nej.') });
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect(screen.getByLabelText(/^Lösenord/)).toHaveAccessibleDescription('Lösenord måste anges.');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('Password is required.');
  });

  it('asks the API to answer in the chosen language', async () => {
    const api = stubFetch({ 'GET /api/v1/auth/me': () => json(200, newUser()) });
    const { user } = renderApp('/t/1287');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(
      within(screen.getByRole('navigation')).getByRole('link', { name: 'Organisation' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organisation' }),
    ).toBeInTheDocument();
    const [me] = api.to('GET', '/api/v1/auth/me');
    const [orgUnits] = api.to('GET', '/api/v1/tenants/1287/org-units');
    expect(me?.headers.get('Accept-Language')).toBe('sv');
    expect(orgUnits?.headers.get('Accept-Language')).toBe('en');
  });
});
