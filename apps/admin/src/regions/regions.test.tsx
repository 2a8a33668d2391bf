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

  const COUNT = 'cccccccc-0000-4000-8000-000000000001';
  const MONTHLY = 'cccccccc-0000-4000-8000-000000000002';
  const listed = (
    id: string,
    nameSv: string,
    periodType: 'year' | 'month',
    followedBy: number,
  ) => ({
    platformIndicatorId: id,
    nameSv,
    nameEn: null,
    unit: 'count',
    periodType,
    genderSplit: periodType === 'year',
    higherIsBetter: true,
    followedBy,
  });
  const figure = (
    period: string,
    gender: 'T' | 'K' | 'M',
    value: number | null,
    yearTotal = false,
  ) => ({
    period,
    gender,
    state: value === null ? 'suppressed' : 'value',
    value,
    yearTotal,
  });
  /** The API as it answers: the list, and the chosen indicator (by default the first). */
  const indicatorsAnswer = (request: Request) => {
    const query = new URL(request.url).searchParams;
    const indicator = query.get('indicator') ?? COUNT;
    const year = query.get('year');
    const selected =
      indicator === COUNT
        ? {
            platformIndicatorId: COUNT,
            year: null,
            years: [],
            periods: ['2023', '2024'],
            municipalities: [
              {
                code: '2023',
                name: 'Malung-Sälen',
                figures: [
                  figure('2023', 'T', null),
                  figure('2023', 'K', null),
                  figure('2023', 'M', null),
                  figure('2024', 'T', 7),
                  figure('2024', 'K', null),
                  figure('2024', 'M', null),
                ],
                growthPercent: null,
              },
            ],
          }
        : {
            platformIndicatorId: MONTHLY,
            year,
            years: ['2023', '2024'],
            periods: year ? [`${year}-01`, `${year}-02`, year] : ['2023', '2024'],
            municipalities: [
              {
                code: '2081',
                name: 'Borlänge',
                figures: year
                  ? [
                      figure(`${year}-01`, 'T', 11),
                      figure(`${year}-02`, 'T', null),
                      figure(year, 'T', null, true),
                    ]
                  : [figure('2023', 'T', 140, true), figure('2024', 'T', 150, true)],
                growthPercent: year ? null : 7.1,
              },
            ],
          };
    return json(200, {
      region: { code: '20', name: 'Dalarnas län' },
      generatedAt: '2026-11-24T10:00:00.000Z',
      indicators: [
        listed(COUNT, 'Vuxna som fått stöd', 'year', 2),
        listed(MONTHLY, 'Samtal med våldsutsatta', 'month', 1),
      ],
      selected,
    });
  };

  it('shows the first indicator at once, suppressed figures as protected, never as a number', async () => {
    const api = stubFetch({
      'GET /api/v1/auth/me': () => json(200, coordinator),
      'GET /api/v1/regions/20/comparison/indicators': indicatorsAnswer,
    });
    renderApp('/r/20/indicators');
    const row = (await screen.findByRole('rowheader', { name: 'Malung-Sälen' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Skyddat');
    expect(cells[1]).toHaveTextContent('7');
    expect(screen.getByRole('combobox', { name: 'Indikator' })).toHaveDisplayValue(
      'Vuxna som fått stöd',
    );
    expect(screen.getByText('Kommuner som följer indikatorn: 2.', { exact: false })).toBeVisible();
    // A yearly indicator has no year to choose.
    expect(screen.queryByRole('combobox', { name: 'År' })).toBeNull();
    expect(new URL(api.to('GET', '/api/v1/regions/20/comparison/indicators')[0]!.url).search).toBe(
      '',
    );
    expect(screen.getByRole('link', { name: 'Ladda ner som Excel (XLSX)' })).toHaveAttribute(
      'href',
      '/api/v1/regions/20/comparison/indicators/export',
    );
  });

  it('asks for the chosen indicator and year, and keeps the choice in the URL', async () => {
    const api = stubFetch({
      'GET /api/v1/auth/me': () => json(200, coordinator),
      'GET /api/v1/regions/20/comparison/indicators': indicatorsAnswer,
    });
    const { user } = renderApp('/r/20/indicators');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Indikator' }),
      'Samtal med våldsutsatta',
    );
    // A monthly indicator: the year totals first, with a year to choose.
    const borlange = (await screen.findByRole('rowheader', { name: 'Borlänge' })).closest('tr')!;
    expect(within(borlange).getAllByRole('cell')[1]).toHaveTextContent('150');
    expect(within(borlange).getAllByRole('cell')[2]).toHaveTextContent('+7,1 %');
    await user.selectOptions(screen.getByRole('combobox', { name: 'År' }), 'Månaderna 2024');
    await screen.findByRole('columnheader', { name: '2024 (helår)' });
    const months = within(screen.getByRole('rowheader', { name: 'Borlänge' }).closest('tr')!);
    expect(months.getAllByRole('cell')[0]).toHaveTextContent('11');
    expect(months.getAllByRole('cell')[1]).toHaveTextContent('Skyddat');
    const asked = api
      .to('GET', '/api/v1/regions/20/comparison/indicators')
      .map((r) => new URL(r.url).search);
    expect(asked).toContain(`?indicator=${MONTHLY}`);
    expect(asked).toContain(`?indicator=${MONTHLY}&year=2024`);
  });

  it('opens the indicator and year the URL names', async () => {
    const api = stubFetch({
      'GET /api/v1/auth/me': () => json(200, coordinator),
      'GET /api/v1/regions/20/comparison/indicators': indicatorsAnswer,
    });
    renderApp(`/r/20/indicators?indicator=${MONTHLY}&year=2023`);
    await screen.findByRole('columnheader', { name: '2023 (helår)' });
    expect(screen.getByRole('combobox', { name: 'År' })).toHaveDisplayValue('Månaderna 2023');
    expect(new URL(api.to('GET', '/api/v1/regions/20/comparison/indicators')[0]!.url).search).toBe(
      `?indicator=${MONTHLY}&year=2023`,
    );
  });
});
