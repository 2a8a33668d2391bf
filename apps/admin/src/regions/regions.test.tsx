import type { RegionSharing } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { TRELLEBORG, newUser } from '../../test/fixtures';
import { apiError, json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const SHARING = '/api/v1/tenants/1287/region-sharing';
const admin = newUser({ memberships: [{ ...TRELLEBORG, role: 'tenant_admin' }] });

const sharing = (overrides: Partial<RegionSharing> = {}): RegionSharing => ({
  plans: true,
  coverage: false,
  indicators: false,
  collaboration: false,
  region: { code: '12', name: 'Skåne län' },
  version: 3,
  updatedAt: '2026-11-20T09:30:00.000Z',
  updatedBy: { id: '22222222-2222-4222-8222-222222222222', displayName: 'Karin Admin' },
  history: [
    {
      occurredAt: '2026-11-20T09:30:00.000Z',
      by: { id: '22222222-2222-4222-8222-222222222222', displayName: 'Karin Admin' },
      plans: true,
      coverage: false,
      indicators: false,
      collaboration: false,
    },
  ],
  ...overrides,
});

describe('sharing with the län', () => {
  it('shows what is shared and who changed it last, and saves a new choice with its version', async () => {
    const api = stubFetch({
      'GET /api/v1/auth/me': () => json(200, admin),
      [`GET ${SHARING}`]: () => json(200, sharing()),
      [`PUT ${SHARING}`]: () => json(200, sharing({ indicators: true, version: 4 })),
    });
    const { user } = renderApp('/t/1287/region-sharing');
    await screen.findByRole('heading', { level: 1, name: 'Delning med länet' });
    expect(await screen.findByText(/Senast ändrad .* av Karin Admin\./)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Planer och genomförande' })).toBeChecked();
    const indicators = screen.getByRole('checkbox', { name: 'Indikatorer' });
    expect(indicators).not.toBeChecked();
    expect(indicators).toHaveAccessibleDescription(/små tal skyddas/);
    const history = screen.getByRole('table', { name: 'Senaste ändringar av delningen' });
    expect(within(history).getByText('Planer och genomförande')).toBeInTheDocument();

    await user.click(indicators);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Delningen är sparad.')).toBeInTheDocument();
    const [request] = api.to('PUT', SHARING);
    expect(await request?.json()).toEqual({
      plans: true,
      coverage: false,
      indicators: true,
      collaboration: false,
      version: 3,
    });
    expect(screen.getByRole('checkbox', { name: 'Indikatorer' })).toBeChecked();
  });

  it('on a stale version shows what now applies and asks again', async () => {
    stubFetch({
      'GET /api/v1/auth/me': () => json(200, admin),
      [`GET ${SHARING}`]: () => json(200, sharing()),
      [`PUT ${SHARING}`]: () =>
        apiError(409, 'stale_version', 'Någon annan har ändrat detta.', {
          current: sharing({ collaboration: true, version: 4 }),
        }),
    });
    const { user } = renderApp('/t/1287/region-sharing');
    await user.click(await screen.findByRole('checkbox', { name: 'Indikatorer' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Någon annan har ändrat delningen');
    expect(screen.getByRole('checkbox', { name: 'Samverkan och överenskommelser' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Indikatorer' })).not.toBeChecked();
  });
});

describe('the regional coordinator', () => {
  const coordinator = newUser({
    memberships: [],
    coordinatedRegions: [{ code: '20', name: 'Dalarnas län' }],
  });

  it('lands on their län and sees only the kommuner that share', async () => {
    stubFetch({
      'GET /api/v1/auth/me': () => json(200, coordinator),
      'GET /api/v1/regions/20': () =>
        json(200, {
          region: { code: '20', name: 'Dalarnas län' },
          generatedAt: '2026-11-24T10:00:00.000Z',
          municipalities: [
            {
              code: '2081',
              name: 'Borlänge',
              shares: { plans: true, coverage: false, indicators: true, collaboration: false },
            },
          ],
        }),
    });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Regional jämförelse – Dalarnas län' });
    const row = (await screen.findByRole('rowheader', { name: 'Borlänge' })).closest('tr')!;
    expect(row).toHaveTextContent('Planer och genomförande, Indikatorer');
    const nav = screen.getByRole('navigation', { name: 'Regional jämförelse' });
    expect(within(nav).getByRole('link', { name: 'Indikatorer' })).toHaveAttribute(
      'href',
      '/r/20/indicators',
    );
  });

  it('shows suppressed figures as protected, never as a number', async () => {
    stubFetch({
      'GET /api/v1/auth/me': () => json(200, coordinator),
      'GET /api/v1/regions/20/comparison/indicators': () =>
        json(200, {
          region: { code: '20', name: 'Dalarnas län' },
          generatedAt: '2026-11-24T10:00:00.000Z',
          indicators: [
            {
              platformIndicatorId: 'cccccccc-0000-4000-8000-000000000001',
              nameSv: 'Vuxna som fått stöd',
              nameEn: null,
              unit: 'count',
              periodType: 'year',
              genderSplit: false,
              higherIsBetter: true,
              periods: ['2023', '2024'],
              municipalities: [
                {
                  code: '2023',
                  name: 'Malung-Sälen',
                  figures: [
                    {
                      period: '2023',
                      gender: 'T',
                      state: 'suppressed',
                      value: null,
                      yearTotal: false,
                    },
                    { period: '2024', gender: 'T', state: 'value', value: 7, yearTotal: false },
                  ],
                  growthPercent: null,
                },
              ],
            },
          ],
        }),
    });
    renderApp('/r/20/indicators');
    const row = (await screen.findByRole('rowheader', { name: 'Malung-Sälen' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Skyddat');
    expect(cells[1]).toHaveTextContent('7');
    expect(screen.getByRole('link', { name: 'Ladda ner som Excel (XLSX)' })).toHaveAttribute(
      'href',
      '/api/v1/regions/20/comparison/indicators/export',
    );
  });
});
