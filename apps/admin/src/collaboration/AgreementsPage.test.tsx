import { isoDateIn } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { newAgreement, newPartner, POLICE, T, UNITS } from '../../test/collaboration-fixtures';
import { apiError, json, stubFetch, type Handler } from '../../test/fetch-stub';
import { newUser, userWithRole } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const LAPSED = newAgreement();
const CURRENT = newAgreement({
  id: 'a4a4a4a4-0000-4000-8000-000000000002',
  partnerId: newPartner().id,
  subject: 'Överenskommelse om skyddat boende',
  lastFollowUpOn: '2026-01-10',
  followUp: {
    state: 'current',
    countedFrom: '2026-01-10',
    followUpBy: '2028-01-10',
    daysLeft: 400,
  },
});
const LAPSING = newAgreement({
  id: 'a4a4a4a4-0000-4000-8000-000000000003',
  subject: 'Överenskommelse om samverkan kring unga',
  lastFollowUpOn: null,
  followUp: { state: 'lapsing', countedFrom: '2025-01-01', followUpBy: '2027-01-01', daysLeft: 30 },
});

function openAgreements(routes: Record<string, Handler> = {}, user = newUser()) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${T}/org-units`]: () => json(200, UNITS.all),
    [`GET ${T}/partners`]: () => json(200, [newPartner(), POLICE]),
    [`GET ${T}/agreements`]: () => json(200, [CURRENT, LAPSED, LAPSING]),
    ...routes,
  });
  return { api, ...renderApp('/t/1287/collaboration/agreements') };
}

describe('agreements page', () => {
  it('lists each agreement with its follow-up state by the 24-month rule, lapsed first', async () => {
    openAgreements();
    const table = await screen.findByRole('table', {
      name: 'Överenskommelser med uppföljningsstatus',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('rowheader')[0]?.textContent)).toEqual([
      LAPSED.subject,
      LAPSING.subject,
      CURRENT.subject,
    ]);
    expect(rows[0]).toHaveClass('row--overdue');
    expect(rows[0]).toHaveTextContent('Inte aktuell');
    expect(rows[0]).toHaveTextContent('2024-03-15för 600 dagar sedan');
    expect(rows[1]).toHaveTextContent('Behöver följas upp snart');
    expect(rows[1]).toHaveTextContent('Aldrig');
    expect(rows[2]).toHaveTextContent('Aktuell');
    await waitFor(() => expect(rows[0]).toHaveTextContent('Polisen'));
  });

  it('records a follow-up with the version it started from', async () => {
    const followedUp = newAgreement({
      lastFollowUpOn: '2026-11-02',
      followUp: {
        state: 'current',
        countedFrom: '2026-11-02',
        followUpBy: '2028-11-02',
        daysLeft: 700,
      },
      version: 4,
    });
    const { api, user } = openAgreements({
      [`PATCH ${T}/agreements/${LAPSED.id}`]: () => json(200, followedUp),
    });
    await user.click(
      await screen.findByRole('button', { name: `Registrera uppföljning av ${LAPSED.subject}` }),
    );
    const form = screen.getByRole('form', { name: `Uppföljning av ${LAPSED.subject}` });
    const date = within(form).getByLabelText(/^Uppföljd/);
    expect(date).toHaveValue(isoDateIn(new Date()));
    expect(date).toHaveFocus();
    // Before the signing is refused at the field.
    await user.clear(date);
    await user.type(date, '2020-01-01');
    await user.click(within(form).getByRole('button', { name: 'Spara uppföljningen' }));
    expect(date).toHaveAccessibleDescription(
      'Senast uppföljd kan inte vara före dagen då överenskommelsen undertecknades.',
    );
    await user.clear(date);
    await user.type(date, '2026-11-02');
    await user.click(within(form).getByRole('button', { name: 'Spara uppföljningen' }));

    expect(
      await screen.findByText(
        'Uppföljningen 2026-11-02 har sparats. Överenskommelsen är aktuell till 2028-11-02.',
      ),
    ).toBeInTheDocument();
    const [request] = api.to('PATCH', `${T}/agreements/${LAPSED.id}`);
    expect(await request?.json()).toEqual({ version: 3, lastFollowUpOn: '2026-11-02' });
  });

  it('shows what someone else saved when the follow-up is stale, and retries from it', async () => {
    let calls = 0;
    const newer = newAgreement({ lastFollowUpOn: '2026-10-01', version: 5 });
    const { api, user } = openAgreements({
      [`PATCH ${T}/agreements/${LAPSED.id}`]: () => {
        calls += 1;
        return calls === 1
          ? apiError(409, 'stale_version', 'Någon annan har ändrat överenskommelsen.', {
              current: { ...newer, followUp: { ...newer.followUp, state: 'current' } },
            })
          : json(200, newer);
      },
    });
    await user.click(
      await screen.findByRole('button', { name: `Registrera uppföljning av ${LAPSED.subject}` }),
    );
    const form = screen.getByRole('form', { name: `Uppföljning av ${LAPSED.subject}` });
    await user.click(within(form).getByRole('button', { name: 'Spara uppföljningen' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(alert).toHaveTextContent('Senast uppföljd2026-10-01');
    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    await user.click(within(form).getByRole('button', { name: 'Spara uppföljningen' }));
    await screen.findByText(/Uppföljningen .* har sparats/);
    const requests = api.to('PATCH', `${T}/agreements/${LAPSED.id}`);
    expect((await requests[1]!.json()).version).toBe(5);
  });

  it('creates an agreement, with the partner required', async () => {
    const { api, user } = openAgreements({
      [`POST ${T}/agreements`]: () => json(201, CURRENT),
    });
    const form = await screen.findByRole('form', { name: 'Ny överenskommelse' });
    await user.click(within(form).getByRole('button', { name: 'Skapa överenskommelse' }));
    expect(within(form).getByLabelText(/^Samverkanspart/)).toHaveAccessibleDescription(
      'Samverkanspart måste anges.',
    );
    expect(within(form).getByLabelText(/^Samverkanspart/)).toHaveFocus();
    await waitFor(() =>
      expect(within(form).getByRole('option', { name: 'Polisen' })).toBeInTheDocument(),
    );
    await user.selectOptions(within(form).getByLabelText(/^Samverkanspart/), 'Polisen');
    await user.type(within(form).getByLabelText(/^Avser/), 'Trygghet i centrum');
    await user.type(within(form).getByLabelText(/^Undertecknad \(obligatoriskt\)/), '2025-05-01');
    await user.selectOptions(
      within(form).getByLabelText(/^Undertecknad på nivå/),
      'Förvaltningsledning',
    );
    await user.click(within(form).getByRole('button', { name: 'Skapa överenskommelse' }));
    expect(await screen.findByText('Överenskommelsen har skapats.')).toBeInTheDocument();
    const [request] = api.to('POST', `${T}/agreements`);
    expect(await request?.json()).toEqual({
      partnerId: POLICE.id,
      subject: 'Trygghet i centrum',
      signedOn: '2025-05-01',
      signatoryLevel: 'executive',
      signedBy: null,
      lastFollowUpOn: null,
      responsibleUnitId: null,
    });
  });

  it('shows readers the states but no way to change them', async () => {
    openAgreements({}, userWithRole('reader'));
    await screen.findByRole('table', { name: 'Överenskommelser med uppföljningsstatus' });
    expect(
      screen.queryByRole('button', { name: /Registrera uppföljning/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
