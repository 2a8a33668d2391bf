import { Body, Controller, Delete, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  apiTokenSchema,
  createApiTokenSchema,
  currentUserSchema,
  loginSchema,
  type CreateApiTokenInput,
  type LoginInput,
} from '@samla/domain';
import type { Request, Response } from 'express';
import { ClsService } from 'nestjs-cls';
import { z } from 'zod';
import { Authenticated, Public } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE } from './tokens.js';

const createdApiTokenSchema = apiTokenSchema.extend({
  /** Shown once; only its hash is kept. */
  token: z.string(),
});

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cls: ClsService<RequestContext>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private principal(): Principal {
    return this.cls.get('principal') as Principal;
  }

  @Post('login')
  @Public()
  @ApiOperationSpec({
    id: 'login',
    summary: 'Log in with e-mail and password; sets the session cookie',
    body: { name: 'LoginInput', schema: loginSchema },
    response: { name: 'CurrentUser', schema: currentUserSchema },
    errors: [400, 401, 429],
  })
  async login(
    @Body(new ZodValidationPipe(loginSchema)) body: LoginInput,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { sessionToken, expiresAt, user } = await this.auth.login(body);
    const secure = this.config.cookieSecure === 'auto' ? request.secure : this.config.cookieSecure;
    response.cookie(SESSION_COOKIE, sessionToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      expires: expiresAt,
    });
    return user;
  }

  @Post('logout')
  @Authenticated()
  @ApiOperationSpec({
    id: 'logout',
    summary: 'End the session',
    response: { status: 204 },
    errors: [401, 403],
  })
  async logout(@Res({ passthrough: true }) response: Response) {
    await this.auth.logout(this.principal());
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Authenticated()
  @ApiOperationSpec({
    id: 'getCurrentUser',
    summary: 'The logged-in user, their kommuner and roles, and the CSRF token',
    response: { name: 'CurrentUser', schema: currentUserSchema },
    errors: [401],
  })
  me() {
    return this.auth.currentUser(this.principal());
  }

  @Get('tokens')
  @Authenticated()
  @ApiOperationSpec({
    id: 'listApiTokens',
    summary: "The user's personal API tokens (never the secrets)",
    response: { name: 'ApiToken', schema: apiTokenSchema, array: true },
    errors: [401],
  })
  listTokens() {
    return this.auth.listApiTokens(this.principal());
  }

  @Post('tokens')
  @Authenticated()
  @ApiOperationSpec({
    id: 'createApiToken',
    summary: 'Create a personal API token for an integration; the secret is shown once',
    body: { name: 'CreateApiTokenInput', schema: createApiTokenSchema },
    response: { status: 201, name: 'CreatedApiToken', schema: createdApiTokenSchema },
    errors: [400, 401, 403],
  })
  createToken(@Body(new ZodValidationPipe(createApiTokenSchema)) body: CreateApiTokenInput) {
    return this.auth.createApiToken(this.principal(), body);
  }

  @Delete('tokens/:id')
  @Authenticated()
  @ApiOperationSpec({
    id: 'revokeApiToken',
    summary: 'Revoke a personal API token',
    response: { status: 204 },
    errors: [401, 403, 404],
  })
  async revokeToken(@Param('id', UuidParamPipe) id: string) {
    await this.auth.revokeApiToken(this.principal(), id);
  }
}
