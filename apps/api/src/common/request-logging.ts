import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ClsService } from 'nestjs-cls';
import type { RequestContext } from './request-context.js';

const logger = new Logger('HTTP');

/**
 * One structured line per request: method, path without the query string (which may
 * carry secrets such as a calendar token), status, duration, request id and user id.
 * Bodies and headers are never logged. Called from the CLS middleware's setup, so the
 * request id exists already.
 */
export function attachRequestLogging(
  cls: ClsService<RequestContext>,
  request: Request,
  response: Response,
): void {
  const started = performance.now();
  const requestId = cls.getId();
  // The store object outlives the async context; read the principal from it at the end.
  const store = cls.get();
  response.setHeader('X-Request-Id', requestId);
  response.on('finish', () => {
    logger.log({
      msg: 'request',
      requestId,
      method: request.method,
      path: request.originalUrl.split('?')[0],
      status: response.statusCode,
      durationMs: Math.round(performance.now() - started),
      userId: store.principal?.userId,
    });
  });
}
