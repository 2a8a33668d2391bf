import {
  KOLADA_MAX_IDS_PER_REQUEST,
  KOLADA_MAX_YEARS_PER_REQUEST,
  koladaDataResponseSchema,
  type KoladaDataPoint,
} from '@samla/domain';

export interface KoladaClientOptions {
  /** e.g. https://api.kolada.se/v3 (KOLADA_BASE_URL). */
  baseUrl: string;
  /** Per request. */
  timeoutMs?: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** The wait before the second attempt; it doubles for each one after. */
  backoffMs?: number;
  /** At most this many pages per request, so a looping next_page cannot run forever. */
  maxPages?: number;
}

/** Kolada could not be reached, kept failing, or answered something unreadable. */
export class KoladaError extends Error {
  constructor(
    message: string,
    readonly kind: 'unavailable' | 'invalid_response',
  ) {
    super(message);
  }
}

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
};

/**
 * A client for Kolada's API v3 data: `/data/kpi/{ids}/municipality/{ids}/year/{years}`.
 * Kolada takes at most 25 KPI ids and 25 years a request, so larger asks are split; each
 * answer may come in pages, followed through `next_page`. Network failures, timeouts, 429
 * and 5xx answers are retried with a doubling wait; other answers fail at once.
 */
export class KoladaClient {
  private readonly baseUrl: URL;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly maxPages: number;

  constructor(options: KoladaClientOptions) {
    this.baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? 300;
    this.maxPages = options.maxPages ?? 200;
  }

  /** Every data point for these KPIs, municipalities (or regions) and years; and how many requests it took. */
  async fetchData(
    kpis: readonly string[],
    municipalities: readonly string[],
    years: readonly number[],
  ): Promise<{ values: KoladaDataPoint[]; requests: number }> {
    const values: KoladaDataPoint[] = [];
    let requests = 0;
    const municipalityPart = municipalities.map(encodeURIComponent).join(',');
    for (const kpiChunk of chunks(kpis, KOLADA_MAX_IDS_PER_REQUEST))
      for (const yearChunk of chunks(years, KOLADA_MAX_YEARS_PER_REQUEST)) {
        const path = `data/kpi/${kpiChunk.map(encodeURIComponent).join(',')}/municipality/${municipalityPart}/year/${yearChunk.join(',')}`;
        let next: URL | null = new URL(path, this.baseUrl);
        for (let page = 0; next; page++) {
          if (page >= this.maxPages)
            throw new KoladaError(`more than ${this.maxPages} pages`, 'invalid_response');
          const body = await this.getJson(next);
          requests++;
          const parsed = koladaDataResponseSchema.safeParse(body);
          if (!parsed.success)
            throw new KoladaError('the answer is not Kolada data', 'invalid_response');
          values.push(...parsed.data.values);
          next = parsed.data.next_page ? this.nextPage(parsed.data.next_page) : null;
        }
      }
    return { values, requests };
  }

  /** Only pages of the same Kolada: a next_page elsewhere is refused, not followed. */
  private nextPage(link: string): URL {
    const url = new URL(link, this.baseUrl);
    if (url.origin !== this.baseUrl.origin)
      throw new KoladaError('next_page points outside Kolada', 'invalid_response');
    return url;
  }

  private async getJson(url: URL): Promise<unknown> {
    let lastProblem = '';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) await sleep(this.backoffMs * 2 ** (attempt - 2));
      let response: Response;
      let text: string;
      try {
        // The timeout covers the whole answer, body included.
        response = await fetch(url, {
          headers: { Accept: 'application/json' },
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        // A DOMException, which need not be an Error of this realm.
        lastProblem =
          (error as { name?: unknown } | null)?.name === 'TimeoutError'
            ? `no answer within ${this.timeoutMs} ms`
            : 'no connection';
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        lastProblem = `HTTP ${response.status}`;
        continue;
      }
      if (!response.ok) throw new KoladaError(`HTTP ${response.status}`, 'unavailable');
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new KoladaError('the answer is not JSON', 'invalid_response');
      }
    }
    throw new KoladaError(`${lastProblem} after ${this.attempts} attempts`, 'unavailable');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
