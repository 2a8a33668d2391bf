import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp, type ApiSession } from './support/test-app.js';

describe('org units', () => {
  let t: TestApp;
  let tenant: { id: string; code: string };
  let strategist: ApiSession;
  let reader: ApiSession;
  const base = '/api/v1/tenants/1287/org-units';

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant('1287');
    const s = await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'strategist' }] });
    const r = await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] });
    strategist = await t.loginAs(s.email);
    reader = await t.loginAs(r.email);
  });
  afterAll(() => t.stop());

  it('creates a tree, lists it and reads one unit', async () => {
    const ks = await strategist.post(base, {
      name: 'Kommunstyrelsen',
      shortName: 'KS',
      kind: 'executive_board',
    });
    expect(ks.status).toBe(201);
    expect(ks.body).toMatchObject({
      name: 'Kommunstyrelsen',
      shortName: 'KS',
      kind: 'executive_board',
      parentId: null,
      version: 1,
    });
    const ksau = await strategist.post(base, {
      name: 'Kommunstyrelsens arbetsutskott',
      shortName: 'KSAU',
      kind: 'working_committee',
      parentId: ks.body.id,
    });
    expect(ksau.status).toBe(201);
    expect(ksau.body.parentId).toBe(ks.body.id);

    const list = await reader.get(base);
    expect(list.status).toBe(200);
    expect(list.body.map((u: { name: string }) => u.name)).toEqual([
      'Kommunstyrelsen',
      'Kommunstyrelsens arbetsutskott',
    ]);
    const one = await reader.get(`${base}/${ksau.body.id}`);
    expect(one.body).toEqual(ksau.body);
  });

  it('names the bad field in Swedish, and in English when asked', async () => {
    const sv = await strategist.post(base, { kind: 'nämnd', shortName: 'x'.repeat(30) });
    expect(sv.status).toBe(400);
    expect(sv.body.code).toBe('validation_failed');
    expect(sv.body.issues).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'required', message: 'Namn måste anges.' },
        { field: 'shortName', code: 'too_long', message: 'Kortnamn får vara högst 20 tecken.' },
        expect.objectContaining({ field: 'kind', code: 'invalid_choice' }),
      ]),
    );
    strategist.language = 'en';
    const en = await strategist.post(base, { kind: 'committee' });
    strategist.language = 'sv';
    expect(en.body.message).toBe('The input is not valid. Correct the fields marked.');
    expect(en.body.issues).toEqual([
      { field: 'name', code: 'required', message: 'Name is required.' },
    ]);
    expect(await t.sql(`SELECT 1 FROM org_units WHERE kind = 'nämnd'`)).toHaveLength(0);
  });

  it('refuses free text that holds a personnummer', async () => {
    const response = await strategist.post(base, { name: 'Stöd till 811218-9876', kind: 'unit' });
    expect(response.status).toBe(400);
    expect(response.body.issues[0]).toMatchObject({ field: 'name', code: 'personal_number' });
  });

  it('answers 409 with the current state to a stale edit, and never overwrites', async () => {
    const created = await strategist.post(base, { name: 'Socialnämnden', kind: 'committee' });
    const first = await strategist.patch(`${base}/${created.body.id}`, {
      version: 1,
      shortName: 'SN',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ shortName: 'SN', version: 2 });
    const stale = await strategist.patch(`${base}/${created.body.id}`, {
      version: 1,
      name: 'Sociala nämnden',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
    expect(stale.body.current).toMatchObject({
      name: 'Socialnämnden',
      shortName: 'SN',
      version: 2,
    });
    const [row] = await t.sql<{ name: string; version: number }>(
      `SELECT name, version FROM org_units WHERE id = $1`,
      [created.body.id],
    );
    expect(row).toEqual({ name: 'Socialnämnden', version: 2 });
  });

  it('lets exactly one of many concurrent edits from the same version win', async () => {
    const created = await strategist.post(base, { name: 'Bildningsnämnden', kind: 'committee' });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        strategist.patch(`${base}/${created.body.id}`, { version: 1, shortName: `B${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    const winner = results.find((r) => r.status === 200)?.body.shortName;
    const [row] = await t.sql<{ short_name: string; version: number }>(
      `SELECT short_name, version FROM org_units WHERE id = $1`,
      [created.body.id],
    );
    expect(row).toEqual({ short_name: winner, version: 2 });
  });

  it('moves a unit, but never under itself or its descendants', async () => {
    const a = await strategist.post(base, { name: 'A-nämnden', kind: 'committee' });
    const b = await strategist.post(base, {
      name: 'B-förvaltningen',
      kind: 'administration',
      parentId: a.body.id,
    });
    const cycle = await strategist.patch(`${base}/${a.body.id}`, {
      version: 1,
      parentId: b.body.id,
    });
    expect(cycle.status).toBe(409);
    expect(cycle.body.code).toBe('org_unit_cycle');
    const moved = await strategist.patch(`${base}/${b.body.id}`, { version: 1, parentId: null });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBeNull();
  });

  it('refuses a parent that does not exist in this kommun', async () => {
    const other = await t.newTenant('2023');
    const foreign = await t.newOrgUnit(other.id);
    const response = await strategist.post(base, {
      name: 'Enhet',
      kind: 'unit',
      parentId: foreign.id,
    });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([
      { field: 'parentId', code: 'unknown_reference', message: 'Överordnad enhet finns inte.' },
    ]);
  });

  it('refuses to delete a unit others hang under, with a clear message', async () => {
    const parent = await strategist.post(base, {
      name: 'Kultur- och fritidsnämnden',
      kind: 'committee',
    });
    const child = await strategist.post(base, {
      name: 'Fritidsgårdarna',
      kind: 'unit',
      parentId: parent.body.id,
    });
    const refused = await strategist.delete(`${base}/${parent.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'org_unit_has_children' });
    expect(refused.body.message).toContain('andra enheter ligger under den');
    expect((await strategist.delete(`${base}/${child.body.id}`)).status).toBe(204);
    expect((await strategist.delete(`${base}/${parent.body.id}`)).status).toBe(204);
    expect((await strategist.get(`${base}/${parent.body.id}`)).status).toBe(404);
  });

  it('lets readers read but not write', async () => {
    const response = await reader.post(base, { name: 'Ny enhet', kind: 'unit' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
    expect(await t.sql(`SELECT 1 FROM org_units WHERE name = 'Ny enhet'`)).toHaveLength(0);
  });

  it('answers 404 for an id that is not a UUID or does not exist', async () => {
    expect((await reader.get(`${base}/not-a-uuid`)).status).toBe(404);
    expect((await reader.get(`${base}/6f1c1d1e-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('records every write in the audit log with before and after, in the same transaction', async () => {
    const created = await strategist.post(base, { name: 'Revisionen', kind: 'committee' });
    await strategist.patch(`${base}/${created.body.id}`, { version: 1, name: 'Revisorerna' });
    const events = await t.sql<{
      action: string;
      before: { name: string } | null;
      after: { name: string } | null;
      actor_user_id: string;
    }>(
      `SELECT action, before, after, actor_user_id FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
      [created.body.id],
    );
    expect(events.map((e) => e.action)).toEqual(['org_unit.created', 'org_unit.updated']);
    expect(events[1]?.before?.name).toBe('Revisionen');
    expect(events[1]?.after?.name).toBe('Revisorerna');
    expect(events[0]?.actor_user_id).toBeTruthy();
    // A rejected write leaves no audit record.
    const before = await t.sql(`SELECT count(*)::int AS n FROM audit_events`);
    await strategist.patch(`${base}/${created.body.id}`, { version: 1, name: 'Stale' });
    expect(await t.sql(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(before);
  });
});
