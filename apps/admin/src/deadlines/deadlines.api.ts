import type { CalendarFeed, Deadline } from '@samla/domain';
import { api, call } from '../api/client';

export const deadlinesKey = (code: string, mine: boolean) =>
  ['tenants', code, 'deadlines', { mine }] as const;
export const calendarFeedKey = (code: string) => ['tenants', code, 'calendar-feed'] as const;

const tenant = (code: string) => ({ params: { path: { code } } });

/** The kommun's deadlines (or only the caller's), nearest first, overdue ones included. */
export const fetchDeadlines = (code: string, mine: boolean): Promise<Deadline[]> =>
  call(
    api.GET('/api/v1/tenants/{code}/deadlines', {
      params: { path: { code }, query: { mine: mine ? 'true' : 'false' } },
    }),
  );

export const fetchCalendarFeed = (code: string): Promise<CalendarFeed> =>
  call(api.GET('/api/v1/tenants/{code}/calendar-feed', tenant(code)));

/** A new secret URL (shown in this answer only); any earlier one stops working. */
export const createCalendarFeed = (code: string, mine: boolean): Promise<CalendarFeed> =>
  call(api.POST('/api/v1/tenants/{code}/calendar-feed', { ...tenant(code), body: { mine } }));

export const revokeCalendarFeed = (code: string): Promise<void> =>
  call(api.DELETE('/api/v1/tenants/{code}/calendar-feed', tenant(code)));
