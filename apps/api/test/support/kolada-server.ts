import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Kolada's API v3 on a local port (these machines have no internet). It
 * answers `/v3/data/kpi/{ids}/municipality/{ids}/year/{years}` in Kolada's recorded format
 * — `{values: [{kpi, municipality, period, values: [{gender, value, status, count}]}],
 * count, next_page, previous_page}` — from the figures it is given, a few data points a
 * page, and can be told to fail, stall or answer nonsense.
 */
export interface KoladaFixtureValue {
  gender: 'T' | 'K' | 'M';
  value: number | null;
  status?: string | null;
  count?: number;
}

export type KoladaFixture = Record<string, Record<string, Record<number, KoladaFixtureValue[]>>>;

export type Behaviour =
  | { kind: 'ok' }
  | { kind: 'fail'; status: number; times: number }
  | { kind: 'stall'; ms: number; times: number }
  | { kind: 'garbage' }
  | { kind: 'foreign-next-page' };

export class KoladaServer {
  /** Every data request's path and query, in order. */
  readonly requests: string[] = [];
  behaviour: Behaviour = { kind: 'ok' };
  pageSize = 2;

  private constructor(
    private readonly server: Server,
    public fixture: KoladaFixture,
  ) {}

  static async start(fixture: KoladaFixture): Promise<KoladaServer> {
    const server = createServer((req, res) => self.handle(req, res));
    const self = new KoladaServer(server, fixture);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return self;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get baseUrl(): string {
    return `${this.origin}/v3`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.origin);
    this.requests.push(url.pathname + url.search);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const b = this.behaviour;
    if (b.kind === 'fail' && b.times > 0) {
      b.times--;
      return send(b.status, { error: 'unavailable' });
    }
    if (b.kind === 'stall' && b.times > 0) {
      b.times--;
      setTimeout(() => send(200, { values: [], count: 0, next_page: null }), b.ms);
      return;
    }
    if (b.kind === 'garbage') return send(200, '<html>Underhåll pågår</html>');

    const match = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(
      url.pathname,
    );
    if (!match) return send(404, { error: 'not found' });
    const [kpis, municipalities, years] = match.slice(1).map((part) => part.split(','));
    const all = [];
    for (const kpi of kpis ?? [])
      for (const municipality of municipalities ?? [])
        for (const year of years ?? []) {
          const values = this.fixture[kpi]?.[municipality]?.[Number(year)];
          if (values)
            all.push({
              kpi,
              municipality,
              period: Number(year),
              values: values.map((v) => ({ status: '', count: 1, ...v })),
            });
        }
    const page = Number(url.searchParams.get('page') ?? '1');
    const start = (page - 1) * this.pageSize;
    const more = start + this.pageSize < all.length;
    const next = new URL(
      url.pathname,
      b.kind === 'foreign-next-page' ? 'http://example.org' : this.origin,
    );
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('per_page', String(this.pageSize));
    send(200, {
      values: all.slice(start, start + this.pageSize),
      count: all.length,
      next_page: more ? next.toString() : null,
      previous_page: null,
    });
  }
}
