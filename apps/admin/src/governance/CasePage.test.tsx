import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import {
  CASE_ID,
  newAssignment,
  newCase,
  newDecision,
  newForum,
  T,
  timelineOf,
  UNITS,
} from '../../test/collaboration-fixtures';
import { apiError, json, stubFetch, type Handler } from '../../test/fetch-stub';
import { newUser, userWithRole } from '../../test/fixtures';
import { newPlan, summaryOf } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';

const PLAN_ID = 'a1a1a1a1-0000-4000-8000-000000000077';

const CASE = `${T}/cases/${CASE_ID}`;

function openCase(routes: Record<string, Handler> = {}, user = newUser()) {
  const decision = newDecision();
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${T}/org-units`]: () => json(200, UNITS.all),
    [`GET ${CASE}`]: () => json(200, newCase({ overdueAssignments: 1 })),
    [`GET ${CASE}/decisions`]: () => json(200, [decision]),
    [`GET ${CASE}/assignments`]: () =>
      json(200, [
        newAssignment(),
        newAssignment({
          id: 'c3c3c3c3-0000-4000-8000-000000000002',
          title: 'Bereda strategin',
          status: 'reported',
          reportedOn: '2021-11-01',
          state: 'reported',
          daysLeft: null,
          dueMeetingMonth: null,
          due: { date: null, source: 'none' },
        }),
      ]),
    [`GET ${CASE}/timeline`]: () =>
      json(
        200,
        timelineOf([
          {
            date: '2021-09-09',
            kind: 'submitted',
            title: 'Strategi mot våld i nära relationer',
            refId: CASE_ID,
          },
          {
            date: '2021-09-22',
            kind: 'decision',
            title: 'SN § 158: Socialnämnden föreslår kommunstyrelsen att samordna arbetet',
            refId: decision.id,
          },
          {
            date: '2022-06-30',
            kind: 'assignment_due',
            title: 'Återrapportering senast: Samordna',
            refId: 'c3c3c3c3-0000-4000-8000-000000000001',
            estimated: true,
            overdue: true,
          },
        ]),
      ),
    ...routes,
  });
  return { api, ...renderApp(`/t/1287/decisions/${CASE_ID}`) };
}

describe('case page', () => {
  it('reads as one timeline, with each decision’s appeal window and overdue report-backs standing out', async () => {
    openCase();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Strategi mot våld i nära relationer' }),
    ).toBeInTheDocument();
    const timeline = screen.getByRole('list', { name: 'Ärendets tidslinje' });
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries.map((e) => e.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2021-09-09',
      '2021-09-22',
      '2022-06-30',
    ]);
    expect(entries[2]).toHaveTextContent('Försenat');
    expect(entries[2]).toHaveTextContent('uppskattat');

    const decision = screen.getByRole('article');
    await waitFor(() => expect(decision).toHaveTextContent('SN 2021-09-22 § 158'));
    expect(decision).toHaveTextContent('Kommunstyrelsen, Socialchef');
    expect(decision).toHaveTextContent('Tiden för laglighetsprövning gick ut 2021-10-20.');

    const overdue = screen.getByRole('row', { name: /Samordna utifrån socialnämndens beslut/ });
    expect(overdue).toHaveClass('row--overdue');
    expect(overdue).toHaveTextContent('Försenat');
    expect(overdue).toHaveTextContent('sammanträdet i juni 2021 (uppskattat)');
    const reported = screen.getByRole('row', { name: /Bereda strategin/ });
    expect(reported).not.toHaveClass('row--overdue');
    expect(reported).toHaveTextContent('återrapporterat 2021-11-01');
  });

  it('shows the appeal window live as the anslag date is typed, computed by the domain rule', async () => {
    const { user } = openCase();
    const form = await screen.findByRole('form', { name: 'Registrera beslut' });
    const preview = within(form).getByTestId('appeal-preview');
    expect(preview).toHaveTextContent('Ange dagen då anslaget sattes upp');

    await user.type(within(form).getByLabelText('Anslaget uppsatt'), '2021-09-29');
    expect(preview).toHaveTextContent(
      'Anslaget 2021-09-29: laglighetsprövning kan begäras till och med 2021-10-20.',
    );
    expect(preview).toHaveTextContent('Anslaget får tas ned tidigast 2021-10-21.');

    // Three weeks from 2021-12-04 is Saturday Christmas Day: the window runs to Monday the 27th.
    await user.clear(within(form).getByLabelText('Anslaget uppsatt'));
    await user.type(within(form).getByLabelText('Anslaget uppsatt'), '2021-12-04');
    expect(preview).toHaveTextContent('till och med 2021-12-27');
    expect(preview).toHaveTextContent('2021-12-25, som inte är en vardag');
  });

  it('shows validation at the field and records a decision with every protocol detail', async () => {
    const saved = newDecision({ id: 'c2c2c2c2-0000-4000-8000-000000000009' });
    const { api, user } = openCase({ [`POST ${CASE}/decisions`]: () => json(201, saved) });
    const form = await screen.findByRole('form', { name: 'Registrera beslut' });
    await user.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    expect(within(form).getByLabelText(/^Beslutande organ/)).toHaveAccessibleDescription(
      'Beslutande organ måste anges.',
    );
    expect(within(form).getByLabelText(/^Beslutande organ/)).toHaveFocus();
    expect(within(form).getByLabelText(/^Beslutspunkter/)).toHaveAccessibleDescription(
      expect.stringContaining('Beslutspunkter'),
    );
    expect(api.to('POST', `${CASE}/decisions`)).toHaveLength(0);

    await user.selectOptions(within(form).getByLabelText(/^Beslutande organ/), UNITS.sn.id);
    await user.type(within(form).getByLabelText(/^Sammanträdesdatum/), '2021-09-22');
    await user.type(within(form).getByLabelText(/^Paragraf/), '158');
    await user.type(
      within(form).getByLabelText(/^Beslutspunkter/),
      'att föreslå kommunstyrelsen att samordna arbetet{Enter}att SN, BUN och KFN ingår',
    );
    await user.click(within(form).getByLabelText('Kommunstyrelsen'));
    await user.type(within(form).getByLabelText(/^Skickas även till/), 'Socialchef');
    // Justering before the meeting is refused at the field, as the API would.
    await user.type(within(form).getByLabelText('Justerat'), '2021-09-20');
    await user.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    expect(within(form).getByLabelText('Justerat')).toHaveAccessibleDescription(
      'Justerat kan inte vara före sammanträdet.',
    );
    await user.clear(within(form).getByLabelText('Justerat'));
    await user.type(within(form).getByLabelText('Justerat'), '2021-09-29');
    await user.type(within(form).getByLabelText('Anslaget uppsatt'), '2021-09-29');
    await user.type(within(form).getByLabelText('Anslaget nedtaget'), '2021-10-21');
    await user.click(within(form).getByRole('button', { name: 'Spara beslutet' }));

    expect(await screen.findByText('Beslutet har sparats.')).toBeInTheDocument();
    const [request] = api.to('POST', `${CASE}/decisions`);
    expect(await request?.json()).toEqual({
      status: 'decided',
      bodyUnitId: UNITS.sn.id,
      meetingDate: '2021-09-22',
      paragraph: '158',
      points: ['att föreslå kommunstyrelsen att samordna arbetet', 'att SN, BUN och KFN ingår'],
      proposedOn: null,
      justeringOn: '2021-09-29',
      noticePostedOn: '2021-09-29',
      noticeRemovedOn: '2021-10-21',
      sentToUnitIds: [UNITS.ks.id],
      sentToOthers: ['Socialchef'],
      summary: null,
    });
    // The case is read again, so the timeline shows the new decision.
    expect(api.to('GET', `${CASE}/timeline`).length).toBeGreaterThan(1);
  });

  it('marks an assignment reported back, and shows the newer state on a stale edit', async () => {
    const { api, user } = openCase({
      [`PATCH ${CASE}/assignments/c3c3c3c3-0000-4000-8000-000000000001`]: () =>
        apiError(409, 'stale_version', 'Någon annan har ändrat uppdraget.', {
          current: newAssignment({
            version: 2,
            status: 'reported',
            reportedOn: '2021-06-16',
            state: 'reported',
          }),
        }),
    });
    await user.click(
      await screen.findByRole('button', {
        name: 'Markera Samordna utifrån socialnämndens beslut och återrapportera som återrapporterat',
      }),
    );
    const date = screen.getByLabelText(/^Återrapporterat/);
    await user.clear(date);
    await user.type(date, '2021-06-16');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(alert).toHaveTextContent('Återrapporterat');
    expect(alert).toHaveTextContent('2021-06-16');
    const [request] = api.to('PATCH', `${CASE}/assignments/c3c3c3c3-0000-4000-8000-000000000001`);
    expect(await request?.json()).toEqual({
      version: 1,
      status: 'reported',
      reportedOn: '2021-06-16',
    });
  });

  it('links the plans and forums the case concerns', async () => {
    const forum = newForum();
    openCase({
      [`GET ${CASE}`]: () => json(200, newCase({ planIds: [PLAN_ID], forumIds: [forum.id] })),
      [`GET ${T}/action-plans`]: () =>
        json(200, [summaryOf(newPlan({ id: PLAN_ID, title: 'Strategi mot våld 2022–2026' }))]),
      [`GET ${T}/forums`]: () => json(200, [forum]),
    });
    expect(
      await screen.findByRole('link', { name: 'Strategi mot våld 2022–2026' }),
    ).toHaveAttribute('href', `/t/1287/plans/${PLAN_ID}`);
    expect(
      await screen.findByRole('link', { name: 'Samverkansgruppen mot våld i nära relationer' }),
    ).toHaveAttribute('href', `/t/1287/collaboration/forums/${forum.id}`);
  });

  it('records a proposal: its own date, no justering or anslag', async () => {
    const { api, user } = openCase({
      [`POST ${CASE}/decisions`]: () => json(201, newDecision({ status: 'proposed' })),
    });
    const form = await screen.findByRole('form', { name: 'Registrera beslut' });
    await user.click(within(form).getByLabelText('Förslag till beslut'));
    expect(within(form).queryByLabelText('Justerat')).not.toBeInTheDocument();
    expect(within(form).queryByTestId('appeal-preview')).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText(/^Beslutande organ/), UNITS.kf.id);
    await user.type(within(form).getByLabelText(/^Förslagets datum/), '2022-11-04');
    await user.type(within(form).getByLabelText(/^Beslutspunkter/), 'Motionen bifalles.');
    await user.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    await screen.findByText('Beslutet har sparats.');
    const [request] = api.to('POST', `${CASE}/decisions`);
    expect(await request?.json()).toMatchObject({
      status: 'proposed',
      bodyUnitId: UNITS.kf.id,
      meetingDate: null,
      proposedOn: '2022-11-04',
      points: ['Motionen bifalles.'],
      justeringOn: null,
      noticePostedOn: null,
    });
  });

  it('lets readers read the trail but shows no forms', async () => {
    openCase({}, userWithRole('reader'));
    await screen.findByRole('list', { name: 'Ärendets tidslinje' });
    expect(screen.getByText('Du kan läsa ärendena men inte ändra dem.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /återrapporterat/i })).not.toBeInTheDocument();
  });
});
