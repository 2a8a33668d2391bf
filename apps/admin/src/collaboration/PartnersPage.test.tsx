import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newForum, newPartner, POLICE, T, UNITS } from '../../test/collaboration-fixtures';
import { apiError, json, stubFetch, type Handler } from '../../test/fetch-stub';
import { newUser, userWithRole } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const SHELTER = newPartner();

function open(path: string, routes: Record<string, Handler> = {}, user = newUser()) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${T}/org-units`]: () => json(200, UNITS.all),
    [`GET ${T}/partners`]: () => json(200, [SHELTER, POLICE]),
    [`GET ${T}/partners/${SHELTER.id}`]: () => json(200, SHELTER),
    [`GET ${T}/forums`]: () => json(200, [newForum()]),
    [`GET ${T}/agreements`]: () => json(200, []),
    ...routes,
  });
  return { api, ...renderApp(path) };
}

describe('partners', () => {
  it('lists partners by type with their contact persons', async () => {
    open('/t/1287/collaboration/partners');
    const row = await screen.findByRole('row', { name: /Kvinnojouren Söderslätt/ });
    expect(row).toHaveTextContent('Kvinnojour eller tjejjour');
    expect(row).toHaveTextContent('Jourens samordnare');
    expect(screen.getByRole('row', { name: /Polisen/ })).toHaveTextContent('Kommunpolis');
    // By type in the domain's order: the police before the women's shelter.
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('a')?.textContent),
    ).toEqual(['Polisen', 'Kvinnojouren Söderslätt']);
  });

  it('creates a partner with a contact person, the title required at the field', async () => {
    const created = newPartner({ id: 'd1d1d1d1-0000-4000-8000-000000000009', name: 'Tjejjouren' });
    const { api, user } = open('/t/1287/collaboration/partners', {
      [`POST ${T}/partners`]: () => json(201, created),
      [`GET ${T}/partners/${created.id}`]: () => json(200, created),
    });
    const form = await screen.findByRole('form', { name: 'Ny samverkanspart' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Tjejjouren');
    await user.selectOptions(within(form).getByLabelText(/^Typ/), 'Kvinnojour eller tjejjour');
    await user.click(within(form).getByRole('button', { name: 'Lägg till kontaktperson' }));
    const contact = within(form).getByRole('group', { name: 'Kontaktperson 1' });
    await user.type(within(contact).getByLabelText('E-post'), 'ordforande@tjejjouren.example');
    await user.click(within(form).getByRole('button', { name: 'Skapa samverkanspart' }));
    expect(within(contact).getByLabelText(/^Titel eller roll/)).toHaveAccessibleDescription(
      'Titel måste anges.',
    );
    expect(api.to('POST', `${T}/partners`)).toHaveLength(0);

    await user.type(within(contact).getByLabelText(/^Titel eller roll/), 'Ordförande');
    await user.click(within(form).getByRole('button', { name: 'Skapa samverkanspart' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tjejjouren' }),
    ).toBeInTheDocument();
    const [request] = api.to('POST', `${T}/partners`);
    expect(await request?.json()).toEqual({
      name: 'Tjejjouren',
      type: 'womens_shelter',
      careService: null,
      orgUnitId: null,
      description: null,
      contacts: [{ name: null, title: 'Ordförande', email: 'ordforande@tjejjouren.example' }],
    });
  });

  it('asks the region’s healthcare partners which care service they are, for the regional comparison', async () => {
    const created = newPartner({
      id: 'd1d1d1d1-0000-4000-8000-000000000010',
      name: 'Ungdomsmottagningen Trelleborg',
      type: 'region_healthcare',
      careService: 'youth_clinic',
      contacts: [],
    });
    const { api, user } = open('/t/1287/collaboration/partners', {
      [`POST ${T}/partners`]: () => json(201, created),
      [`GET ${T}/partners/${created.id}`]: () => json(200, created),
    });
    const form = await screen.findByRole('form', { name: 'Ny samverkanspart' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Ungdomsmottagningen Trelleborg');
    expect(within(form).queryByLabelText(/^Vårdverksamhet/)).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText(/^Typ/), 'Region, hälso- och sjukvård');
    await user.selectOptions(within(form).getByLabelText(/^Vårdverksamhet/), 'Ungdomsmottagning');
    await user.click(within(form).getByRole('button', { name: 'Skapa samverkanspart' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ungdomsmottagningen Trelleborg' }),
    ).toBeInTheDocument();
    const [request] = api.to('POST', `${T}/partners`);
    expect(await request?.json()).toMatchObject({
      type: 'region_healthcare',
      careService: 'youth_clinic',
    });
  });

  it('shows the partner’s forums, and a stale edit with what someone else saved', async () => {
    const { api, user } = open(`/t/1287/collaboration/partners/${SHELTER.id}`, {
      [`PATCH ${T}/partners/${SHELTER.id}`]: () =>
        apiError(409, 'stale_version', 'Någon annan har ändrat samverkansparten.', {
          current: { ...SHELTER, name: 'Kvinnojouren Söderslätt ideell förening', version: 2 },
        }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Kvinnojouren Söderslätt' });
    expect(
      await screen.findByRole('link', { name: 'Samverkansgruppen mot våld i nära relationer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SHELTER.contacts[0]!.email! })).toHaveAttribute(
      'href',
      `mailto:${SHELTER.contacts[0]!.email}`,
    );

    await user.click(screen.getByRole('button', { name: 'Ändra samverkanspart' }));
    const form = screen.getByRole('form', { name: 'Ändra samverkanspart' });
    await user.type(within(form).getByLabelText(/^Beskrivning/), ' Tar emot placeringar.');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Kvinnojouren Söderslätt ideell förening');
    const [request] = api.to('PATCH', `${T}/partners/${SHELTER.id}`);
    expect((await request!.json()).version).toBe(1);

    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    expect(within(form).getByLabelText(/^Namn \(obligatoriskt\)/)).toHaveValue(
      'Kvinnojouren Söderslätt ideell förening',
    );
  });

  it('lets readers see a partner but not edit it', async () => {
    open(`/t/1287/collaboration/partners/${SHELTER.id}`, {}, userWithRole('reader'));
    await screen.findByRole('heading', { level: 1, name: 'Kvinnojouren Söderslätt' });
    expect(screen.queryByRole('button', { name: 'Ändra samverkanspart' })).not.toBeInTheDocument();
  });
});
