import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser, userWithRole } from '../../test/fixtures';
import { apiError, type Handler, json, stubFetch } from '../../test/fetch-stub';
import { newPlan, planPath } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';
import type { ActivityImport } from './transfer.api';

const plan = newPlan({ title: 'Handlingsplan 2022–2026', status: 'in_force' });
const IMPORT = `${planPath(plan.id)}/import`;
const importId = '99999999-0000-4000-8000-000000000001';
const IMPORT_ONE = `${planPath(plan.id)}/imports/${importId}`;

function newImport(overrides: Partial<ActivityImport> = {}): ActivityImport {
  return {
    id: importId,
    planId: plan.id,
    status: 'previewed',
    fileName: 'aktiviteter.xlsx',
    format: 'xlsx',
    totalRows: 10,
    processedRows: 0,
    summary: { created: 2, updated: 3, unchanged: 5, rejected: [] },
    error: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

const xlsx = () =>
  new File(['PK…'], 'aktiviteter.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

function openImport(routes: Record<string, Handler>, user = newUser()) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${planPath(plan.id)}`]: () => json(200, plan),
    ...routes,
  });
  return { api, ...renderApp(`/t/1287/plans/${plan.id}/import`) };
}

describe('import wizard', () => {
  it('previews a file with rejected rows and will not confirm it', async () => {
    const { api, user } = openImport({
      [`POST ${IMPORT}`]: () =>
        json(
          201,
          newImport({
            summary: {
              created: 1,
              updated: 0,
              unchanged: 6,
              rejected: [
                {
                  line: 4,
                  issues: [
                    {
                      field: 'level',
                      code: 'invalid_choice',
                      message: 'Nivå måste vara ett av: Individ, Organisation, Samhälle.',
                    },
                    {
                      field: 'endDate',
                      code: 'date_order',
                      message: 'Slutdatum kan inte vara före startdatum.',
                    },
                  ],
                },
                {
                  line: 9,
                  issues: [
                    {
                      field: 'responsibleUnit',
                      code: 'unknown_unit',
                      message:
                        'Ansvarig enhet: kommunen har ingen enhet som heter ”Socialkontoret”.',
                    },
                  ],
                },
              ],
            },
          }),
        ),
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Importera aktiviteter: Handlingsplan 2022–2026',
      }),
    ).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Importens steg' });
    expect(within(steps).getByText('Välj fil').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );

    await user.upload(screen.getByLabelText('Fil'), xlsx());
    await user.click(screen.getByRole('button', { name: 'Ladda upp och förhandsgranska' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Förhandsgranska' })).toHaveFocus();
    expect(within(steps).getByText('Förhandsgranska').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    const [upload] = api.to('POST', IMPORT);
    const body = await upload?.formData();
    expect((body?.get('file') as File).name).toBe('aktiviteter.xlsx');
    expect(upload?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');

    const count = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(count('Nya aktiviteter')).toHaveTextContent('1');
    expect(count('Oförändrade aktiviteter')).toHaveTextContent('6');
    expect(count('Rader med fel')).toHaveTextContent('2');
    const rejected = screen.getByRole('table', {
      name: 'Rader som inte kan importeras, med radnummer i filen',
    });
    const row4 = within(rejected).getByRole('row', { name: /^Rad 4/ });
    expect(row4).toHaveTextContent('Nivå måste vara ett av: Individ, Organisation, Samhälle.');
    expect(row4).toHaveTextContent('Slutdatum kan inte vara före startdatum.');
    expect(within(rejected).getByRole('row', { name: /^Rad 9/ })).toHaveTextContent(
      'Socialkontoret',
    );

    const confirm = screen.getByRole('button', { name: 'Bekräfta och importera' });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription(
      'Det går inte att importera förrän de 2 raderna med fel är rättade. Rätta filen och ladda upp den igen.',
    );
    await user.click(screen.getByRole('button', { name: 'Välj en annan fil' }));
    expect(screen.getByLabelText('Fil')).toBeInTheDocument();
  });

  it('confirms a clean preview and follows the import until it is done', async () => {
    let polls = 0;
    const { api, user } = openImport({
      [`POST ${IMPORT}`]: () => json(201, newImport()),
      [`POST ${IMPORT_ONE}/confirm`]: () => json(202, newImport({ status: 'running' })),
      [`GET ${IMPORT_ONE}`]: () => {
        polls += 1;
        return json(
          200,
          polls === 1
            ? newImport({ status: 'running', processedRows: 4 })
            : newImport({ status: 'done', processedRows: 10 }),
        );
      },
    });
    await user.upload(await screen.findByLabelText('Fil'), xlsx());
    await user.click(screen.getByRole('button', { name: 'Ladda upp och förhandsgranska' }));
    const confirm = await screen.findByRole('button', { name: 'Bekräfta och importera' });
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await screen.findByText('4 av 10 rader har importerats.')).toBeInTheDocument();
    expect(screen.getByLabelText('Importen pågår')).toHaveAttribute('value', '4');
    expect(
      await screen.findByText(
        'Importen är klar: 2 nya, 3 ändrade och 5 oförändrade aktiviteter.',
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Klart' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Öppna planen' })).toHaveAttribute(
      'href',
      `/t/1287/plans/${plan.id}`,
    );
    expect(api.to('POST', `${IMPORT_ONE}/confirm`)).toHaveLength(1);
  });

  it('says what is wrong with a file the API cannot read, next to the field', async () => {
    const { user } = openImport({
      [`POST ${IMPORT}`]: () =>
        apiError(400, 'import_missing_columns', 'Filen saknar kolumnerna Titel, Nivå.'),
    });
    await screen.findByLabelText('Fil');
    await user.click(screen.getByRole('button', { name: 'Ladda upp och förhandsgranska' }));
    expect(screen.getByLabelText('Fil')).toHaveAccessibleDescription(
      'Excel (.xlsx) eller CSV (.csv) med kolumnrubrikerna från exporten. Välj en fil att importera.',
    );
    await user.upload(screen.getByLabelText('Fil'), xlsx());
    await user.click(screen.getByRole('button', { name: 'Ladda upp och förhandsgranska' }));
    expect(await screen.findByText('Filen saknar kolumnerna Titel, Nivå.')).toBeInTheDocument();
    expect(screen.getByLabelText('Fil')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Fil')).toHaveFocus();
  });

  it('is for editors only', async () => {
    openImport({}, userWithRole('reader'));
    expect(
      await screen.findByText('Bara strateger och administratörer kan importera aktiviteter.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Fil')).not.toBeInTheDocument();
  });
});
