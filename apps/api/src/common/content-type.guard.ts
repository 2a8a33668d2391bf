import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from './app-error.js';

/** Where @ApiConsumes keeps a route's content types (@nestjs/swagger's metadata key). */
const API_CONSUMES = 'swagger/apiConsumes';

/**
 * A body the API cannot read is refused with 415, not taken for an empty one: the JSON
 * parser skips other content types, and a route whose fields are all optional would then
 * act on `{}` (found by the bad-input fault test: a text/plain POST created a calendar
 * feed). Routes take JSON; a route with @ApiConsumes (the spreadsheet upload) reads its own
 * body and reports what is missing there, after it has checked the plan exists.
 */
@Injectable()
export class ContentTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!hasBody(request)) return true;
    const consumes = this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (consumes || request.is(['application/json', '+json'])) return true;
    throw new AppError(415, 'unsupported_media_type', {
      contentType: request.headers['content-type'] ?? '–',
    });
  }
}

function hasBody(request: Request): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > 0;
}
