import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { isoDateIn } from '@samla/domain';
import { newUser, trelleborgUnits, userWithRole } from '../../test/fixtures';
import { apiError, type Handler, json, stubFetch } from '../../test/fetch-stub';
import {
  activityPath,
  newActivity,
  newGoal,
  newPlan,
  newProgressUpdate,
  planPath,
} from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';
import { newIndicator } from '../indicators/indicator-fixtures';

const units = trelleborgUnits();
const plan = newPlan({ title: 'Handlingsplan 2022–2026', status: 'in_force' });
const goal = newGoal(plan.id, { title: 'Stöd och skydd' });
plan.goals = [goal];

const lateActivity = newActivity(plan.id, {
  title: 'Skyddat boende i egen regi',
  goalId: goal.id,
  responsibleUnitId: units.sn.id,
  participatingUnitIds: [units.fvg.id],
  level: 'individual',
  tier: 'targeted',
  targetGroups: ['victims', 'children_youth'],
  violenceTypes: ['vinr', 'mvk'],
  methodText: 'Egen modell',
  startDate: '2025-01-01',
  endDate: '2026-06-30',
  budgetSek: 150000,
  fundingSource: 'state_grant',
  status: 'ongoing',
  progress: 60,
  weight: 2,
  version: 4,
  tracking: { state: 'late', reasons: [{ code: 'past_end', endDate: '2026-06-30' }] },
});
plan.activities = [lateActivity];

function openActivity(user = newUser(), routes: Record<string, Handler> = {}) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${activityPath(lateActivity.id)}`]: () => json(200, lateActivity),
    [`GET ${planPath(plan.id)}`]: () => json(200, plan),
    [`GET ${activityPath(lateActivity.id)}/progress-updates`]: () =>
      json(200, [
        newProgressUpdate(lateActivity.id, {
          date: '2026-03-01',
          status: 'ongoing',
          progress: 60,
          comment: 'Avtal med hyresvärden klart.',
          authorName: 'Anna Strateg',
        }),
        newProgressUpdate(lateActivity.id, {
          date: '2026-05-10',
          status: 'delayed',
          progress: 60,
          comment: 'Väntar på lokal.',
          authorName: 'Medverkande Trelleborg',
        }),
      ]),
    'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
    'GET /api/v1/toolkit/methods': () => json(200, []),
    ...routes,
  });
  return { api, ...renderApp(`/t/1287/activities/${lateActivity.id}`) };
}

const UPDATES = `${activityPath(lateActivity.id)}/progress-updates`;

describe('activity page', () => {
  it('explains the tracking state in a sentence, with its rules one click away', async () => {
    const { user } = openActivity();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Skyddat boende i egen regi' }),
    ).toBeInTheDocument();
    const tracking = screen.getByRole('region', { name: 'Läge' });
    expect(within(tracking).getByText('Försenad')).toBeInTheDocument();
    expect(
      within(tracking).getByText(
        'Slutdatumet 2026-06-30 har passerat och aktiviteten är inte klar.',
      ),
    ).toBeInTheDocument();
    await user.click(within(tracking).getByText('Hur bedöms läget?'));
    expect(
      within(tracking).getByText(
        'Risk för försening gäller också en aktivitet som inte är påbörjad 14 dagar efter startdatum,',
      ),
    ).toBeVisible();
    expect(within(tracking).getByText(/mer än 25 procentenheter efter/)).toBeVisible();
  });

  it('shows every field with Swedish labels and formats', async () => {
    openActivity();
    const facts = await screen.findByRole('region', { name: 'Uppgifter' });
    const value = (label: string) =>
      within(facts).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(await within(facts).findByText('Socialnämnden')).toBeInTheDocument();
    expect(value('Mål')).toBe('1 Stöd och skydd');
    expect(value('Medverkande enheter')).toBe('Familjevårdsgruppen');
    expect(value('Nivå')).toBe('Individ');
    expect(value('Insatstyp')).toBe('Riktat');
    expect(value('Målgrupper')).toBe('Våldsutsatta, Barn och unga');
    expect(value('Våldsformer')).toBe('Våld i nära relationer (VINR), Mäns våld mot kvinnor (MVK)');
    expect(value('Metod')).toBe('Egen modell');
    expect(value('Startdatum')).toBe('2025-01-01');
    expect(value('Budget (kr)')).toMatch(/^150\s000\skr$/);
    expect(value('Finansiering')).toBe('Statsbidrag');
    expect(value('Genomfört (%)')).toMatch(/^60\s%$/);
    expect(value('Vikt')).toBe('2');
  });

  it('lists the follow-up history newest first', async () => {
    openActivity();
    const history = await screen.findByRole('table', { name: 'Uppföljningar, senaste först' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('2026-05-10');
    expect(rows[0]).toHaveTextContent('Försenad');
    expect(rows[0]).toHaveTextContent('Väntar på lokal.');
    expect(rows[0]).toHaveTextContent('Medverkande Trelleborg');
    expect(rows[1]).toHaveTextContent('2026-03-01');
  });

  it('records a follow-up dated today, with the version the reporter saw', async () => {
    const { api, user } = openActivity(newUser(), {
      [`POST ${UPDATES}`]: () =>
        json(
          201,
          newProgressUpdate(lateActivity.id, { date: isoDateIn(new Date()), progress: 75 }),
        ),
    });
    const form = await screen.findByRole('form', { name: 'Följ upp' });
    expect(within(form).getByLabelText(/^Datum/)).toHaveValue(isoDateIn(new Date()));
    expect(within(form).getByLabelText(/^Status/)).toHaveValue('ongoing');
    const progress = within(form).getByLabelText(/^Genomfört/);
    await user.clear(progress);
    await user.type(progress, '75');
    await user.type(within(form).getByLabelText(/^Kommentar/), 'Lokalen är klar.');
    await user.click(within(form).getByRole('button', { name: 'Spara uppföljning' }));

    expect(await screen.findByText('Uppföljningen har sparats.')).toHaveAttribute('role', 'status');
    const [request] = api.to('POST', UPDATES);
    expect(await request?.json()).toEqual({
      activityVersion: 4,
      date: isoDateIn(new Date()),
      status: 'ongoing',
      progress: 75,
      comment: 'Lokalen är klar.',
    });
  });

  it('shows a contributor the API’s refusal when the activity is not their unit’s', async () => {
    const { user } = openActivity(userWithRole('contributor'), {
      [`POST ${UPDATES}`]: () =>
        apiError(
          403,
          'not_your_activity',
          'Du kan bara följa upp aktiviteter som din enhet ansvarar för eller medverkar i.',
        ),
    });
    const form = await screen.findByRole('form', { name: 'Följ upp' });
    // A contributor follows up; editing the activity itself is not theirs.
    expect(screen.queryByRole('button', { name: 'Ändra aktiviteten' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Spara uppföljning' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Du kan bara följa upp aktiviteter som din enhet ansvarar för eller medverkar i.',
    );
  });

  it('validates the follow-up with the shared schema', async () => {
    const { api, user } = openActivity();
    const form = await screen.findByRole('form', { name: 'Följ upp' });
    const progress = within(form).getByLabelText(/^Genomfört/);
    await user.clear(progress);
    await user.type(progress, '120');
    await user.click(within(form).getByRole('button', { name: 'Spara uppföljning' }));
    expect(progress).toHaveAccessibleDescription('Genomfört (%) får vara högst 100.');
    expect(progress).toHaveFocus();
    expect(api.to('POST', UPDATES)).toHaveLength(0);
  });

  it('gives readers no forms', async () => {
    openActivity(userWithRole('reader'));
    await screen.findByRole('heading', { level: 1, name: 'Skyddat boende i egen regi' });
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ändra aktiviteten' })).not.toBeInTheDocument();
    expect(
      screen.getByText('Du kan läsa aktiviteten men inte ändra eller följa upp den.'),
    ).toBeInTheDocument();
  });

  it('shows the current state when someone else saved the activity first (409)', async () => {
    const newer = {
      ...lateActivity,
      title: 'Skyddat boende i egen regi och i samverkan',
      version: 5,
      budgetSek: 200000,
    };
    const { api, user } = openActivity(newUser(), {
      [`PATCH ${activityPath(lateActivity.id)}`]: () =>
        apiError(409, 'stale_version', 'Någon annan har ändrat detta sedan du öppnade det.', {
          current: newer,
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra aktiviteten' }));
    const form = screen.getByRole('form', { name: 'Ändra aktiviteten' });
    const title = within(form).getByLabelText(/^Titel/);
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Skyddat boende');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(alert).toHaveTextContent('Skyddat boende i egen regi och i samverkan');
    expect(alert).toHaveTextContent(/200\s000\skr/);
    const [request] = api.to('PATCH', activityPath(lateActivity.id));
    expect(await request?.json()).toMatchObject({ version: 4, title: 'Skyddat boende' });

    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    expect(title).toHaveValue('Skyddat boende i egen regi och i samverkan');
    expect(title).toHaveFocus();
    expect(screen.getByText('Formuläret visar nu de senaste uppgifterna.')).toBeInTheDocument();
  });
});

describe('Agenda 2030 links on the activity page', () => {
  const LINKS = `${activityPath(lateActivity.id)}/links`;
  const noLinks = { targets: [], indicators: [] };

  it('lets a strategist link the activity to a target and an indicator, and shows the result', async () => {
    const indicator = newIndicator({
      id: 'bbbbbbbb-0000-4000-8000-000000000009',
      nameSv: 'Stödsamtal',
    });
    const { api, user } = openActivity(userWithRole('strategist'), {
      [`GET ${LINKS}`]: () => json(200, noLinks),
      'GET /api/v1/tenants/1287/indicators': () => json(200, [indicator]),
      [`PUT ${LINKS}`]: async (request) => {
        const body = (await request.json()) as { targetIds: string[]; indicatorIds: string[] };
        return json(200, {
          targets: body.targetIds.map((id) => ({
            id,
            goal: 5,
            textSv: 'Avskaffa allt våld',
            textEn: 'End violence',
          })),
          indicators: [
            {
              id: indicator.id,
              kind: 'own',
              nameSv: 'Stödsamtal',
              nameEn: 'Support talks',
              status: 'not_available',
            },
          ],
        });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Ändra kopplingar' }));
    await user.click(screen.getByRole('checkbox', { name: /^5\.2 / }));
    await user.click(await screen.findByRole('checkbox', { name: 'Stödsamtal' }));
    await user.click(screen.getByRole('button', { name: 'Spara kopplingar' }));

    expect(await screen.findByText('Kopplingarna har sparats.')).toBeInTheDocument();
    const [put] = api.to('PUT', LINKS);
    expect(await put?.json()).toEqual({ targetIds: ['5.2'], indicatorIds: [indicator.id] });
    expect(screen.getByText('Delmål 5.2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Stödsamtal' })).toBeInTheDocument();
  });

  it('shows readers the links without a way to change them', async () => {
    openActivity(userWithRole('reader'), { [`GET ${LINKS}`]: () => json(200, noLinks) });
    expect(await screen.findByText('Inga delmål.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ändra kopplingar' })).not.toBeInTheDocument();
  });
});
