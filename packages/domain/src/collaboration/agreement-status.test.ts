import { describe, expect, it } from '@jest/globals';
import { agreementStatus } from './agreement-status.js';

describe('agreementStatus (24 months, Öppna jämförelser)', () => {
  const agreement = { signedOn: '2021-01-20', lastFollowUpOn: '2023-03-15' };

  it('counts from the latest follow-up and is current through the same date 24 months on', () => {
    expect(agreementStatus(agreement, '2024-06-01')).toEqual({
      state: 'current',
      countedFrom: '2023-03-15',
      followUpBy: '2025-03-15',
      daysLeft: 287,
    });
    expect(agreementStatus(agreement, '2025-03-15').state).toBe('lapsing');
    expect(agreementStatus(agreement, '2025-03-16').state).toBe('lapsed');
  });

  it('is flagged as lapsing within 60 days of the deadline', () => {
    expect(agreementStatus(agreement, '2025-01-13').state).toBe('current'); // 61 days left
    expect(agreementStatus(agreement, '2025-01-14').state).toBe('lapsing'); // 60 days left
  });

  it('counts a never followed-up agreement from its signing', () => {
    expect(
      agreementStatus({ signedOn: '2022-03-01', lastFollowUpOn: null }, '2024-03-02'),
    ).toMatchObject({
      state: 'lapsed',
      followUpBy: '2024-03-01',
    });
  });

  it('ends on the last day of a shorter month', () => {
    // Followed up on leap day 2024 → 24 months on, February has 28 days.
    expect(
      agreementStatus({ signedOn: '2022-05-01', lastFollowUpOn: '2024-02-29' }, '2025-01-01')
        .followUpBy,
    ).toBe('2026-02-28');
  });
});
