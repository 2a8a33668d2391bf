import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ClsService } from 'nestjs-cls';
import { ACCESS_RULE, type AccessRule } from '../common/access.decorators.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE } from './tokens.js';

/**
 * First wall: who is calling. A bearer API token or the session cookie becomes the
 * request's principal in async-local storage. Routes that declare no access rule are
 * refused: access must be a decision, never a default.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw AppError.forbidden();
    const request = context.switchToHttp().getRequest<Request>();

    const authorization = request.headers.authorization;
    let principal = null;
    if (authorization?.startsWith('Bearer ')) {
      principal = await this.auth.principalFromApiToken(authorization.slice(7).trim());
      if (!principal && rule.kind !== 'public') throw new AppError(401, 'unauthenticated');
    } else {
      const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
      // Reads may use the session cache; a write always checks the session in the database.
      const cached = request.method === 'GET' || request.method === 'HEAD';
      if (cookie) principal = await this.auth.principalFromSession(cookie, { cached });
    }
    if (principal) this.cls.set('principal', principal);
    if (rule.kind === 'public') return true;
    if (!principal) throw new AppError(401, 'unauthenticated');
    return true;
  }
}
