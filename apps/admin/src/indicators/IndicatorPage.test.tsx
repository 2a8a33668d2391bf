import type { Measurement } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser } from '../../test/fixtures';
import { apiError, json, stubFetch, type Handler } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';
import { figure, newDetail, talkFigures, TALKS_ID } from './indicator-fixtures';

const BASE = `/api/v1/tenants/1287/indicators/${TALKS_ID}`;

function openIndicator(
  routes: Record<string, Handler> = {},
  detail = newDetail(),
  figures: Measurement[] = talkFigures(),
) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, newUser()),
    [`GET ${BASE}`]: () => json(200, detail),
    [`GET ${BASE}/measurements`]: () => json(200, figures),
    ...routes,
  });
  return { api, ...renderApp(`/t/1287/indicators/${TALKS_ID}`) };
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('indicator page: chart and table', () => {
  it('shows the figures month by month in a table, with missing and suppressed in words', async () => {
    openIndicator();
    const table = await screen.findByRole('table', {
      name: 'Samtal med våldsutsatta, månad för månad',
    });
    expect(
      screen.getByRole('img', { name: 'Diagram över utvecklingen' }),
    ).toHaveAccessibleDescription(
      'Linjediagram från januari 2019 till april 2020. Senaste värde 10 (mars 2020). Tabellen under diagrammet har samma uppgifter.',
    );
    const rows = within(table).getAllByRole('row');
    // Header, then every month from January 2019 to April 2020, gaps included.
    expect(rows).toHaveLength(1 + 16);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('januari 2019');
    expect(cells(rows[1]!)).toEqual(['9']);
    expect(cells(rows[2]!)).toEqual(['Skyddat']);
    expect(cells(rows[4]!)).toEqual(['–Ingen uppgift']);
    expect(cells(rows[16]!)).toEqual(['Saknas']);
  });

  it('compares a year with the year before, month by month, with the sum so far', async () => {
    const { user } = openIndicator();
    await user.click(await screen.findByLabelText('Året mot året före'));
    const table = screen.getByRole('table', { name: 'Samtal med våldsutsatta, 2020 mot 2019' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Månad', '2020', '2019']);
    const rows = within(table).getAllByRole('row');
    expect(cells(rows[1]!)).toEqual(['14', '9']);
    expect(cells(rows[2]!)).toEqual(['13', 'Skyddat']);
    // February 2019 is suppressed: no sum that would let it be worked out, nor read as 0.
    expect(within(table).queryByText(/^Summa/)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Jämför år'), '2019');
    expect(
      screen.getByRole('table', { name: 'Samtal med våldsutsatta, 2019 mot 2018' }),
    ).toBeInTheDocument();
  });

  it('sums January up to the last month both years have', async () => {
    const figures = [
      figure('2019-01', 9),
      figure('2019-02', 8),
      figure('2020-01', 14),
      figure('2020-02', 13),
    ];
    const { user } = openIndicator({}, newDetail(), figures);
    await user.click(await screen.findByLabelText('Året mot året före'));
    expect(
      screen.getByText('januari–februari 2020: 27, mot 17 samma månader året före (+10).'),
    ).toBeInTheDocument();
    const footer = screen.getByRole('rowheader', { name: 'Summa januari–februari' }).closest('tr')!;
    expect(cells(footer)).toEqual(['27', '17']);
  });
});

describe('indicator page: status explained', () => {
  it('explains the status with baseline, latest, target, the two growth rates, the ratio and thresholds', async () => {
    openIndicator(
      {},
      newDetail({
        status: 'substantial_progress',
        target: {
          baselinePeriod: '2020-01',
          baselineValue: null,
          targetValue: 30,
          targetYear: 2022,
        },
        progress: {
          status: 'substantial_progress',
          gap: null,
          higherIsBetter: true,
          baseline: { period: '2020-01', value: 14, fromMeasurement: true },
          latest: { period: '2021-01', value: 20 },
          target: { year: 2022, value: 30 },
          yearsElapsed: 1,
          yearsToTarget: 2.9166666666666665,
          cagrActual: 0.4285714285714286,
          cagrRequired: 0.2987,
          ratio: 1.4348,
          thresholds: { substantial: 0.95, moderate: 0.6, limited: 0 },
        },
      }),
    );
    const section = (
      await screen.findByRole('heading', { name: 'Hur går det mot målet?' })
    ).closest('section')!;
    expect(within(section).getByText('God utveckling', { selector: '.badge' })).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Värdet har förändrats med +42,9 % per år sedan basperioden. För att nå målet behövs +29,9 % per år. Kvoten 1,43 ger statusen God utveckling.',
    );
    expect(section).toHaveTextContent('Basperiod14 (januari 2020, uppmätt)');
    expect(section).toHaveTextContent('Senaste värde20 (januari 2021)');
    expect(section).toHaveTextContent('Mål30 (2022)');
    expect(section).toHaveTextContent('Tid1 av 2,9 år från basperioden till målåret');
    const current = within(section).getByText(/← här/);
    expect(current).toHaveTextContent('God utveckling: kvot 0,95 eller mer');
    expect(section).toHaveTextContent('Viss utveckling: kvot från 0,6 till under 0,95');
    expect(section).toHaveTextContent('Försämring: kvot under 0 (bort från målet)');
  });

  it('says why a status cannot be assessed', async () => {
    openIndicator();
    const section = (
      await screen.findByRole('heading', { name: 'Hur går det mot målet?' })
    ).closest('section')!;
    expect(section).toHaveTextContent('Det finns inget basår.');
  });

  it('saves baseline and target, and offers the latest values on a 409', async () => {
    const current = newDetail({
      version: 3,
      target: { baselinePeriod: '2019-01', baselineValue: null, targetValue: 25, targetYear: 2024 },
    });
    const { api, user } = openIndicator({
      [`PUT ${BASE}/target`]: () =>
        apiError(409, 'stale_version', 'Någon annan har ändrat uppgifterna.', { current }),
    });
    const form = await screen.findByRole('form', { name: 'Basår och mål' });
    await user.type(within(form).getByLabelText(/^Basperiod/), '2020');
    await user.type(within(form).getByLabelText(/^Målvärde/), '30');
    await user.type(within(form).getByLabelText(/^Målår/), '2022');
    await user.click(within(form).getByRole('button', { name: 'Spara basår och mål' }));
    // A monthly indicator's baseline is a month: the domain's rule, on the client.
    expect(within(form).getByLabelText(/^Basperiod/)).toHaveAccessibleDescription(
      expect.stringContaining('Basperiod måste vara en månad, ÅÅÅÅ-MM'),
    );
    expect(api.to('PUT', `${BASE}/target`)).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Basperiod/), '-01');
    await user.click(within(form).getByRole('button', { name: 'Spara basår och mål' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat basår och mål');
    expect(alert).toHaveTextContent('2019-01');
    const [request] = api.to('PUT', `${BASE}/target`);
    expect(await request?.json()).toEqual({
      version: 1,
      baselinePeriod: '2020-01',
      baselineValue: null,
      targetValue: 30,
      targetYear: 2022,
    });
    await user.click(within(alert).getByRole('button', { name: 'Hämta det senaste och fortsätt' }));
    expect(within(form).getByLabelText(/^Målvärde/)).toHaveValue('25');
    expect(within(form).getByLabelText(/^Basperiod/)).toHaveFocus();
  });
});

describe('indicator page: data-entry grid', () => {
  const grid = () => screen.findByRole('form', { name: 'Mata in utfall' });

  it('has one labelled row per month and sends value, missing and suppressed as three states', async () => {
    const { api, user } = openIndicator({
      [`PUT ${BASE}/measurements`]: () =>
        json(200, { created: 3, updated: 0, unchanged: 0, measurements: [] }),
    });
    const form = await grid();
    await user.selectOptions(within(form).getByLabelText('År'), '2021');
    expect(within(form).getAllByLabelText(/^Värde, /)).toHaveLength(12);

    await user.type(within(form).getByLabelText('Värde, januari 2021'), '17');
    await user.selectOptions(within(form).getByLabelText('Uppgift, februari 2021'), 'Saknas');
    await user.selectOptions(
      within(form).getByLabelText('Uppgift, mars 2021'),
      'Skyddat (sekretess)',
    );
    expect(within(form).getByLabelText('Värde, mars 2021')).toBeDisabled();
    await user.type(within(form).getByLabelText('Anteckning, mars 2021'), 'Färre än fem');
    await user.click(within(form).getByRole('button', { name: 'Spara 3 ändringar' }));

    expect(
      await screen.findByText('Utfallen har sparats: 3 nya, 0 ändrade, 0 oförändrade.'),
    ).toBeInTheDocument();
    const [request] = api.to('PUT', `${BASE}/measurements`);
    expect(await request?.json()).toEqual({
      measurements: [
        {
          period: '2021-01',
          gender: 'T',
          area: 'municipality',
          state: 'value',
          value: 17,
          note: null,
        },
        {
          period: '2021-02',
          gender: 'T',
          area: 'municipality',
          state: 'missing',
          value: null,
          note: null,
        },
        {
          period: '2021-03',
          gender: 'T',
          area: 'municipality',
          state: 'suppressed',
          value: null,
          note: 'Färre än fem',
        },
      ],
    });
  });

  it('checks every changed row on the client and ties each problem to its field', async () => {
    const { api, user } = openIndicator();
    const form = await grid();
    // 2020: January has 14 saved. Clearing it leaves a value row without a value.
    await user.clear(within(form).getByLabelText('Värde, januari 2020'));
    await user.type(
      within(form).getByLabelText('Värde, februari 2020'),
      '{Backspace}{Backspace}tolv',
    );
    await user.type(within(form).getByLabelText('Värde, maj 2020'), '2,5');
    await user.click(within(form).getByRole('button', { name: 'Spara 3 ändringar' }));

    const summary = within(form).getByRole('alert');
    expect(summary).toHaveTextContent('3 uppgifter behöver rättas');
    expect(summary).toHaveFocus();
    expect(within(form).getByLabelText('Värde, januari 2020')).toHaveAccessibleDescription(
      'Värde måste anges.',
    );
    expect(within(form).getByLabelText('Värde, februari 2020')).toHaveAccessibleDescription(
      'Värde för februari 2020 måste vara ett tal, till exempel 12 eller 12,5.',
    );
    expect(within(form).getByLabelText('Värde, maj 2020')).toHaveAccessibleDescription(
      'Värde är ett antal och måste vara ett heltal, 0 eller större.',
    );
    expect(api.to('PUT', `${BASE}/measurements`)).toHaveLength(0);

    // Fixing a field takes its message away.
    await user.type(within(form).getByLabelText('Värde, januari 2020'), '15');
    expect(within(form).getByLabelText('Värde, januari 2020')).not.toHaveAccessibleDescription();
  });

  it('shows the server’s issues on the rows they name', async () => {
    const { user } = openIndicator({
      [`PUT ${BASE}/measurements`]: () =>
        apiError(400, 'validation_failed', 'Uppgifterna är inte giltiga.', {
          issues: [
            { field: 'measurements.1.note', code: 'too_long', message: 'Anteckning är för lång.' },
          ],
        }),
    });
    const form = await grid();
    await user.type(within(form).getByLabelText('Anteckning, januari 2020'), 'a');
    await user.type(within(form).getByLabelText('Anteckning, februari 2020'), 'b');
    await user.click(within(form).getByRole('button', { name: 'Spara 2 ändringar' }));
    await within(form).findByText('Anteckning är för lång.', { selector: '.field__error' });
    expect(within(form).getByLabelText('Anteckning, februari 2020')).toHaveAccessibleDescription(
      'Anteckning är för lång.',
    );
    expect(
      within(form).getByLabelText('Anteckning, januari 2020'),
    ).not.toHaveAccessibleDescription();
  });
});
