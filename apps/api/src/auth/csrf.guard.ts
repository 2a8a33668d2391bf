import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ClsService } from 'nestjs-cls';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { constantTimeEquals } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request made with the session cookie must echo the session's CSRF
 * token in X-CSRF-Token; a cross-site form cannot read it. API tokens are not sent by
 * browsers on their own, so they need no CSRF header.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly cls: ClsService<RequestContext>) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    const principal = this.cls.get('principal');
    if (!principal || principal.via !== 'session') return true;
    const header = request.headers['x-csrf-token'];
    if (
      typeof header !== 'string' ||
      !principal.csrfToken ||
      !constantTimeEquals(header, principal.csrfToken)
    )
      throw new AppError(403, 'csrf_invalid');
    return true;
  }
}
