import { jest } from '@jest/globals';

/** Answers one request; gets a clone, so the test can read the body too. */
export type Handler = (request: Request) => Response | Promise<Response>;

/** A JSON response, or an empty one when there is no body (204). */
export function json(status: number, body?: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The API's error body. */
export const apiError = (statusCode: number, code: string, message: string, extra = {}) =>
  json(statusCode, { statusCode, code, message, requestId: 'req-test', ...extra });

/**
 * Replaces the global fetch — the network boundary — with a table of routes keyed
 * "METHOD /path". Unknown routes answer 404. Returns the requests made, in order.
 */
export function stubFetch(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const { pathname } = new URL(request.url);
    const handler = routes[`${request.method} ${pathname}`];
    if (handler) return handler(request);
    return apiError(404, 'not_found', `No stub for ${request.method} ${pathname}`);
  });
  globalThis.fetch = fetchMock as typeof fetch;
  return {
    requests,
    /** The requests made to one route. */
    to: (method: string, path: string) =>
      requests.filter((r) => r.method === method && new URL(r.url).pathname === path),
  };
}
