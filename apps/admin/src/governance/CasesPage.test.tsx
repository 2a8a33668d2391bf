import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { newCase, T, UNITS } from '../../test/collaboration-fixtures';
import { apiError, json, stubFetch, type Handler } from '../../test/fetch-stub';
import { newUser, userWithRole } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const MOTION = newCase({
  id: 'c1c1c1c1-0000-4000-8000-000000000002',
  diarienummer: '2022.247 KS',
  kind: 'motion',
  title: 'Motion om förebyggande arbete mot mäns våld mot kvinnor',
  submittedOn: '2022-02-27',
});
const OVERDUE = newCase({ overdueAssignments: 1 });

function open(path: string, routes: Record<string, Handler> = {}, user = newUser()) {
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${T}/org-units`]: () => json(200, UNITS.all),
    [`GET ${T}/cases`]: (request) => {
      const kind = new URL(request.url).searchParams.get('kind');
      return json(
        200,
        [OVERDUE, MOTION].filter((c) => !kind || c.kind === kind),
      );
    },
    ...routes,
  });
  return { api, ...renderApp(path) };
}

describe('cases', () => {
  it('lists the cases, the ones with overdue report-backs standing out, and filters by kind', async () => {
    const { api, user } = open('/t/1287/decisions');
    expect(await screen.findByText('2 ärenden')).toBeInTheDocument();
    const overdue = screen.getByRole('row', { name: /Strategi mot våld/ });
    expect(overdue).toHaveClass('row--overdue');
    expect(overdue).toHaveTextContent('1 försenat');
    expect(screen.getByRole('row', { name: /Motion om förebyggande/ })).toHaveTextContent(
      '2022.247 KS',
    );

    await user.selectOptions(screen.getByLabelText('Typ'), 'Motion');
    expect(await screen.findByText('1 ärende')).toBeInTheDocument();
    expect(window.location.search).toBe('?kind=motion');
    const last = api.to('GET', `${T}/cases`).at(-1);
    expect(new URL(last!.url).searchParams.get('kind')).toBe('motion');
    expect(screen.queryByRole('row', { name: /Strategi mot våld/ })).not.toBeInTheDocument();
  });

  it('creates a case; the kommun’s diarienummer pattern is checked by the API at the field', async () => {
    let calls = 0;
    const { api, user } = open('/t/1287/decisions/new', {
      [`POST ${T}/cases`]: () => {
        calls += 1;
        return calls === 1
          ? apiError(400, 'validation_failed', 'Uppgifterna är inte giltiga.', {
              issues: [
                {
                  field: 'diarienummer',
                  code: 'diarienummer_pattern',
                  message:
                    'Diarienummer följer inte kommunens mönster för diarienummer: {yyyy}.{n} KS.',
                },
              ],
            })
          : json(201, MOTION);
      },
      [`GET ${T}/cases/${MOTION.id}`]: () => json(200, MOTION),
      [`GET ${T}/cases/${MOTION.id}/timeline`]: () => json(200, { caseId: MOTION.id, entries: [] }),
      [`GET ${T}/cases/${MOTION.id}/decisions`]: () => json(200, []),
      [`GET ${T}/cases/${MOTION.id}/assignments`]: () => json(200, []),
    });
    const form = await screen.findByRole('form', { name: 'Nytt ärende' });
    await user.click(within(form).getByRole('button', { name: 'Skapa ärendet' }));
    expect(within(form).getByLabelText(/^Typ/)).toHaveAccessibleDescription('Typ måste anges.');
    expect(within(form).getByLabelText(/^Titel/)).toHaveAccessibleDescription('Titel måste anges.');

    await user.selectOptions(within(form).getByLabelText(/^Typ/), 'Motion');
    await user.type(within(form).getByLabelText(/^Titel/), MOTION.title);
    await user.type(within(form).getByLabelText(/^Diarienummer/), '247/2022');
    await user.type(within(form).getByLabelText(/^Inkom/), '2022-02-27');
    await user.type(within(form).getByLabelText(/^Inlämnat av/), 'Martin Lindberg');
    await user.type(within(form).getByLabelText(/^Parti eller grupp/), 'Vänsterpartiet (V)');
    await user.click(within(form).getByRole('button', { name: 'Skapa ärendet' }));
    await waitFor(() =>
      expect(within(form).getByLabelText(/^Diarienummer/)).toHaveAccessibleDescription(
        expect.stringContaining('följer inte kommunens mönster'),
      ),
    );
    expect(within(form).getByLabelText(/^Diarienummer/)).toHaveFocus();

    await user.clear(within(form).getByLabelText(/^Diarienummer/));
    await user.type(within(form).getByLabelText(/^Diarienummer/), '2022.247 KS');
    await user.click(within(form).getByRole('button', { name: 'Skapa ärendet' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: MOTION.title }),
    ).toBeInTheDocument();
    const requests = api.to('POST', `${T}/cases`);
    expect(await requests[1]?.json()).toEqual({
      diarienummer: '2022.247 KS',
      kind: 'motion',
      title: MOTION.title,
      description: null,
      submittedBy: 'Martin Lindberg',
      submittedByGroup: 'Vänsterpartiet (V)',
      submittedOn: '2022-02-27',
    });
  });

  it('shows readers the cases without the way to add one', async () => {
    open('/t/1287/decisions', {}, userWithRole('reader'));
    await screen.findByText('2 ärenden');
    expect(screen.queryByRole('link', { name: 'Nytt ärende' })).not.toBeInTheDocument();
    expect(screen.getByText('Du kan läsa ärendena men inte ändra dem.')).toBeInTheDocument();
  });
});
