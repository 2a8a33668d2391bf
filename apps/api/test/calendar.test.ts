import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { caseWithAssignments, daysFromToday } from './support/deadline-fixtures.js';
import { TestApp, type ApiSession } from './support/test-app.js';

describe('the calendar feed', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let strategist: ApiSession;
  let reader: ApiSession;
  const api = '/api/v1/tenants/2023';

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant('2023');
    strategist = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] })).email,
    );
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] })).email,
    );
    await caseWithAssignments(t, tenant.id, [10, -2], {
      title: 'Strategi; mot våld, i nära relationer',
    });
  });
  afterAll(() => t.stop());

  const feedPath = (url: string) => url.slice(url.indexOf('/api/'));

  it('gives a secret URL whose feed parses as valid iCalendar with the deadlines as events', async () => {
    expect((await strategist.get(`${api}/calendar-feed`)).body).toEqual({
      active: false,
      createdAt: null,
      url: null,
    });
    const created = await strategist.post(`${api}/calendar-feed`, {});
    expect(created.status).toBe(201);
    const url = created.body.url as string;
    expect(url).toMatch(/\/api\/v1\/calendar\/2023\/deadlines\.ics\?token=[\w-]{40,}$/);

    const feed = await t.http.get(feedPath(url));
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual(
      [daysFromToday(-2), daysFromToday(10)].sort(),
    );
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.uid).toMatch(/^assignment_report-[0-9a-f-]{36}@samla$/);
      expect(e.summary).toMatch(/^Återrapportering: Återrapportera del \d$/);
    }
    expect(events.find((e) => e.startDate.toString() === daysFromToday(-2))?.description).toContain(
      'försenad',
    );
    // Only a hash of the secret is kept.
    const token = new URL(url).searchParams.get('token') as string;
    const [row] = await t.sql<{ token_hash: Buffer }>(`SELECT token_hash FROM calendar_feeds`);
    expect(row?.token_hash.toString('utf8')).not.toContain(token);
    expect(row?.token_hash).toHaveLength(32);
    expect((await strategist.get(`${api}/calendar-feed`)).body.active).toBe(true);
  });

  it('refuses a wrong token, a token for another kommun, and a rotated or revoked URL', async () => {
    const first = (await reader.post(`${api}/calendar-feed`, { mine: true })).body.url as string;
    expect((await t.http.get(feedPath(first))).status).toBe(200);
    expect((await t.http.get(feedPath(first).replace('token=', 'token=x'))).status).toBe(401);
    expect((await t.http.get(feedPath(first).replace('/2023/', '/1287/'))).status).toBe(401);
    expect((await t.http.get('/api/v1/calendar/2023/deadlines.ics')).status).toBe(401);

    const second = (await reader.post(`${api}/calendar-feed`, { mine: true })).body.url as string;
    expect((await t.http.get(feedPath(first))).status).toBe(401);
    const mine = await t.http.get(feedPath(second));
    expect(mine.status).toBe(200);
    // A reader with no units has no deadlines of their own: a valid, empty calendar.
    expect(new ICAL.Component(ICAL.parse(mine.text)).getAllSubcomponents('vevent')).toHaveLength(0);

    expect((await reader.delete(`${api}/calendar-feed`)).status).toBe(204);
    expect((await t.http.get(feedPath(second))).status).toBe(401);
    expect((await reader.delete(`${api}/calendar-feed`)).status).toBe(404);
    const audit = await t.sql<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_type = 'calendar_feed' ORDER BY occurred_at`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'calendar_feed.created',
      'calendar_feed.created',
      'calendar_feed.created',
      'calendar_feed.revoked',
    ]);
  });
});
