import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { newUser } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { coverageOf, newActivity, newPlan, planPath } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';

function openCoverage() {
  const plan = newPlan({ title: 'Handlingsplan 2022–2026' });
  plan.activities = [
    newActivity(plan.id, {
      title: 'ATV – samtal för den som utövar våld',
      level: 'individual',
      tier: 'targeted',
      targetGroups: ['perpetrators'],
      violenceTypes: ['vinr', 'mvk'],
      budgetSek: 150000,
      status: 'ongoing',
    }),
    newActivity(plan.id, {
      title: 'Utbildning för alla medarbetare',
      level: 'organisation',
      tier: 'promotive',
      targetGroups: ['employees'],
      violenceTypes: ['mvk', 'hrv'],
      budgetSek: 80000,
    }),
    newActivity(plan.id, {
      title: 'Trappan',
      level: 'individual',
      tier: 'targeted',
      targetGroups: ['children_youth'],
      violenceTypes: ['violence_against_children'],
      budgetSek: null,
    }),
    newActivity(plan.id, {
      title: 'Uppsökande arbete (avbrutet)',
      level: 'society',
      tier: 'preventive',
      targetGroups: ['residents'],
      violenceTypes: ['prostitution_trafficking'],
      budgetSek: 50000,
      status: 'cancelled',
    }),
  ];
  stubFetch({
    'GET /api/v1/auth/me': () => json(200, newUser()),
    [`GET ${planPath(plan.id)}`]: () => json(200, plan),
    [`GET ${planPath(plan.id)}/coverage`]: () => json(200, coverageOf(plan.activities)),
  });
  return renderApp(`/t/1287/plans/${plan.id}/coverage`);
}

describe('coverage', () => {
  it('shows the level × tier matrix as a table with row and column headers', async () => {
    openCoverage();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Täckning: Handlingsplan 2022–2026' }),
    ).toBeInTheDocument();
    const matrix = screen.getByRole('table', { name: 'Nivå och insatstyp' });
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Främjande', 'Förebyggande', 'Riktat']);
    expect(
      within(matrix)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Individ', 'Organisation', 'Samhälle']);
    const individ = within(matrix).getByRole('row', { name: /^Individ/ });
    const [promotive, , targeted] = within(individ).getAllByRole('cell');
    expect(targeted).toHaveTextContent(/^2 aktiviteter150\s000\skr$/);
    expect(promotive).toHaveTextContent('Lucka0 aktiviteter');
    expect(promotive).toHaveClass('coverage-cell--gap');
  });

  it('labels every gap and names them all in one sentence', async () => {
    openCoverage();
    expect(
      await screen.findByText(
        'Planen har luckor: nivå och insatstyp Individ – Främjande, Individ – Förebyggande, Organisation – Förebyggande, Organisation – Riktat, Samhälle – Främjande, Samhälle – Förebyggande och Samhälle – Riktat; målgrupperna Invånare, Våldsutsatta och Närstående; våldsformen Prostitution och människohandel.',
      ),
    ).toBeInTheDocument();
    // The cancelled activity covers nothing, and the totals say so.
    expect(
      screen.getByText(/3 aktiviteter räknas, med en sammanlagd budget på 230\s000\skr\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 avbruten aktivitet räknas inte\./)).toBeInTheDocument();

    const groups = screen.getByRole('table', { name: 'Målgrupper' });
    const residents = within(groups).getByRole('row', { name: /^Invånare/ });
    expect(within(residents).getByText('Lucka')).toBeInTheDocument();
    const perpetrators = within(groups).getByRole('row', { name: /^Våldsutövare/ });
    expect(within(perpetrators).queryByText('Lucka')).not.toBeInTheDocument();
    expect(perpetrators).toHaveTextContent(/1150\s000\skr$/);

    const types = screen.getByRole('table', { name: 'Våldsformer' });
    expect(
      within(within(types).getByRole('row', { name: /^Prostitution/ })).getByText('Lucka'),
    ).toBeInTheDocument();
    expect(within(types).getByRole('row', { name: /^Mäns våld/ })).toHaveTextContent(
      /2230\s000\skr$/,
    );
  });
});
