import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ClsService } from 'nestjs-cls';
import { ACCESS_RULE, type AccessRule } from '../common/access.decorators.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';

/**
 * Second wall, in the application: may this principal act here? For tenant routes the
 * kommun comes from the `:code` path parameter and must be one of the caller's
 * memberships; anything else answers 404, as a kommun that does not exist would. The
 * tenant set here is what the transaction gives PostgreSQL (the third wall, RLS).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw AppError.forbidden();
    if (rule.kind === 'public' || rule.kind === 'authenticated') return true;
    const principal = this.cls.get('principal');
    if (!principal) throw new AppError(401, 'unauthenticated');
    if (rule.kind === 'platform_admin') {
      if (!principal.isPlatformAdmin) throw AppError.forbidden();
      return true;
    }
    if (rule.kind === 'region') {
      const lanskod = context.switchToHttp().getRequest<Request>().params.lanskod;
      if (!principal.coordinatedRegions.some((r) => r.code === lanskod)) throw AppError.notFound();
      this.cls.set('region', { code: lanskod as string });
      return true;
    }
    const code = context.switchToHttp().getRequest<Request>().params.code;
    const membership = principal.memberships.find((m) => m.tenantCode === code);
    if (!membership) throw AppError.notFound();
    if (!rule.roles.includes(membership.role)) throw AppError.forbidden();
    this.cls.set('tenant', {
      id: membership.tenantId,
      code: membership.tenantCode,
      role: membership.role,
    });
    return true;
  }
}
