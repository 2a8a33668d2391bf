import type { Activity, ActivityStatus } from '@samla/domain';
import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { newUser, trelleborgUnits, userWithRole } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import {
  newActivity,
  newGoal,
  newPlan,
  planPath,
  PLANS,
  summaryOf,
} from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';
import { withTableLayout } from '../../test/virtual-layout';

withTableLayout({ viewport: 600, row: 50 });

const units = trelleborgUnits();
const STATUSES: ActivityStatus[] = ['not_started', 'ongoing', 'done', 'delayed', 'cancelled'];

/** A plan of 1,000 activities under two goals, spread over units, statuses and dates. */
function bigPlan() {
  const plan = newPlan({ title: 'Stora planen', status: 'in_force', version: 3 });
  const first = newGoal(plan.id, { title: 'Stöd och skydd', position: 0 });
  const second = newGoal(plan.id, { title: 'Förebygga', position: 1 });
  const activities: Activity[] = Array.from({ length: 1000 }, (_, i) =>
    newActivity(plan.id, {
      title: `Aktivitet ${String(i + 1).padStart(4, '0')}`,
      goalId: i % 2 === 0 ? first.id : second.id,
      responsibleUnitId: i % 3 === 0 ? units.sn.id : units.fvg.id,
      status: STATUSES[i % 5] as ActivityStatus,
      progress: i % 101,
      endDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
      tracking: {
        state: i % 5 === 2 ? 'done' : i % 5 === 4 ? 'cancelled' : i % 7 === 0 ? 'late' : 'on_track',
        reasons: [{ code: 'no_dates' }],
      },
    }),
  );
  return { ...plan, goals: [first, second], activities, activityCount: 1000 };
}

function openBigPlan(user = newUser(), search = '') {
  const plan = bigPlan();
  const api = stubFetch({
    'GET /api/v1/auth/me': () => json(200, user),
    [`GET ${planPath(plan.id)}`]: () => json(200, plan),
    [`GET ${PLANS}`]: () => json(200, [summaryOf(plan)]),
    'GET /api/v1/tenants/1287/org-units': () => json(200, units.all),
    'GET /api/v1/toolkit/methods': () => json(200, []),
  });
  return { api, plan, ...renderApp(`/t/1287/plans/${plan.id}${search}`) };
}

const table = () => screen.findByRole('table', { name: 'Aktiviteter' });
const bodyRows = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');

describe('activity table', () => {
  it('renders only a window of 1,000 rows, and tells the full count', async () => {
    openBigPlan();
    const grid = await table();
    // 1,000 activities + 2 goal headings + the header row.
    expect(grid).toHaveAttribute('aria-rowcount', '1003');
    const rendered = bodyRows(grid);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(screen.getByText('Visar 1 000 av 1 000 aktiviteter.')).toHaveAttribute('role', 'status');
    // Header cells, a row header per activity with a link to its page.
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Aktivitet▲',
      'Ansvarig enhet',
      'Nivå och insatstyp',
      'Status↕',
      'Läge',
      'Slutdatum↕',
      'Genomfört↕',
    ]);
    const firstActivity = rendered.find((r) => within(r).queryByRole('link'));
    expect(within(firstActivity!).getByRole('rowheader')).toHaveTextContent('Aktivitet 0001');
    expect(within(firstActivity!).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/t\/1287\/activities\/d0d0d0d0-/),
    );
    // The scroll area can be reached and scrolled from the keyboard.
    expect(screen.getByRole('region', { name: 'Aktivitetstabellen' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('renders the rows further down when the table is scrolled', async () => {
    openBigPlan();
    const grid = await table();
    const scroller = screen.getByRole('region', { name: 'Aktivitetstabellen' });
    act(() => {
      scroller.scrollTop = 25_000; // row 500 of 50 px
      fireEvent.scroll(scroller);
    });
    const rendered = bodyRows(grid);
    expect(rendered.length).toBeLessThan(40);
    const indexes = rendered.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...indexes)).toBeGreaterThan(350);
    expect(within(grid).queryByText('Aktivitet 0001')).not.toBeInTheDocument();
  });

  it('filters by status and tracking state, and announces how many are shown', async () => {
    const { user } = openBigPlan();
    await table();
    const filters = screen.getByRole('search', { name: 'Filtrera aktiviteter' });
    await user.selectOptions(within(filters).getByLabelText('Status'), 'Försenad');
    expect(screen.getByText('Visar 200 av 1 000 aktiviteter.')).toBeInTheDocument();
    const grid = await table();
    const statuses = bodyRows(grid)
      .filter((r) => within(r).queryByRole('link'))
      .map((r) => within(r).getAllByRole('cell')[2]?.textContent);
    expect(new Set(statuses)).toEqual(new Set(['Försenad']));
    expect(window.location.search).toBe('?status=delayed');

    await user.selectOptions(within(filters).getByLabelText('Läge'), 'Försenad');
    // Delayed (i % 5 = 3) and late (i % 7 = 0): i ≡ 28 (mod 35).
    expect(screen.getByText('Visar 28 av 1 000 aktiviteter.')).toBeInTheDocument();

    await user.click(within(filters).getByRole('button', { name: 'Rensa filter' }));
    expect(screen.getByText('Visar 1 000 av 1 000 aktiviteter.')).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('searches the text, and says so when nothing matches', async () => {
    const { user } = openBigPlan();
    await table();
    const search = screen.getByRole('searchbox', { name: 'Sök' });
    await user.type(search, 'aktivitet 0999');
    expect(screen.getByText('Visar 1 av 1 000 aktiviteter.')).toBeInTheDocument();
    await user.type(search, '9');
    expect(screen.getByText('Inga aktiviteter matchar filtret.')).toBeInTheDocument();
  });

  it('groups by goal or by responsible unit, with a heading row per group', async () => {
    const { user } = openBigPlan();
    const grid = await table();
    const groupHeadings = () =>
      bodyRows(grid)
        .filter((r) => r.classList.contains('vtable__row--group'))
        .map((r) => r.textContent);
    expect(groupHeadings()[0]).toBe('1Stöd och skydd 500 aktiviteter');

    await user.selectOptions(screen.getByLabelText('Gruppera efter'), 'Ansvarig enhet');
    expect(window.location.search).toBe('?groupBy=unit');
    // Units in Swedish order: Familjevårdsgruppen before Socialnämnden.
    expect(groupHeadings()[0]).toBe('Familjevårdsgruppen 666 aktiviteter');
    // Grouped by unit, each title names its goal.
    expect(within(grid).getAllByText('Mål 1: Stöd och skydd')[0]).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Gruppera efter'), 'Ingen gruppering');
    expect(groupHeadings()).toEqual([]);
    expect(grid).toHaveAttribute('aria-rowcount', '1001');
  });

  it('sorts by a column header and says which way', async () => {
    const { user } = openBigPlan(newUser(), '?groupBy=none');
    const grid = await table();
    await user.click(within(grid).getByRole('button', { name: /Genomfört/ }));
    const header = within(grid).getByRole('columnheader', { name: /Genomfört/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const firstTitle = () => within(bodyRows(grid)[0] as HTMLElement).getByRole('link').textContent;
    expect(firstTitle()).toBe('Aktivitet 0001'); // progress 0
    await user.click(within(grid).getByRole('button', { name: /Genomfört/ }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(firstTitle()).toBe('Aktivitet 0101'); // progress 100
  });

  it('moves between rows with the arrow keys and keeps the focused row rendered', async () => {
    const { user } = openBigPlan(newUser(), '?groupBy=none');
    const grid = await table();
    const link = within(grid).getByRole('link', { name: 'Aktivitet 0001' });
    link.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('link', { name: 'Aktivitet 0002' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(await within(grid).findByRole('link', { name: 'Aktivitet 1000' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(await within(grid).findByRole('link', { name: 'Aktivitet 0001' })).toHaveFocus();

    // Scrolled far away with the mouse, the focused row stays in the DOM, and keeps focus.
    const scroller = screen.getByRole('region', { name: 'Aktivitetstabellen' });
    act(() => {
      scroller.scrollTop = 30_000;
      fireEvent.scroll(scroller);
    });
    expect(within(grid).getByRole('link', { name: 'Aktivitet 0001' })).toHaveFocus();
    expect(within(grid).queryByRole('link', { name: 'Aktivitet 0002' })).not.toBeInTheDocument();
    const indexes = bodyRows(grid).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indexes[0]).toBe(2); // the focused first row …
    expect(indexes[1]).toBeGreaterThan(400); // … then the window far below it
  });

  it('shows readers the table without "Ny aktivitet" or goal actions', async () => {
    openBigPlan(userWithRole('reader'));
    await table();
    expect(screen.queryByRole('button', { name: 'Ny aktivitet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ändra/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Importera aktiviteter' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Täckning' })).toBeInTheDocument();
  });
});
