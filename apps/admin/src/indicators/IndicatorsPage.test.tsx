import type { PlatformIndicator } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser, userWithRole } from '../../test/fixtures';
import { json, stubFetch, type Handler } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';
import { newDetail, newIndicator } from './indicator-fixtures';

const LIST = '/api/v1/tenants/1287/indicators';

const catalogueEntry: PlatformIndicator = {
  id: 'cccccccc-0000-4000-8000-000000000001',
  kind: 'agenda2030',
  koladaId: null,
  agenda2030IndicatorId: '16.1.3',
  nameSv: 'Utsatta för våld',
  nameEn: 'Victims of violence',
  description: null,
  unit: 'percent',
  higherIsBetter: false,
  periodType: 'year',
  genderSplit: true,
  source: null,
  agenda2030TargetId: '16.1',
  version: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function openList(routes: Record<string, Handler> = {}, user = newUser()) {
  const reached = newIndicator({
    id: 'bbbbbbbb-0000-4000-8000-000000000002',
    nameSv: 'Invånare som nåtts av information',
    periodType: 'year',
    trend: {
      latest: { period: '2025', value: 1500 },
      yearBefore: { period: '2024', value: 1350 },
      change: 150,
      direction: 'up',
      assessment: 'better',
      yearToDate: null,
    },
    status: 'moderate_progress',
  });
  const placements = newIndicator({
    id: 'bbbbbbbb-0000-4000-8000-000000000003',
    nameSv: 'Skyddsplaceringar',
    higherIsBetter: false,
    trend: {
      latest: { period: '2020-12', value: 2 },
      yearBefore: null,
      change: null,
      direction: null,
      assessment: null,
      yearToDate: null,
    },
    status: 'deterioration',
  });
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${LIST}`]: () => json(200, [newIndicator(), reached, placements]),
    'GET /api/v1/indicators': () => json(200, [catalogueEntry]),
    ...routes,
  });
  return { api, ...renderApp('/t/1287/indicators') };
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr')!;

describe('indicators page', () => {
  it('lists each indicator with its latest value (sv-SE), trend and status in words', async () => {
    openList();
    await screen.findByRole('link', { name: 'Samtal med våldsutsatta' });
    expect(screen.getByRole('heading', { level: 1, name: 'Indikatorer' })).toBeInTheDocument();

    const talks = rowOf('Samtal med våldsutsatta');
    expect(talks).toHaveTextContent('mars 2020');
    expect(talks).toHaveTextContent('+2 mot mars 2019 (bättre)');
    expect(within(talks).getByText('Kan inte bedömas')).toBeInTheDocument();

    const reached = rowOf('Invånare som nåtts av information');
    // Swedish grouping: a (narrow) no-break space between thousands.
    expect(reached.querySelector('.ind-list__value')?.textContent).toMatch(/^1\s500$/);
    expect(reached).toHaveTextContent('(bättre)');
    expect(within(reached).getByText('Viss utveckling')).toBeInTheDocument();

    const placements = rowOf('Skyddsplaceringar');
    expect(within(placements).getByText('Försämring')).toBeInTheDocument();
    expect(placements).toHaveTextContent('Ingen jämförelse');
    // The badge's icon is decoration; the words carry the status.
    expect(within(placements).getByText('▼')).toHaveAttribute('aria-hidden', 'true');
  });

  it('follows a catalogue indicator and announces it', async () => {
    const followed = newIndicator({
      id: 'bbbbbbbb-0000-4000-8000-000000000009',
      kind: 'agenda2030',
      nameSv: 'Utsatta för våld',
      platformIndicatorId: catalogueEntry.id,
    });
    const { api, user } = openList({ [`POST ${LIST}/follow`]: () => json(201, followed) });
    const form = await screen.findByRole('form', { name: 'Följ en indikator' });
    await user.click(await within(form).findByRole('button', { name: 'Följ indikatorn' }));
    expect(within(form).getByLabelText(/^Indikator/)).toHaveAccessibleDescription(
      'Välj en indikator att följa.',
    );

    await user.selectOptions(within(form).getByLabelText(/^Indikator/), '16.1.3 Utsatta för våld');
    await user.click(within(form).getByRole('button', { name: 'Följ indikatorn' }));
    expect(await screen.findByText('Kommunen följer nu Utsatta för våld.')).toBeInTheDocument();
    const [request] = api.to('POST', `${LIST}/follow`);
    expect(await request?.json()).toEqual({ platformIndicatorId: catalogueEntry.id });
  });

  it('validates a new own indicator with the domain schema, then creates it and opens it', async () => {
    const created = newDetail({
      id: 'bbbbbbbb-0000-4000-8000-000000000010',
      nameSv: 'Orosanmälningar',
    });
    const { api, user } = openList({
      [`POST ${LIST}`]: () => json(201, created),
      [`GET ${LIST}/${created.id}`]: () => json(200, created),
      [`GET ${LIST}/${created.id}/measurements`]: () => json(200, []),
    });
    const form = await screen.findByRole('form', { name: 'Ny egen indikator' });
    await user.click(within(form).getByRole('button', { name: 'Skapa indikator' }));
    expect(within(form).getByLabelText(/^Namn \(svenska\)/)).toHaveAccessibleDescription(
      'Namn (svenska) måste anges.',
    );
    expect(within(form).getByLabelText(/^Namn \(svenska\)/)).toHaveFocus();
    expect(within(form).getByLabelText(/^Enhet/)).toHaveAccessibleDescription('Enhet måste anges.');
    expect(api.to('POST', LIST)).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Namn \(svenska\)/), 'Orosanmälningar');
    await user.selectOptions(within(form).getByLabelText(/^Enhet/), 'Antal');
    await user.click(within(form).getByLabelText('Lägre värden är bättre'));
    await user.click(within(form).getByLabelText('Månad för månad'));
    await user.click(within(form).getByLabelText('Redovisas uppdelat på kvinnor och män'));
    await user.type(within(form).getByLabelText(/^Källa/), 'Verksamhetssystemet');
    await user.click(within(form).getByRole('button', { name: 'Skapa indikator' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Orosanmälningar' }),
    ).toBeInTheDocument();
    const [request] = api.to('POST', LIST);
    expect(await request?.json()).toEqual({
      nameSv: 'Orosanmälningar',
      nameEn: null,
      description: null,
      unit: 'count',
      higherIsBetter: false,
      periodType: 'month',
      genderSplit: true,
      source: 'Verksamhetssystemet',
    });
  });

  it('shows readers the list without the forms', async () => {
    openList({}, userWithRole('reader'));
    await screen.findByRole('link', { name: 'Samtal med våldsutsatta' });
    expect(screen.getByText('Du kan läsa indikatorerna men inte ändra dem.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
