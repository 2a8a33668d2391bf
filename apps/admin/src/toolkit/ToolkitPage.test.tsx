import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { userWithRole } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { newMethod, newTemplate } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';

describe('toolkit', () => {
  it('lists the templates and the method catalogue, to read', async () => {
    stubFetch({
      'GET /api/v1/auth/me': () => json(200, userWithRole('reader')),
      'GET /api/v1/toolkit/templates': () =>
        json(200, [newTemplate({ name: 'Strategi mot våld i nära relationer' })]),
      'GET /api/v1/toolkit/methods': () =>
        json(200, [
          newMethod({ name: 'Trappan', targetGroups: ['children_youth'] }),
          newMethod({ name: 'ATV – Alternativ till våld', url: 'https://www.atv.no' }),
        ]),
    });
    renderApp('/t/1287/toolkit');
    const templates = await screen.findByRole('list', { name: 'Mallar' });
    expect(
      within(templates).getByRole('heading', { name: 'Strategi mot våld i nära relationer' }),
    ).toBeInTheDocument();
    expect(templates).toHaveTextContent('Strategi · 7 mål · 16 föreslagna aktiviteter');
    const methods = await screen.findByRole('list', { name: 'Metoder' });
    const names = within(methods)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(names).toEqual(['ATV – Alternativ till våld', 'Trappan']);
    expect(
      within(methods).getByRole('link', { name: 'Läs mer om ATV – Alternativ till våld' }),
    ).toHaveAttribute('href', 'https://www.atv.no');
    expect(within(methods).getByText('Barn och unga')).toBeInTheDocument();
  });
});
