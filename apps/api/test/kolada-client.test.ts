import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { KoladaClient, KoladaError } from '../src/indicators/kolada/kolada.client.js';
import { KoladaServer, type KoladaFixture } from './support/kolada-server.js';

// Fictitious KPI ids: Samla names no Kolada KPI it has not seen in a real answer.
const kpiIds = Array.from({ length: 30 }, (_, i) => `N9${String(i).padStart(4, '0')}`);
const years = Array.from({ length: 30 }, (_, i) => 1995 + i);

const fixture: KoladaFixture = {};
for (const kpi of kpiIds) {
  fixture[kpi] = { '1287': {} };
  for (const year of years)
    (fixture[kpi]['1287'] as Record<number, unknown[]>)[year] = [{ gender: 'T', value: year % 7 }];
}

describe('KoladaClient against a local Kolada', () => {
  let server: KoladaServer;
  const client = (options: Partial<ConstructorParameters<typeof KoladaClient>[0]> = {}) =>
    new KoladaClient({ baseUrl: server.baseUrl, backoffMs: 10, timeoutMs: 1000, ...options });

  beforeAll(async () => {
    server = await KoladaServer.start(fixture);
  });
  afterAll(() => server.stop());
  afterEach(() => {
    server.requests.length = 0;
    server.behaviour = { kind: 'ok' };
    server.pageSize = 2;
  });

  it('follows next_page until the last page', async () => {
    const { values, requests } = await client().fetchData(
      ['N90000'],
      ['1287'],
      [2019, 2020, 2021, 2022, 2023],
    );
    expect(values.map((v) => v.period)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(requests).toBe(3);
    expect(server.requests).toEqual([
      '/v3/data/kpi/N90000/municipality/1287/year/2019,2020,2021,2022,2023',
      '/v3/data/kpi/N90000/municipality/1287/year/2019,2020,2021,2022,2023?page=2&per_page=2',
      '/v3/data/kpi/N90000/municipality/1287/year/2019,2020,2021,2022,2023?page=3&per_page=2',
    ]);
  });

  it('asks for at most 25 KPIs and 25 years at a time', async () => {
    server.pageSize = 10_000;
    const { values, requests } = await client().fetchData(kpiIds, ['1287'], years);
    expect(values).toHaveLength(30 * 30);
    expect(requests).toBe(4);
    for (const path of server.requests) {
      const [, , , ids, , , , asked] = path.split('/');
      expect(ids?.split(',').length).toBeLessThanOrEqual(25);
      expect(asked?.split(',').length).toBeLessThanOrEqual(25);
    }
    expect(new Set(values.map((v) => `${v.kpi}:${v.period}`)).size).toBe(900);
  });

  it('retries a server error or 429 and then succeeds', async () => {
    server.behaviour = { kind: 'fail', status: 503, times: 2 };
    const { values } = await client().fetchData(['N90001'], ['1287'], [2020]);
    expect(values).toHaveLength(1);
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    server.behaviour = { kind: 'fail', status: 429, times: 1 };
    await client().fetchData(['N90001'], ['1287'], [2020]);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after its attempts, and does not retry a client error', async () => {
    server.behaviour = { kind: 'fail', status: 500, times: 10 };
    const failing = client({ attempts: 3 }).fetchData(['N90001'], ['1287'], [2020]);
    await expect(failing).rejects.toThrow(
      new KoladaError('HTTP 500 after 3 attempts', 'unavailable'),
    );
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    server.behaviour = { kind: 'fail', status: 400, times: 10 };
    await expect(client().fetchData(['N90001'], ['1287'], [2020])).rejects.toMatchObject({
      kind: 'unavailable',
      message: 'HTTP 400',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a request that hangs, and retries it', async () => {
    server.behaviour = { kind: 'stall', ms: 500, times: 1 };
    const { values } = await client({ timeoutMs: 100 }).fetchData(['N90001'], ['1287'], [2020]);
    expect(values).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    server.behaviour = { kind: 'stall', ms: 500, times: 5 };
    await expect(
      client({ timeoutMs: 100, attempts: 2 }).fetchData(['N90001'], ['1287'], [2020]),
    ).rejects.toThrow('no answer within 100 ms after 2 attempts');
  });

  it('refuses an answer that is not Kolada data, and a next_page that leaves Kolada', async () => {
    server.behaviour = { kind: 'garbage' };
    await expect(client().fetchData(['N90001'], ['1287'], [2020])).rejects.toMatchObject({
      kind: 'invalid_response',
    });
    server.behaviour = { kind: 'foreign-next-page' };
    await expect(
      client().fetchData(['N90001'], ['1287'], [2019, 2020, 2021]),
    ).rejects.toMatchObject({
      kind: 'invalid_response',
      message: 'next_page points outside Kolada',
    });
  });

  it('reports a Kolada that cannot be reached', async () => {
    const unreachable = new KoladaClient({
      baseUrl: 'http://127.0.0.1:9/v3',
      attempts: 2,
      backoffMs: 1,
    });
    await expect(unreachable.fetchData(['N90001'], ['1287'], [2020])).rejects.toThrow(
      'no connection after 2 attempts',
    );
  });
});
