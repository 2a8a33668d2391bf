import type { KoladaImportResult, PlatformIndicator } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const IMPORT = '/api/v1/tenants/1287/kolada/import';

const kpi: PlatformIndicator = {
  id: 'cccccccc-0000-4000-8000-000000000002',
  kind: 'kolada',
  koladaId: 'U33400',
  agenda2030IndicatorId: null,
  nameSv: 'Anmälda våldsbrott',
  nameEn: null,
  description: null,
  unit: 'per_100000',
  higherIsBetter: false,
  periodType: 'year',
  genderSplit: false,
  source: 'Kolada',
  agenda2030TargetId: null,
  version: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const result = (dryRun: boolean): KoladaImportResult => ({
  dryRun,
  from: 'kolada',
  requests: 1,
  received: 6,
  created: 2,
  updated: 1,
  unchanged: 3,
  ignored: 0,
  indicators: [
    {
      kpi: 'U33400',
      indicatorId: dryRun ? null : 'bbbbbbbb-0000-4000-8000-000000000020',
      followed: true,
    },
  ],
  changes: [
    {
      kpi: 'U33400',
      area: 'municipality',
      period: '2023',
      gender: 'T',
      before: null,
      after: { state: 'value', value: 1234.5, sourceStatus: null },
    },
    {
      kpi: 'U33400',
      area: 'region',
      period: '2023',
      gender: 'T',
      before: { state: 'value', value: 1100, sourceStatus: null },
      after: { state: 'missing', value: null, sourceStatus: 'Uppgift saknas' },
    },
  ],
});

describe('Kolada import', () => {
  it('previews the chosen KPIs and years, with the län and Sweden, then imports on confirmation', async () => {
    const api = stubFetch({
      'GET /api/v1/auth/me': () => json(200, newUser()),
      'GET /api/v1/indicators': () => json(200, [kpi]),
      [`POST ${IMPORT}`]: async (request) => {
        const body = (await request.json()) as { dryRun: boolean };
        return json(200, result(body.dryRun));
      },
    });
    const { user } = renderApp('/t/1287/indicators/kolada');
    const form = await screen.findByRole('form', { name: 'Vad ska hämtas?' });
    await user.click(within(form).getByRole('button', { name: 'Förhandsgranska' }));
    expect(within(form).getByLabelText('U33400 Anmälda våldsbrott')).toHaveAccessibleDescription(
      expect.stringContaining('Nyckeltal'),
    );
    expect(api.to('POST', IMPORT)).toHaveLength(0);

    await user.click(within(form).getByLabelText('U33400 Anmälda våldsbrott'));
    await user.clear(within(form).getByLabelText('Från år'));
    await user.type(within(form).getByLabelText('Från år'), '2022');
    await user.clear(within(form).getByLabelText('Till år'));
    await user.type(within(form).getByLabelText('Till år'), '2023');
    expect(within(form).getByLabelText('Länet')).toBeChecked();
    expect(within(form).getByLabelText('Riket')).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Förhandsgranska' }));

    const heading = await screen.findByRole('heading', {
      name: 'Förhandsgranskning: detta skulle ändras',
    });
    expect(heading).toHaveFocus();
    const [preview] = api.to('POST', IMPORT);
    expect(await preview?.json()).toEqual({
      kpis: ['U33400'],
      years: [2022, 2023],
      compareWith: ['region', 'country'],
      dryRun: true,
    });
    const table = screen.getByRole('table', { name: '2 ändrade uppgifter' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['Kommunen', '2023', 'Totalt', 'Inget', '1 234,5']);
    expect(rows[2]).toHaveTextContent('Länet');
    expect(rows[2]).toHaveTextContent('Saknas (Uppgift saknas)');
    expect(screen.getByText(/U33400 – börjar följas/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hämta och spara' }));
    expect(
      await screen.findByRole('heading', { name: 'Klart: uppgifterna är hämtade' }),
    ).toHaveFocus();
    const confirm = api.to('POST', IMPORT)[1];
    expect(((await confirm?.json()) as { dryRun: boolean }).dryRun).toBe(false);
    expect(screen.getByRole('link', { name: 'U33400' })).toHaveAttribute(
      'href',
      '/t/1287/indicators/bbbbbbbb-0000-4000-8000-000000000020',
    );
  });
});
