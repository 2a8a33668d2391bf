import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import {
  ASSESSMENT,
  FORUM_ID,
  MEETING,
  MEMBERS,
  newForum,
  newPartner,
  POLICE,
  T,
  UNITS,
} from '../../test/collaboration-fixtures';
import { apiError, json, stubFetch, type Handler } from '../../test/fetch-stub';
import { newUser, userWithRole } from '../../test/fixtures';
import { newPlan, summaryOf } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';

const FORUM = `${T}/forums/${FORUM_ID}`;

function openForum(routes: Record<string, Handler> = {}, user = newUser()) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${T}/org-units`]: () => json(200, UNITS.all),
    [`GET ${T}/partners`]: () => json(200, [newPartner(), POLICE]),
    [`GET ${FORUM}`]: () => json(200, newForum()),
    [`GET ${FORUM}/meetings`]: () => json(200, [MEETING]),
    [`GET ${FORUM}/assessments`]: () => json(200, [ASSESSMENT]),
    ...routes,
  });
  return { api, ...renderApp(`/t/1287/collaboration/forums/${FORUM_ID}`) };
}

describe('forum page', () => {
  it('shows members, each term against the cadence with shortfalls flagged, and the assessments', async () => {
    openForum();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Samverkansgruppen mot våld i nära relationer',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 gånger per termin', { selector: 'dd' })).toBeInTheDocument();

    const members = screen.getByRole('table', { name: 'Forumets medlemmar och deras roller' });
    await waitFor(() =>
      expect(within(members).getByRole('row', { name: /Polisen/ })).toHaveTextContent(
        'Representanter från polisen',
      ),
    );
    expect(within(members).getByRole('row', { name: /Familjevårdsgruppen/ })).toHaveTextContent(
      'Ordförande',
    );

    // Twice a term from 2020-07-01 with one meeting: the autumn fell short, the spring is behind.
    expect(screen.getByText('En period hade för få möten: höstterminen 2020.')).toBeInTheDocument();
    expect(
      screen.getByText('Det saknas 2 möten under vårterminen 2021, senast 2021-06-30.'),
    ).toBeInTheDocument();
    const cadence = screen.getByRole('table', { name: 'Hållna möten mot utlovade per period' });
    const rows = within(cadence).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'vårterminen 202102▲Ligger efter',
      'höstterminen 202012■För få möten',
    ]);

    const meeting = screen.getByRole('heading', {
      level: 3,
      name: '1 oktober 2020',
    }).parentElement!;
    expect(meeting).toHaveTextContent('Närvaro: 3 av 3');

    const history = screen.getByRole('table', { name: /Bedömningar av hur samverkan fungerar/ });
    expect(within(history).getByRole('row', { name: /2020-10-01/ })).toHaveTextContent(
      '4 – Fungerar välSamtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
    );
  });

  it('records a meeting with its attendance', async () => {
    const { api, user } = openForum({
      [`POST ${FORUM}/meetings`]: () =>
        json(201, { ...MEETING, id: 'a2a2a2a2-0000-4000-8000-000000000009', date: '2021-02-11' }),
    });
    const form = await screen.findByRole('form', { name: 'Registrera möte' });
    await user.click(within(form).getByRole('button', { name: 'Spara mötet' }));
    expect(within(form).getByLabelText(/^Datum/)).toHaveAccessibleDescription('Datum måste anges.');
    expect(api.to('POST', `${FORUM}/meetings`)).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Datum/), '2021-02-11');
    await user.type(within(form).getByLabelText('Dagordning'), 'Läget i samverkan');
    await waitFor(() => expect(within(form).getByLabelText('Polisen')).toBeInTheDocument());
    await user.click(within(form).getByLabelText('Polisen'));
    await user.click(within(form).getByRole('button', { name: 'Spara mötet' }));

    expect(await screen.findByText('Mötet 2021-02-11 har registrerats.')).toBeInTheDocument();
    const [request] = api.to('POST', `${FORUM}/meetings`);
    expect(await request?.json()).toEqual({
      date: '2021-02-11',
      agenda: 'Läget i samverkan',
      notes: null,
      attendeeMemberIds: [MEMBERS[1]!.id],
    });
  });

  it('requires a rating, then saves an assessment made at a meeting', async () => {
    const { api, user } = openForum({
      [`POST ${FORUM}/assessments`]: () => json(201, ASSESSMENT),
    });
    const form = await screen.findByRole('form', { name: 'Bedöm samverkan' });
    await user.type(within(form).getByLabelText(/^Datum/), '2020-10-01');
    await user.click(within(form).getByRole('button', { name: 'Spara bedömningen' }));
    const group = within(form).getByRole('group', { name: /^Bedömning/ });
    expect(group).toHaveTextContent('Bedömning måste anges.');
    expect(api.to('POST', `${FORUM}/assessments`)).toHaveLength(0);

    await user.click(within(form).getByLabelText('4 – Fungerar väl'));
    await user.type(within(form).getByLabelText('Kommentar'), 'Fungerar väl.');
    await user.click(within(form).getByRole('button', { name: 'Spara bedömningen' }));
    expect(await screen.findByText('Bedömningen har sparats.')).toBeInTheDocument();
    const [request] = api.to('POST', `${FORUM}/assessments`);
    expect(await request?.json()).toEqual({
      date: '2020-10-01',
      rating: 4,
      comment: 'Fungerar väl.',
      meetingId: MEETING.id,
    });
  });

  it('adds one of the kommun’s units as a member', async () => {
    const { api, user } = openForum({
      [`POST ${FORUM}/members`]: () =>
        json(201, {
          ...MEMBERS[0],
          id: 'e1e1e1e1-0000-4000-8000-000000000009',
          orgUnitId: UNITS.sf.id,
          role: 'member',
        }),
    });
    const form = await screen.findByRole('form', { name: 'Lägg till medlem' });
    await user.click(within(form).getByLabelText('En av kommunens enheter'));
    await user.click(within(form).getByRole('button', { name: 'Lägg till medlem' }));
    expect(within(form).getByLabelText(/^Enhet/)).toHaveAccessibleDescription(
      'Ange antingen en samverkanspart eller en av kommunens enheter som medlem.',
    );
    await user.selectOptions(within(form).getByLabelText(/^Enhet/), UNITS.sf.id);
    await user.selectOptions(within(form).getByLabelText('Roll'), 'Sekreterare');
    await user.click(within(form).getByRole('button', { name: 'Lägg till medlem' }));
    expect(await screen.findByText('Socialförvaltningen är nu medlem.')).toBeInTheDocument();
    const [request] = api.to('POST', `${FORUM}/members`);
    expect(await request?.json()).toEqual({
      partnerId: null,
      orgUnitId: UNITS.sf.id,
      role: 'secretary',
      representative: null,
    });
  });

  it('edits the forum’s cadence and plans, showing a newer version on a stale edit', async () => {
    const plan = summaryOf(
      newPlan({ title: 'Handlingsplan mot våld i nära relationer 2021–2026' }),
    );
    const { api, user } = openForum({
      [`GET ${T}/action-plans`]: () => json(200, [plan]),
      [`PATCH ${FORUM}`]: () =>
        apiError(409, 'stale_version', 'Någon annan har ändrat forumet.', {
          current: newForum({ cadence: { unit: 'month', count: 1 }, version: 2 }),
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra forum' }));
    const form = screen.getByRole('form', { name: 'Ändra samverkansforum' });
    expect(within(form).getByLabelText('Antal möten')).toHaveValue('2');
    await user.clear(within(form).getByLabelText('Antal möten'));
    await user.type(within(form).getByLabelText('Antal möten'), 'två');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    expect(within(form).getByLabelText('Antal möten')).toHaveAccessibleDescription(
      expect.stringContaining('heltal'),
    );
    await user.clear(within(form).getByLabelText('Antal möten'));
    await user.type(within(form).getByLabelText('Antal möten'), '3');
    await user.click(await within(form).findByLabelText(plan.title));
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(alert).toHaveTextContent('1 gång per månad');
    const [request] = api.to('PATCH', FORUM);
    expect(await request?.json()).toMatchObject({
      version: 1,
      cadence: { unit: 'term', count: 3 },
      planIds: [plan.id],
    });
    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    expect(within(form).getByLabelText('Antal möten')).toHaveValue('1');
    expect(within(form).getByLabelText('Per')).toHaveValue('month');
  });

  it('lets readers see the forum but not change it', async () => {
    openForum({}, userWithRole('reader'));
    await screen.findByRole('table', { name: 'Hållna möten mot utlovade per period' });
    expect(screen.getByText('Du kan läsa men inte ändra.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ändra forum' })).not.toBeInTheDocument();
  });
});
