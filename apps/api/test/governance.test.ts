import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp, type ApiSession } from './support/test-app.js';

describe('the decision trail: cases, decisions, assignments, timeline', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let strategist: ApiSession;
  let reader: ApiSession;
  let u: Record<'ks' | 'sn' | 'snau' | 'klf' | 'bin' | 'kfn' | 'amn', string>;
  const api = '/api/v1/tenants/1287';

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant('1287');
    const unit = async (name: string) =>
      (await t.newOrgUnit(tenant.id, { name, kind: 'committee' })).id;
    u = {
      ks: await unit('Kommunstyrelsen'),
      sn: await unit('Socialnämnden'),
      snau: await unit('Socialnämndens arbetsutskott'),
      klf: await unit('Kommunledningsförvaltningen'),
      bin: await unit('Bildningsnämnden'),
      kfn: await unit('Kultur- och fritidsnämnden'),
      amn: await unit('Arbetsmarknadsnämnden'),
    };
    strategist = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] })).email,
    );
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] })).email,
    );
  });
  afterAll(() => t.stop());

  const newCase = async (body: object = {}) => {
    const r = await strategist.post(`${api}/cases`, {
      kind: 'initiative',
      title: 'Stärkt arbete mot mäns våld mot kvinnor',
      submittedByGroup: 'Socialdemokraterna (S)',
      submittedOn: '2020-05-06',
      ...body,
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; version: number };
  };

  describe('cases', () => {
    it('creates, lists, updates and deletes a case; readers read, editors write', async () => {
      const created = await newCase();
      expect((await reader.get(`${api}/cases/${created.id}`)).body).toMatchObject({
        kind: 'initiative',
        status: 'open',
        submittedOn: '2020-05-06',
        diarienummer: null,
        overdueAssignments: 0,
      });
      expect((await reader.post(`${api}/cases`, { kind: 'motion' })).status).toBe(403);
      const closed = await strategist.patch(`${api}/cases/${created.id}`, {
        version: 1,
        status: 'closed',
        closedOn: '2021-06-16',
      });
      expect(closed.body).toMatchObject({ status: 'closed', closedOn: '2021-06-16', version: 2 });
      expect((await strategist.patch(`${api}/cases/${created.id}`, { version: 1 })).status).toBe(
        409,
      );
      const before = await strategist.patch(`${api}/cases/${created.id}`, {
        version: 2,
        closedOn: '2020-01-01',
      });
      expect(before.body.issues[0]).toMatchObject({ field: 'closedOn', code: 'before_submission' });
      expect((await reader.get(`${api}/cases?status=closed`)).body).toHaveLength(1);
      expect((await reader.get(`${api}/cases?status=nonsense`)).status).toBe(400);
      expect((await strategist.delete(`${api}/cases/${created.id}`)).status).toBe(204);
      expect((await reader.get(`${api}/cases/${created.id}`)).status).toBe(404);
    });

    it("checks the diarienummer against the kommun's pattern, when it has one", async () => {
      const settings = await strategist.put(`${api}/case-settings`, {
        version: 0,
        diarienummerPattern: '{yyyy}.{n} KS',
      });
      expect(settings.body).toEqual({ diarienummerPattern: '{yyyy}.{n} KS', version: 1 });
      expect(
        (await strategist.put(`${api}/case-settings`, { version: 0, diarienummerPattern: null }))
          .status,
      ).toBe(409);
      expect(
        (await strategist.put(`${api}/case-settings`, { version: 1, diarienummerPattern: 'KS' }))
          .body.issues[0].code,
      ).toBe('diarienummer_pattern_invalid');
      await newCase({ kind: 'motion', diarienummer: '2022.247 KS' });
      const wrong = await strategist.post(`${api}/cases`, {
        kind: 'motion',
        title: 'Motion',
        submittedOn: '2022-02-27',
        diarienummer: 'SN/2021:312',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.issues[0].message).toBe(
        'Diarienummer följer inte kommunens mönster för diarienummer: {yyyy}.{n} KS.',
      );
      await strategist.put(`${api}/case-settings`, { version: 1, diarienummerPattern: null });
      expect((await reader.get(`${api}/case-settings`)).body.diarienummerPattern).toBeNull();
    });
  });

  describe('decisions', () => {
    it("computes the appeal window: Malung-Sälen's SNAU § 158, anslag 2021-09-29", async () => {
      const c = await newCase({
        kind: 'letter',
        title: 'Strategi mot våld i nära relationer',
        submittedOn: '2021-09-09',
      });
      const r = await strategist.post(`${api}/cases/${c.id}/decisions`, {
        bodyUnitId: u.snau,
        meetingDate: '2021-09-22',
        paragraph: '158',
        points: [
          'Socialnämnden föreslår kommunstyrelsen att samordna arbetet med att ta fram en strategi mot våld i nära relationer.',
          'Socialnämnden, Barn- och utbildningsnämnden, Kultur och fritidsnämnden bör ingå i arbetet.',
        ],
        justeringOn: '2021-09-29',
        noticePostedOn: '2021-09-29',
        noticeRemovedOn: '2021-10-21',
        sentToUnitIds: [u.ks],
        sentToOthers: ['Socialchef'],
      });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        status: 'decided',
        sentToUnitIds: [u.ks],
        sentToOthers: ['Socialchef'],
        appeal: {
          postedOn: '2021-09-29',
          lastDay: '2021-10-20',
          extended: false,
          state: 'closed',
          noticeRemovedEarly: false,
        },
      });
      const early = await strategist.patch(`${api}/cases/${c.id}/decisions/${r.body.id}`, {
        version: 1,
        noticeRemovedOn: '2021-10-15',
      });
      expect(early.body.appeal.noticeRemovedEarly).toBe(true);
      const order = await strategist.patch(`${api}/cases/${c.id}/decisions/${r.body.id}`, {
        version: 2,
        justeringOn: '2021-09-01',
      });
      expect(order.body.issues[0]).toMatchObject({ field: 'justeringOn', code: 'before_meeting' });
      expect(
        (await strategist.patch(`${api}/cases/${c.id}/decisions/${r.body.id}`, { version: 1 }))
          .status,
      ).toBe(409);
      const unknown = await strategist.post(`${api}/cases/${c.id}/decisions`, {
        bodyUnitId: '00000000-0000-4000-8000-000000000000',
        meetingDate: '2021-09-22',
        points: ['att godkänna'],
      });
      expect(unknown.body.issues[0]).toMatchObject({
        field: 'bodyUnitId',
        code: 'unknown_reference',
      });
      const noDate = await strategist.post(`${api}/cases/${c.id}/decisions`, {
        bodyUnitId: u.ks,
        meetingDate: null,
        points: ['att godkänna'],
      });
      expect(noDate.body.issues[0]).toMatchObject({ field: 'meetingDate', code: 'required' });
      expect((await reader.get(`${api}/cases/${c.id}/decisions`)).body).toHaveLength(1);
      expect((await reader.delete(`${api}/cases/${c.id}/decisions/${r.body.id}`)).status).toBe(403);
      expect((await strategist.delete(`${api}/cases/${c.id}/decisions/${r.body.id}`)).status).toBe(
        204,
      );
    });
  });

  describe('assignments and the timeline', () => {
    it("follows Trelleborg's initiativärende from 2020-05-06 to the June 2021 report-back", async () => {
      const c = await newCase({
        milestones: [
          { date: '2021-05-24', title: 'Presentation för berörda nämnder' },
          { date: '2020-05-19', title: 'Tjänsteskrivelse' },
        ],
      });
      const decide = async (body: object) => {
        const r = await strategist.post(`${api}/cases/${c.id}/decisions`, {
          bodyUnitId: u.ks,
          ...body,
        });
        expect(r.status).toBe(201);
        return r.body.id as string;
      };
      const ks126 = await decide({
        meetingDate: '2020-05-06',
        paragraph: '126',
        points: ['att ge kommundirektören i uppdrag'],
      });
      const ks163 = await decide({
        meetingDate: '2020-06-17',
        paragraph: '§163',
        points: ['att ärendet ska kompletteras'],
      });
      await decide({
        meetingDate: '2020-09-02',
        paragraph: '175',
        points: ['att godkänna inkommen komplettering'],
      });
      await decide({
        bodyUnitId: u.sn,
        meetingDate: '2020-12-10',
        paragraph: '147',
        points: ['att godkänna rapport om våld i nära relation'],
        sentToUnitIds: [u.amn, u.bin, u.ks, u.kfn],
      });
      const ks12 = await decide({
        meetingDate: '2021-02-10',
        paragraph: '12',
        points: ['att godkänna återrapporteringen', 'att återrapportera på sammanträdet i juni'],
      });

      const assign = async (body: object) => {
        const r = await strategist.post(`${api}/cases/${c.id}/assignments`, {
          responsibleUnitId: u.klf,
          responsibleRole: 'Kommundirektören',
          reportToUnitId: u.ks,
          ...body,
        });
        expect(r.status).toBe(201);
        return r.body;
      };
      await assign({
        decisionId: ks126,
        title: 'Sammanställning av svar',
        status: 'reported',
        reportedOn: '2020-05-19',
      });
      await assign({
        decisionId: ks163,
        title: 'Undersöka samverkansgruppen',
        status: 'reported',
        reportedOn: '2020-11-19',
      });
      const june = await assign({
        decisionId: ks12,
        title: 'Samordna och återrapportera',
        dueMeetingMonth: '2021-06',
      });
      // No KS meeting in June 2021 is known yet: the end of June, estimated, and overdue now.
      expect(june).toMatchObject({
        due: { date: '2021-06-30', source: 'end_of_month' },
        state: 'overdue',
        status: 'open',
      });
      // Once the June meeting is recorded (here: a decision of KS on 2021-06-16), it resolves to it.
      await decide({
        meetingDate: '2021-06-16',
        paragraph: '99',
        points: ['att godkänna återrapporteringen'],
      });
      const resolved = await reader.get(`${api}/cases/${c.id}/assignments/${june.id}`);
      expect(resolved.body.due).toEqual({ date: '2021-06-16', source: 'meeting' });
      expect((await reader.get(`${api}/cases/${c.id}`)).body.overdueAssignments).toBe(1);

      const both = await strategist.post(`${api}/cases/${c.id}/assignments`, {
        title: 'X',
        dueDate: '2021-06-16',
        dueMeetingMonth: '2021-06',
      });
      expect(both.body.issues[0].code).toBe('due_either');
      const reported = await strategist.patch(`${api}/cases/${c.id}/assignments/${june.id}`, {
        version: 1,
        status: 'reported',
      });
      expect(reported.body.issues[0]).toMatchObject({ field: 'reportedOn', code: 'required' });
      expect(
        (await strategist.patch(`${api}/cases/${c.id}/assignments/${june.id}`, { version: 7 }))
          .status,
      ).toBe(409);

      const timeline = await reader.get(`${api}/cases/${c.id}/timeline`);
      expect(timeline.status).toBe(200);
      const entries = timeline.body.entries as Array<{ date: string; kind: string; title: string }>;
      expect(entries.map((e) => `${e.date} ${e.kind}`)).toEqual([
        '2020-05-06 submitted',
        '2020-05-06 decision',
        '2020-05-06 assignment_given',
        '2020-05-19 assignment_reported',
        '2020-05-19 milestone',
        '2020-06-17 decision',
        '2020-06-17 assignment_given',
        '2020-09-02 decision',
        '2020-11-19 assignment_reported',
        '2020-12-10 decision',
        '2021-02-10 decision',
        '2021-02-10 assignment_given',
        '2021-05-24 milestone',
        '2021-06-16 decision',
        '2021-06-16 assignment_due',
      ]);
      expect(entries[1]?.title).toBe('Kommunstyrelsen § 126: att ge kommundirektören i uppdrag');
      expect(entries[5]?.title).toContain('§ 163');
      expect((await reader.delete(`${api}/cases/${c.id}/assignments/${june.id}`)).status).toBe(403);
      expect((await strategist.delete(`${api}/cases/${c.id}/assignments/${june.id}`)).status).toBe(
        204,
      );
    });
  });
});
