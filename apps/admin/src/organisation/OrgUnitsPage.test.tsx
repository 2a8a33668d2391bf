import type { OrgUnit } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newOrgUnit, newUser, trelleborgUnits, userWithRole } from '../../test/fixtures';
import { apiError, json, stubFetch, type Handler } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const LIST = '/api/v1/tenants/1287/org-units';
const unitPath = (unit: OrgUnit) => `${LIST}/${unit.id}`;

/** Signed in as a strategist of Trelleborg (unless another user is given), with these units. */
function openOrganisation(
  units: OrgUnit[],
  routes: Record<string, Handler> = {},
  user = newUser(),
) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${LIST}`]: () => json(200, units),
    ...routes,
  });
  return { api, ...renderApp('/t/1287/org-units') };
}

const tree = () => screen.findByRole('list', { name: 'Organisationsträd' });
/** The list item of a unit: its name, and its sub-units' lists. */
const itemOf = (name: string) =>
  screen.getByText(name, { selector: '.org-node__name' }).closest('li')!;

describe('organisation page', () => {
  it('renders the org units as a nested tree with translated kinds', async () => {
    const units = trelleborgUnits();
    openOrganisation(units.all);
    const root = await tree();

    expect(screen.getByRole('heading', { level: 1, name: 'Organisation' })).toBeInTheDocument();
    const topLevel = within(root)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === root);
    expect(topLevel).toHaveLength(1);
    expect(itemOf('Kommunfullmäktige')).toContainElement(itemOf('Kommunstyrelsen'));
    expect(itemOf('Kommunstyrelsen')).toContainElement(itemOf('Kommunstyrelsens arbetsutskott'));
    expect(itemOf('Socialnämnden')).toContainElement(itemOf('Familjevårdsgruppen'));
    expect(itemOf('Kommunstyrelsen')).not.toContainElement(itemOf('Socialnämnden'));
    // Children in Swedish order: Kommunstyrelsen before Socialnämnden.
    const children = within(itemOf('Kommunfullmäktige')).getAllByText(/nämnden|styrelsen$/, {
      selector: '.org-node__name',
    });
    expect(children.map((c) => c.textContent)).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    expect(
      within(itemOf('Socialförvaltningen')).getAllByText('Förvaltning')[0],
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ändra Socialnämnden' })).toBeInTheDocument();
  });

  it('shows readers the tree without any edit controls', async () => {
    const units = trelleborgUnits();
    openOrganisation(units.all, {}, userWithRole('reader'));
    await tree();

    expect(screen.getByText('Socialförvaltningen')).toBeInTheDocument();
    expect(screen.getByText('Du kan läsa organisationen men inte ändra den.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^(Ändra|Flytta|Ta bort)/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ny enhet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('keeps contributors read-only too', async () => {
    openOrganisation(trelleborgUnits().all, {}, userWithRole('contributor'));
    await tree();
    expect(screen.queryByRole('button', { name: /^Ändra/ })).not.toBeInTheDocument();
  });

  it('validates the create form on the client with Swedish messages', async () => {
    const { api, user } = openOrganisation(trelleborgUnits().all);
    const form = await screen.findByRole('form', { name: 'Ny enhet' });
    await user.click(within(form).getByRole('button', { name: 'Skapa enhet' }));

    expect(within(form).getByLabelText(/^Namn/)).toHaveAccessibleDescription('Namn måste anges.');
    expect(within(form).getByLabelText(/^Typ/)).toHaveAccessibleDescription('Typ måste anges.');
    expect(within(form).getByLabelText(/^Namn/)).toHaveFocus();
    expect(api.to('POST', LIST)).toHaveLength(0);
  });

  it('creates a unit under a parent and announces it', async () => {
    const units = trelleborgUnits();
    const created = newOrgUnit({ name: 'Trelleborgshem', kind: 'company', parentId: units.ks.id });
    let list = units.all;
    const { api, user } = openOrganisation([], {
      [`GET ${LIST}`]: () => json(200, list),
      [`POST ${LIST}`]: () => {
        list = [...units.all, created];
        return json(201, created);
      },
    });
    const form = await screen.findByRole('form', { name: 'Ny enhet' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Trelleborgshem');
    await user.selectOptions(within(form).getByLabelText(/^Typ/), 'Bolag');
    await user.selectOptions(within(form).getByLabelText('Överordnad enhet'), units.ks.id);
    await user.click(within(form).getByRole('button', { name: 'Skapa enhet' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Trelleborgshem har skapats.');
    expect(itemOf('Kommunstyrelsen')).toContainElement(itemOf('Trelleborgshem'));
    const [request] = api.to('POST', LIST);
    expect(await request?.json()).toEqual({
      name: 'Trelleborgshem',
      shortName: null,
      kind: 'company',
      parentId: units.ks.id,
    });
    expect(request?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
    expect(request?.headers.get('Accept-Language')).toBe('sv');
    expect(within(form).getByLabelText(/^Namn/)).toHaveValue('');
  });

  it('shows the server’s validation issues next to the matching fields', async () => {
    const { user } = openOrganisation(trelleborgUnits().all, {
      [`POST ${LIST}`]: () =>
        apiError(
          400,
          'validation_failed',
          'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
          {
            issues: [
              {
                field: 'name',
                code: 'invalid',
                message: 'Det finns redan en enhet som heter Socialnämnden.',
              },
              { field: 'parentId', code: 'invalid', message: 'Överordnad enhet finns inte.' },
            ],
          },
        ),
    });
    const form = await screen.findByRole('form', { name: 'Ny enhet' });
    const name = within(form).getByLabelText(/^Namn/);
    await user.type(name, 'Socialnämnden');
    await user.selectOptions(within(form).getByLabelText(/^Typ/), 'Nämnd');
    await user.click(within(form).getByRole('button', { name: 'Skapa enhet' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
    );
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Det finns redan en enhet som heter Socialnämnden.');
    expect(within(form).getByLabelText('Överordnad enhet')).toHaveAccessibleDescription(
      'Överordnad enhet finns inte.',
    );
    expect(name).toHaveFocus();

    // Changing the field takes its server message away.
    await user.type(name, ' och Omsorg');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('renames a unit and sends the version the edit was based on', async () => {
    const units = trelleborgUnits();
    const renamed = { ...units.sn, name: 'Social- och omsorgsnämnden', version: 2 };
    let list = units.all;
    const { api, user } = openOrganisation([], {
      [`GET ${LIST}`]: () => json(200, list),
      [`PATCH ${unitPath(units.sn)}`]: () => {
        list = list.map((u) => (u.id === renamed.id ? renamed : u));
        return json(200, renamed);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra Socialnämnden' }));
    const form = screen.getByRole('form', { name: 'Ändra Socialnämnden' });
    const name = within(form).getByLabelText(/^Namn/);
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Social- och omsorgsnämnden');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ändringarna i Social- och omsorgsnämnden har sparats.',
    );
    const [request] = api.to('PATCH', unitPath(units.sn));
    expect(await request?.json()).toEqual({
      version: 1,
      name: 'Social- och omsorgsnämnden',
      shortName: 'SN',
      kind: 'committee',
    });
    expect(screen.getByRole('button', { name: 'Ändra Social- och omsorgsnämnden' })).toHaveFocus();
  });

  it('shows a 409 conflict with the current values and reloads them', async () => {
    const units = trelleborgUnits();
    const theirs = { ...units.sn, name: 'Socialnämnden (ny)', shortName: 'SocN', version: 3 };
    const { api, user } = openOrganisation(units.all, {
      [`PATCH ${unitPath(units.sn)}`]: (request) =>
        request.json().then((body: { version: number }) =>
          body.version === 3
            ? json(200, { ...theirs, name: 'Socialnämnden 2026', version: 4 })
            : apiError(409, 'stale_version', 'Någon annan har ändrat detta sedan du öppnade det.', {
                current: theirs,
              }),
        ),
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra Socialnämnden' }));
    const form = screen.getByRole('form', { name: 'Ändra Socialnämnden' });
    await user.clear(within(form).getByLabelText(/^Namn/));
    await user.type(within(form).getByLabelText(/^Namn/), 'Socialnämnden 2026');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));

    const conflict = await within(form).findByRole('alert');
    expect(conflict).toHaveTextContent('Enheten har ändrats av någon annan');
    expect(conflict).toHaveTextContent('Socialnämnden (ny)');
    expect(conflict).toHaveTextContent('SocN');
    expect(conflict).toHaveTextContent('3');

    await user.click(within(conflict).getByRole('button', { name: 'Ladda om' }));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(form).getByLabelText(/^Namn/)).toHaveValue('Socialnämnden (ny)');
    expect(within(form).getByLabelText(/^Kortnamn/)).toHaveValue('SocN');

    await user.clear(within(form).getByLabelText(/^Namn/));
    await user.type(within(form).getByLabelText(/^Namn/), 'Socialnämnden 2026');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ändringarna i Socialnämnden 2026 har sparats.',
    );
    const versions = await Promise.all(
      api
        .to('PATCH', unitPath(units.sn))
        .map(async (r) => ((await r.json()) as { version: number }).version),
    );
    expect(versions).toEqual([1, 3]);
  });

  it('blocks a move under the unit’s own sub-unit without asking the API', async () => {
    const units = trelleborgUnits();
    const { api, user } = openOrganisation(units.all);
    await user.click(await screen.findByRole('button', { name: 'Flytta Socialnämnden' }));
    const form = screen.getByRole('form', { name: 'Flytta Socialnämnden' });
    const parent = within(form).getByLabelText('Ny överordnad enhet');
    await user.selectOptions(parent, units.fvg.id);
    await user.click(within(form).getByRole('button', { name: 'Flytta' }));

    expect(parent).toHaveAccessibleDescription(
      'En enhet kan inte placeras under sig själv eller under en av sina underenheter.',
    );
    expect(parent).toHaveFocus();
    expect(api.to('PATCH', unitPath(units.sn))).toHaveLength(0);
  });

  it('moves a unit to a new parent', async () => {
    const units = trelleborgUnits();
    const moved = { ...units.sn, parentId: units.ks.id, version: 2 };
    let list = units.all;
    const { api, user } = openOrganisation([], {
      [`GET ${LIST}`]: () => json(200, list),
      [`PATCH ${unitPath(units.sn)}`]: () => {
        list = list.map((u) => (u.id === moved.id ? moved : u));
        return json(200, moved);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Flytta Socialnämnden' }));
    const form = screen.getByRole('form', { name: 'Flytta Socialnämnden' });
    await user.selectOptions(within(form).getByLabelText('Ny överordnad enhet'), units.ks.id);
    await user.click(within(form).getByRole('button', { name: 'Flytta' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Socialnämnden har flyttats.');
    expect(itemOf('Kommunstyrelsen')).toContainElement(itemOf('Socialnämnden'));
    const [request] = api.to('PATCH', unitPath(units.sn));
    expect(await request?.json()).toEqual({ version: 1, parentId: units.ks.id });
  });

  it('asks before deleting, and shows the 409 when the unit has sub-units', async () => {
    const units = trelleborgUnits();
    const { api, user } = openOrganisation(units.all, {
      [`DELETE ${unitPath(units.sn)}`]: () =>
        apiError(
          409,
          'org_unit_has_children',
          'Enheten kan inte tas bort eftersom andra enheter ligger under den. Flytta eller ta bort dem först.',
        ),
    });
    await user.click(await screen.findByRole('button', { name: 'Ta bort Socialnämnden' }));
    const confirm = screen.getByRole('region', { name: 'Ta bort Socialnämnden' });
    expect(confirm).toHaveTextContent('Vill du ta bort Socialnämnden? Det går inte att ångra.');
    expect(within(confirm).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    expect(api.to('DELETE', unitPath(units.sn))).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Ja, ta bort' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'Enheten kan inte tas bort eftersom andra enheter ligger under den.',
    );
    expect(screen.getByText('Socialnämnden', { selector: '.org-node__name' })).toBeInTheDocument();
  });

  it('deletes a unit without sub-units', async () => {
    const units = trelleborgUnits();
    let list = units.all;
    const { api, user } = openOrganisation([], {
      [`GET ${LIST}`]: () => json(200, list),
      [`DELETE ${unitPath(units.fvg)}`]: () => {
        list = list.filter((u) => u.id !== units.fvg.id);
        return json(204);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Ta bort Familjevårdsgruppen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Familjevårdsgruppen har tagits bort.',
    );
    expect(
      screen.queryByText('Familjevårdsgruppen', { selector: '.org-node__name' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Organisationsträd' })).toHaveFocus();
    expect(api.to('DELETE', unitPath(units.fvg))[0]?.headers.get('X-CSRF-Token')).toBe(
      'csrf-token-1',
    );
  });
});
