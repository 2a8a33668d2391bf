import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { trelleborgUnits, userWithRole } from '../../test/fixtures';
import { apiError, type Handler, json, stubFetch } from '../../test/fetch-stub';
import { newPlan, planPath, PLANS, summaryOf } from '../../test/plan-fixtures';
import { renderApp } from '../../test/render-app';
import type { ReportJob } from './reports.api';

const plan = newPlan({
  title: 'Handlingsplan 2022–2026',
  status: 'in_force',
  periodFrom: 2022,
  periodTo: 2026,
});
const REPORTS = `${planPath(plan.id)}/reports`;
const reportId = '77777777-0000-4000-8000-000000000001';
const REPORT = `${REPORTS}/${reportId}`;

function job(overrides: Partial<ReportJob> = {}): ReportJob {
  return {
    id: reportId,
    planId: plan.id,
    format: 'docx',
    language: 'sv',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    stage: 'queued',
    percent: 0,
    fileName: 'Återrapportering – Handlingsplan 2022–2026 2025-01-01–2025-12-31.docx',
    size: null,
    error: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

function openPlan(routes: Record<string, Handler>) {
  const api = stubFetch({
    // A reader: reports are for everyone in the kommun.
    'GET /api/v1/auth/me': () => json(200, userWithRole('reader')),
    [`GET ${planPath(plan.id)}`]: () => json(200, plan),
    [`GET ${PLANS}`]: () => json(200, [summaryOf(plan)]),
    'GET /api/v1/tenants/1287/org-units': () => json(200, trelleborgUnits().all),
    'GET /api/v1/toolkit/methods': () => json(200, []),
    ...routes,
  });
  return { api, ...renderApp(`/t/1287/plans/${plan.id}`) };
}

const section = async () =>
  within(
    (await screen.findByRole('heading', { level: 2, name: 'Återrapportering' })).closest(
      'section',
    ) as HTMLElement,
  );

describe('återrapportering on the plan page', () => {
  it('generates a report for the chosen period, language and format, shows progress and offers the file', async () => {
    const polls = [
      job({ stage: 'collecting', percent: 5 }),
      job({ stage: 'rendering', percent: 62 }),
      job({ stage: 'done', percent: 100, size: 404_815 }),
    ];
    const { api, user } = openPlan({
      [`POST ${REPORTS}`]: () => json(202, job()),
      [`GET ${REPORT}`]: () => json(200, polls.length > 1 ? polls.shift() : polls[0]),
    });
    const report = await section();
    // Defaults: the plan's first day to today, in the UI language, as Word.
    expect(report.getByLabelText('Periodens början')).toHaveValue('2022-01-01');
    expect(report.getByRole('radio', { name: 'Svenska' })).toBeChecked();
    expect(report.getByRole('radio', { name: 'Word (DOCX)' })).toBeChecked();

    await user.clear(report.getByLabelText('Periodens början'));
    await user.type(report.getByLabelText('Periodens början'), '2025-01-01');
    await user.clear(report.getByLabelText('Periodens slut'));
    await user.type(report.getByLabelText('Periodens slut'), '2025-12-31');
    await user.click(report.getByRole('radio', { name: 'Engelska' }));
    await user.click(report.getByRole('button', { name: 'Ta fram rapporten' }));

    const progress = await report.findByRole('progressbar', {
      name: 'Hur långt rapporten har kommit',
    });
    expect(progress).toBeInTheDocument();
    const link = await report.findByRole(
      'link',
      { name: /Ladda ner Återrapportering – Handlingsplan 2022–2026/ },
      { timeout: 5000 },
    );
    expect(link).toHaveAttribute(
      'href',
      `/api/v1/tenants/1287/action-plans/${plan.id}/reports/${reportId}/file`,
    );
    expect(report.getByRole('status')).toHaveTextContent('Rapporten är klar.');
    expect(report.getByText('(396 kB)')).toBeInTheDocument();
    expect(progress).toHaveAttribute('value', '100');
    const [sent] = api.to('POST', REPORTS);
    expect(await sent?.json()).toEqual({
      format: 'docx',
      lang: 'en',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
  });

  it('refuses a period that ends before it starts, before asking the server', async () => {
    const { api, user } = openPlan({});
    const report = await section();
    await user.clear(report.getByLabelText('Periodens början'));
    await user.type(report.getByLabelText('Periodens början'), '2025-06-01');
    await user.clear(report.getByLabelText('Periodens slut'));
    await user.type(report.getByLabelText('Periodens slut'), '2025-01-01');
    await user.click(report.getByRole('button', { name: 'Ta fram rapporten' }));
    expect(
      await report.findByText('Periodens slut kan inte vara före periodens början.'),
    ).toBeInTheDocument();
    expect(report.getByLabelText('Periodens slut')).toHaveFocus();
    expect(api.to('POST', REPORTS)).toHaveLength(0);
  });

  it('says so when the report failed', async () => {
    const { user } = openPlan({
      [`POST ${REPORTS}`]: () => json(202, job()),
      [`GET ${REPORT}`]: () =>
        json(
          200,
          job({
            stage: 'failed',
            error: {
              code: 'report_failed',
              message: `Rapporten kunde inte tas fram. Felet är loggat med rapportens id ${reportId}.`,
            },
          }),
        ),
    });
    const report = await section();
    await user.click(report.getByRole('button', { name: 'Ta fram rapporten' }));
    expect(await report.findByRole('alert')).toHaveTextContent('Rapporten kunde inte tas fram.');
    await waitFor(() =>
      expect(report.getByRole('button', { name: 'Ta fram rapporten' })).toBeEnabled(),
    );
  });

  it('shows the server’s field message when it refuses the request', async () => {
    const { user } = openPlan({
      [`POST ${REPORTS}`]: () =>
        apiError(400, 'validation_failed', 'Uppgifterna är inte giltiga.', {
          issues: [
            {
              field: 'periodStart',
              code: 'invalid_date',
              message: 'Periodens början måste vara ett datum (ÅÅÅÅ-MM-DD).',
            },
          ],
        }),
    });
    const report = await section();
    await user.click(report.getByRole('button', { name: 'Ta fram rapporten' }));
    expect(
      await report.findByText('Periodens början måste vara ett datum (ÅÅÅÅ-MM-DD).'),
    ).toBeInTheDocument();
  });
});
