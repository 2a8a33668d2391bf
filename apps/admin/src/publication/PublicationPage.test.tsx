import type { Publication } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { userWithRole } from '../../test/fixtures';
import { apiError, type Handler, json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const PUBLICATION = '/api/v1/tenants/1287/publication';
const IN_FORCE = '11111111-0000-4000-8000-000000000001';
const DRAFT = '11111111-0000-4000-8000-000000000002';

const publication: Publication = {
  published: false,
  planIds: [],
  plans: [
    {
      id: IN_FORCE,
      title: 'Handlingsplan mot våld i nära relationer 2021–2026',
      status: 'in_force',
      periodFrom: 2021,
      periodTo: 2026,
      publishable: true,
    },
    {
      id: DRAFT,
      title: 'Ny plan 2027–2030',
      status: 'draft',
      periodFrom: 2027,
      periodTo: 2030,
      publishable: false,
    },
  ],
  path: '/k/1287',
  version: 0,
  updatedAt: null,
};

function openPublication(
  role = userWithRole('tenant_admin'),
  routes: Record<string, Handler> = {},
) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, role),
    [`GET ${PUBLICATION}`]: () => json(200, publication),
    ...routes,
  });
  return { api, ...renderApp('/t/1287/publication') };
}

describe('publication', () => {
  it('lets the tenant admin publish an in-force plan, and links to the public page', async () => {
    const { api, user } = openPublication(userWithRole('tenant_admin'), {
      [`PUT ${PUBLICATION}`]: async (request) =>
        json(200, {
          ...publication,
          ...((await request.json()) as object),
          version: 1,
          updatedAt: '2026-03-01T10:00:00.000Z',
        }),
    });
    const form = await screen.findByRole('form', { name: 'Vad som publiceras' });
    expect(screen.getByText(/Sidan är inte publicerad/)).toBeInTheDocument();
    // A draft is listed, but cannot be chosen.
    expect(within(form).queryByRole('checkbox', { name: /Ny plan/ })).not.toBeInTheDocument();
    expect(within(form).getByText('Ny plan 2027–2030 (2027–2030, utkast)')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Ja, visa sidan för alla' }));
    await user.click(within(form).getByRole('checkbox', { name: /Handlingsplan mot våld/ }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Publiceringen är sparad.')).toHaveAttribute('role', 'status');
    const [request] = api.to('PUT', PUBLICATION);
    expect(await request?.json()).toEqual({ version: 0, published: true, planIds: [IN_FORCE] });
    expect(screen.getByText('Sidan är publicerad.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Förhandsgranska sidan med de valda planerna (ny flik)' }),
    ).toHaveAttribute('href', '/api/v1/tenants/1287/publication/preview');
    expect(screen.getByRole('link', { name: 'Öppna den publika sidan (ny flik)' })).toHaveAttribute(
      'href',
      '/k/1287',
    );
  });

  it('refuses publishing without a plan before asking the API', async () => {
    const { api, user } = openPublication();
    const form = await screen.findByRole('form', { name: 'Vad som publiceras' });
    await user.click(within(form).getByRole('radio', { name: 'Ja, visa sidan för alla' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Planer måste ha minst 1 val.')).toBeVisible();
    expect(api.to('PUT', PUBLICATION)).toHaveLength(0);
  });

  it('tells other roles that only the administrator decides, without asking the API', async () => {
    const { api } = openPublication(userWithRole('strategist'), {
      [`GET ${PUBLICATION}`]: () => apiError(403, 'forbidden', 'Din roll får inte göra detta.'),
    });
    expect(
      await screen.findByText('Bara kommunens administratör kan ändra publiceringen.'),
    ).toBeInTheDocument();
    expect(api.to('GET', PUBLICATION)).toHaveLength(0);
  });
});
