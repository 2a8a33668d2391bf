import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';

/**
 * Nest's Express adapter, with a route's JSON answer written in one step.
 *
 * Express's `res.json()` turns the JSON text into a Buffer, hashes it for an ETag and checks
 * the request's conditional headers before it writes. For a page of 20 activities (18 kB)
 * that was a copy and a SHA-1 of every answer, and 32 kB of the 400 kB each request
 * allocated (docs/benchmarks.md, figure 2). The API's answers are not cached by anyone, so
 * they carry no ETag (`app.set('etag', false)` does the same for the error filter).
 *
 * Everything else (no body, files, a route that chose its own Content-Type, plain text) goes
 * through Nest's own reply unchanged.
 */
export class JsonReplyAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (!isJsonBody(body) || response.getHeader('Content-Type') !== undefined)
      return super.reply(response, body, statusCode);
    if (statusCode !== undefined) response.statusCode = statusCode;
    const text = JSON.stringify(body);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    // Set here, not left to Node, so that a HEAD answer states the length too.
    response.setHeader('Content-Length', Buffer.byteLength(text));
    return response.end(text);
  }
}

/** A plain object or array: what a route returns for Nest to answer as JSON. */
function isJsonBody(body: unknown): body is object {
  if (body === null || typeof body !== 'object') return false;
  const prototype = Object.getPrototypeOf(body) as unknown;
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}
