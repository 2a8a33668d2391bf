import { describe, expect, it } from '@jest/globals';
import { trackActivity, type TrackingInput } from './activity-tracking.js';

const base: TrackingInput = {
  status: 'ongoing',
  progress: 50,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};
const today = '2026-07-02'; // half of 2026 has passed

describe('trackActivity', () => {
  it('calls done and cancelled what they are, whatever the dates', () => {
    expect(trackActivity({ ...base, status: 'done', endDate: '2020-01-01' }, today).state).toBe(
      'done',
    );
    expect(trackActivity({ ...base, status: 'cancelled' }, today).state).toBe('cancelled');
  });

  it('is late once the end date has passed and it is not done', () => {
    expect(trackActivity({ ...base, endDate: '2026-06-30', progress: 95 }, today)).toEqual({
      state: 'late',
      reasons: [{ code: 'past_end', endDate: '2026-06-30' }],
    });
  });

  it('is on track on the end date itself', () => {
    expect(trackActivity({ ...base, endDate: today, progress: 100 }, today).state).toBe('on_track');
  });

  it('is at risk when progress lags the time elapsed by more than 25 points', () => {
    const result = trackActivity({ ...base, progress: 20 }, today);
    expect(result.state).toBe('at_risk');
    expect(result.reasons).toEqual([{ code: 'behind_schedule', progress: 20, expected: 50 }]);
    expect(trackActivity({ ...base, progress: 25 }, today).state).toBe('on_track');
  });

  it('is at risk when reported delayed, even with progress on schedule', () => {
    expect(trackActivity({ ...base, status: 'delayed' }, today).reasons).toEqual([
      { code: 'reported_delayed' },
    ]);
  });

  it('is at risk when not started more than two weeks after its start date', () => {
    const result = trackActivity(
      { ...base, status: 'not_started', progress: 0, startDate: '2026-06-01' },
      today,
    );
    expect(result.state).toBe('at_risk');
    expect(result.reasons[0]).toEqual({
      code: 'not_started_after_start',
      startDate: '2026-06-01',
      daysSinceStart: 31,
    });
    expect(
      trackActivity({ ...base, status: 'not_started', progress: 0, startDate: '2026-06-25' }, today)
        .state,
    ).toBe('on_track');
  });

  it('is on track before it starts, and without dates says it cannot judge timing', () => {
    expect(
      trackActivity(
        {
          ...base,
          status: 'not_started',
          progress: 0,
          startDate: '2027-01-01',
          endDate: '2027-12-31',
        },
        today,
      ),
    ).toEqual({
      state: 'on_track',
      reasons: [{ code: 'not_yet_started', startDate: '2027-01-01' }],
    });
    expect(trackActivity({ ...base, startDate: null, endDate: null }, today)).toEqual({
      state: 'on_track',
      reasons: [{ code: 'no_dates' }],
    });
  });

  it('explains an on-track activity with its expected progress', () => {
    expect(trackActivity(base, today)).toEqual({
      state: 'on_track',
      reasons: [{ code: 'on_schedule', progress: 50, expected: 50 }],
    });
  });
});
