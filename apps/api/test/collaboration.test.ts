import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp, type ApiSession } from './support/test-app.js';

describe('samverkan: partners, forums, members, meetings, assessments, agreements', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let strategist: ApiSession;
  let reader: ApiSession;
  let units: { fvg: string; ifo: string };
  const api = '/api/v1/tenants/1287';

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant('1287');
    units = {
      fvg: (await t.newOrgUnit(tenant.id, { name: 'Familjevårdsgruppen' })).id,
      ifo: (await t.newOrgUnit(tenant.id, { name: 'Individ- och familjeomsorgen' })).id,
    };
    strategist = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] })).email,
    );
    reader = await t.loginAs(
      (await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] })).email,
    );
  });
  afterAll(() => t.stop());

  const newPartner = async (body: object = {}) => {
    const r = await strategist.post(`${api}/partners`, {
      name: 'Kvinnojouren Söderslätt',
      type: 'womens_shelter',
      contacts: [{ title: 'Jourens samordnare', email: 'samordnare@jour.example' }],
      ...body,
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; version: number };
  };

  describe('partners', () => {
    it('creates, reads, updates and deletes a partner with contact persons, audited', async () => {
      const created = await newPartner();
      const got = await reader.get(`${api}/partners/${created.id}`);
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({
        name: 'Kvinnojouren Söderslätt',
        type: 'womens_shelter',
        orgUnitId: null,
        contacts: [{ name: null, title: 'Jourens samordnare', email: 'samordnare@jour.example' }],
        version: 1,
      });
      const updated = await strategist.patch(`${api}/partners/${created.id}`, {
        version: 1,
        description: 'Skyddat boende',
        contacts: [],
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        description: 'Skyddat boende',
        contacts: [],
        version: 2,
      });
      expect((await reader.get(`${api}/partners`)).body).toHaveLength(1);
      expect((await strategist.delete(`${api}/partners/${created.id}`)).status).toBe(204);
      expect((await reader.get(`${api}/partners/${created.id}`)).status).toBe(404);
      const audit = await t.sql<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
        [created.id],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'partner.created',
        'partner.updated',
        'partner.deleted',
      ]);
    });

    it('refuses a stale edit with 409 and the current state', async () => {
      const created = await newPartner({ name: 'Polisen', type: 'police', contacts: [] });
      expect(
        (
          await strategist.patch(`${api}/partners/${created.id}`, {
            version: 1,
            name: 'Polisen LPO',
          })
        ).status,
      ).toBe(200);
      const stale = await strategist.patch(`${api}/partners/${created.id}`, {
        version: 1,
        name: 'X',
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'stale_version',
        current: { name: 'Polisen LPO', version: 2 },
      });
    });

    it('validates with messages naming the field, in Swedish and English', async () => {
      const sv = await strategist.post(`${api}/partners`, {
        name: '',
        type: 'bank',
        orgUnitId: units.fvg,
        contacts: [{ title: 'Kontakt', email: 'inte-en-adress' }],
      });
      expect(sv.status).toBe(400);
      expect(sv.body.issues.map((i: { field: string; code: string }) => [i.field, i.code])).toEqual(
        expect.arrayContaining([
          ['name', 'required'],
          ['type', 'invalid_choice'],
          ['contacts.0.email', 'invalid_email'],
        ]),
      );
      expect(sv.body.issues.find((i: { field: string }) => i.field === 'name').message).toBe(
        'Namn måste anges.',
      );
      strategist.language = 'en';
      const en = await strategist.post(`${api}/partners`, {
        name: 'Familjevårdsgruppen',
        type: 'police',
        orgUnitId: units.fvg,
      });
      strategist.language = 'sv';
      expect(en.body.issues).toEqual([
        {
          field: 'orgUnitId',
          code: 'internal_only',
          message: 'Unit can only be given for partners of the type internal unit.',
        },
      ]);
    });

    it('refuses a personnummer in free text and an org unit of another kommun', async () => {
      const pnr = await strategist.post(`${api}/partners`, {
        name: 'Jour',
        type: 'womens_shelter',
        description: 'Kontakt 811218-9876',
      });
      expect(pnr.status).toBe(400);
      expect(pnr.body.issues[0]).toMatchObject({ field: 'description', code: 'personal_number' });
      const other = await t.newTenant('1489');
      const foreign = await t.newOrgUnit(other.id);
      const r = await strategist.post(`${api}/partners`, {
        name: 'Intern',
        type: 'internal_unit',
        orgUnitId: foreign.id,
      });
      expect(r.status).toBe(400);
      expect(r.body.issues[0]).toMatchObject({ field: 'orgUnitId', code: 'unknown_reference' });
    });

    it('lets readers read and only editors write', async () => {
      expect((await reader.get(`${api}/partners`)).status).toBe(200);
      expect((await reader.post(`${api}/partners`, { name: 'X', type: 'other' })).status).toBe(403);
    });
  });

  describe('forums', () => {
    let forumId: string;
    let memberIds: string[];

    it('creates a samverkansgrupp meeting twice a term and adds members', async () => {
      const jour = await newPartner();
      const polis = await newPartner({ name: 'Polisen', type: 'police', contacts: [] });
      const r = await strategist.post(`${api}/forums`, {
        name: 'Samverkansgruppen mot våld i nära relationer',
        kind: 'collaboration_group',
        purpose: 'Att utveckla samarbetet mellan de olika huvudmännen.',
        conveningUnitId: units.fvg,
        cadence: { unit: 'term', count: 2 },
        activeFrom: '2020-07-01',
      });
      expect(r.status).toBe(201);
      forumId = r.body.id;
      memberIds = [];
      for (const body of [
        { partnerId: null, orgUnitId: units.fvg, role: 'chair' },
        { partnerId: jour.id },
        { partnerId: polis.id, representative: 'Kommunpolis' },
      ]) {
        const m = await strategist.post(`${api}/forums/${forumId}/members`, body);
        expect(m.status).toBe(201);
        memberIds.push(m.body.id);
      }
      const again = await strategist.post(`${api}/forums/${forumId}/members`, {
        partnerId: jour.id,
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('already_member');
      const neither = await strategist.post(`${api}/forums/${forumId}/members`, {
        partnerId: null,
      });
      expect(neither.body.issues[0].code).toBe('member_party');
      const members = await reader.get(`${api}/forums/${forumId}/members`);
      expect(members.body.map((m: { role: string }) => m.role)).toEqual([
        'chair',
        'member',
        'member',
      ]);
    });

    it('records meetings with attendance, and flags a term short of its cadence', async () => {
      const m = await strategist.post(`${api}/forums/${forumId}/meetings`, {
        date: '2020-10-01',
        agenda: 'Hur fungerar samverkan?',
        attendeeMemberIds: memberIds,
      });
      expect(m.status).toBe(201);
      expect(m.body.attendeeMemberIds.sort()).toEqual([...memberIds].sort());
      const bad = await strategist.post(`${api}/forums/${forumId}/meetings`, {
        date: '2020-11-01',
        attendeeMemberIds: ['00000000-0000-4000-8000-000000000000'],
      });
      expect(bad.status).toBe(400);
      const forum = (await reader.get(`${api}/forums/${forumId}`)).body;
      expect(forum.meetingCount).toBe(1);
      expect(forum.cadenceReport.periods[0]).toEqual({
        key: '2020-HT',
        from: '2020-07-01',
        to: '2020-12-31',
        expected: 2,
        held: 1,
        state: 'short',
      });
      expect(forum.cadenceReport.shortPeriods).toContain('2020-HT');
      const updated = await strategist.patch(`${api}/forums/${forumId}/meetings/${m.body.id}`, {
        version: 1,
        notes: 'Samtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
        attendeeMemberIds: memberIds.slice(0, 1),
      });
      expect(updated.body).toMatchObject({ version: 2, attendeeMemberIds: memberIds.slice(0, 1) });
      expect(
        (await strategist.patch(`${api}/forums/${forumId}/meetings/${m.body.id}`, { version: 1 }))
          .status,
      ).toBe(409);
      const listed = await reader.get(`${api}/forums/${forumId}/meetings`);
      expect(listed.body).toHaveLength(1);
    });

    it('keeps the history of assessments and shows the latest on the forum', async () => {
      const a = await strategist.post(`${api}/forums/${forumId}/assessments`, {
        date: '2020-10-01',
        rating: 4,
        comment: 'Samtliga mötesdeltagare rapporterar att samarbetet fungerar väl.',
      });
      expect(a.status).toBe(201);
      const bad = await strategist.post(`${api}/forums/${forumId}/assessments`, {
        date: '2021-10-01',
        rating: 7,
      });
      expect(bad.body.issues[0]).toMatchObject({ field: 'rating', code: 'rating' });
      await strategist.post(`${api}/forums/${forumId}/assessments`, {
        date: '2019-05-01',
        rating: 2,
      });
      const forum = (await reader.get(`${api}/forums/${forumId}`)).body;
      expect(forum.latestAssessment).toMatchObject({ date: '2020-10-01', rating: 4 });
      const history = (await reader.get(`${api}/forums/${forumId}/assessments`)).body;
      expect(history.map((h: { date: string }) => h.date)).toEqual(['2020-10-01', '2019-05-01']);
      const patched = await strategist.patch(`${api}/forums/${forumId}/assessments/${a.body.id}`, {
        version: 1,
        rating: 3,
      });
      expect(patched.body.rating).toBe(3);
      expect(
        (await strategist.delete(`${api}/forums/${forumId}/assessments/${a.body.id}`)).status,
      ).toBe(204);
    });

    it('updates and deletes members and forums; readers cannot', async () => {
      const member = await strategist.patch(`${api}/forums/${forumId}/members/${memberIds[2]}`, {
        version: 1,
        role: 'secretary',
      });
      expect(member.body.role).toBe('secretary');
      expect(
        (await reader.patch(`${api}/forums/${forumId}/members/${memberIds[2]}`, { version: 2 }))
          .status,
      ).toBe(403);
      expect(
        (await strategist.delete(`${api}/forums/${forumId}/members/${memberIds[2]}`)).status,
      ).toBe(204);
      const forum = (await reader.get(`${api}/forums/${forumId}`)).body;
      const renamed = await strategist.patch(`${api}/forums/${forumId}`, {
        version: forum.version,
        cadence: { unit: 'month', count: 1 },
      });
      expect(renamed.body.cadence).toEqual({ unit: 'month', count: 1 });
      expect((await reader.delete(`${api}/forums/${forumId}`)).status).toBe(403);
      expect((await strategist.delete(`${api}/forums/${forumId}`)).status).toBe(204);
      expect((await t.sql(`SELECT 1 FROM meetings WHERE forum_id = $1`, [forumId])).length).toBe(0);
    });
  });

  describe('agreements', () => {
    it('is current, lapsing or lapsed by the 24-month rule', async () => {
      const partner = await newPartner({ name: 'Polisen', type: 'police', contacts: [] });
      const today = new Date().toISOString().slice(0, 10);
      const monthsAgo = (months: number, days = 0) => {
        const d = new Date(`${today}T00:00:00Z`);
        d.setUTCMonth(d.getUTCMonth() - months);
        d.setUTCDate(d.getUTCDate() + days);
        return d.toISOString().slice(0, 10);
      };
      const make = async (lastFollowUpOn: string | null) =>
        (
          await strategist.post(`${api}/agreements`, {
            partnerId: partner.id,
            subject: 'Samverkansöverenskommelse',
            signedOn: '2015-01-01',
            signatoryLevel: 'executive',
            signedBy: 'Kommundirektör',
            lastFollowUpOn,
            responsibleUnitId: units.ifo,
          })
        ).body;
      expect((await make(monthsAgo(6))).followUp.state).toBe('current');
      expect((await make(monthsAgo(23))).followUp.state).toBe('lapsing');
      const lapsed = await make(monthsAgo(25));
      expect(lapsed.followUp.state).toBe('lapsed');
      expect((await make(null)).followUp.state).toBe('lapsed');

      const followedUp = await strategist.patch(`${api}/agreements/${lapsed.id}`, {
        version: 1,
        lastFollowUpOn: today,
      });
      expect(followedUp.body.followUp).toMatchObject({ state: 'current', countedFrom: today });
      const before = await strategist.patch(`${api}/agreements/${lapsed.id}`, {
        version: 2,
        lastFollowUpOn: '2014-01-01',
      });
      expect(before.body.issues[0]).toMatchObject({
        field: 'lastFollowUpOn',
        code: 'before_signing',
      });
      expect(
        (await strategist.patch(`${api}/agreements/${lapsed.id}`, { version: 1 })).status,
      ).toBe(409);
      expect((await reader.get(`${api}/agreements`)).body).toHaveLength(4);
      // A partner with an agreement cannot be deleted.
      const inUse = await strategist.delete(`${api}/partners/${partner.id}`);
      expect(inUse.status).toBe(409);
      expect((await strategist.delete(`${api}/agreements/${lapsed.id}`)).status).toBe(204);
      expect((await reader.delete(`${api}/agreements/${lapsed.id}`)).status).toBe(403);
    });
  });
});
