import { describe, expect, it } from '@jest/globals';
import { validateInput } from '../validation/validate.js';
import { reportFileName, resolveReportPeriod, statusCounts } from './report-rules.js';
import { reportRequestSchema } from './schemas.js';

describe('resolveReportPeriod', () => {
  const plan = { periodFrom: 2024, periodTo: 2026 };

  it('defaults to the plan start and today', () => {
    expect(resolveReportPeriod(plan, {}, '2025-06-10')).toEqual({
      start: '2024-01-01',
      end: '2025-06-10',
    });
  });

  it('stops at the end of the plan period once it has passed', () => {
    expect(resolveReportPeriod(plan, {}, '2028-02-01').end).toBe('2026-12-31');
  });

  it('never makes a backwards period for a plan that has not started', () => {
    expect(resolveReportPeriod(plan, {}, '2023-05-01')).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
    });
  });

  it('keeps what was asked', () => {
    expect(
      resolveReportPeriod(
        plan,
        { periodStart: '2025-01-01', periodEnd: '2025-06-30' },
        '2025-09-01',
      ),
    ).toEqual({ start: '2025-01-01', end: '2025-06-30' });
  });
});

describe('statusCounts', () => {
  it('counts every status, zero included', () => {
    expect(
      statusCounts([{ status: 'ongoing' }, { status: 'ongoing' }, { status: 'done' }]),
    ).toEqual({ not_started: 0, ongoing: 2, done: 1, delayed: 0, cancelled: 0 });
  });
});

describe('reportFileName', () => {
  it('names the plan and period, keeps å ä ö and drops characters file systems refuse', () => {
    expect(
      reportFileName(
        'Handlingsplan: våld i nära relationer 2024/2026',
        { start: '2024-01-01', end: '2024-12-31' },
        'docx',
        'sv',
      ),
    ).toBe(
      'Återrapportering – Handlingsplan- våld i nära relationer 2024-2026 2024-01-01–2024-12-31.docx',
    );
    expect(reportFileName('Plan', { start: '2024-01-01', end: '2024-12-31' }, 'pdf', 'en')).toBe(
      'Progress report – Plan 2024-01-01–2024-12-31.pdf',
    );
  });
});

describe('reportRequestSchema', () => {
  it('defaults to a Swedish PDF', () => {
    expect(validateInput(reportRequestSchema, {}, 'sv')).toEqual({
      success: true,
      data: { format: 'pdf', lang: 'sv' },
    });
  });

  it('names the field that is wrong, in the language asked', () => {
    const result = validateInput(
      reportRequestSchema,
      { format: 'odt', periodStart: '2024-13-01', periodEnd: '2024-01-01', lang: 'de' },
      'sv',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['format', 'invalid_choice'],
      ['periodStart', 'invalid_date'],
      ['lang', 'invalid_choice'],
    ]);
    expect(result.issues[0]?.message).toBe('Format måste vara ett av: docx, pdf.');
  });

  it('refuses a period that ends before it starts', () => {
    const result = validateInput(
      reportRequestSchema,
      { periodStart: '2024-06-01', periodEnd: '2024-01-01' },
      'en',
    );
    expect(result).toMatchObject({
      success: false,
      issues: [{ field: 'periodEnd', code: 'period_order' }],
    });
    if (!result.success)
      expect(result.issues[0]?.message).toBe(
        'Period end cannot be before the start of the period.',
      );
  });
});
