import { Inject, Injectable } from '@nestjs/common';
import {
  assessLoginAttempts,
  LOGIN_THROTTLE,
  type CurrentUser,
  type LoginInput,
} from '@samla/domain';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Principal } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { verifyPassword } from './password-hasher.js';
import { PrincipalsRepository } from './principals.repository.js';
import { SessionCache } from './session-cache.js';
import { SessionsRepository } from './sessions.repository.js';
import { API_TOKEN_PREFIX, digest, newSecret } from './tokens.js';
import { UsersRepository } from './users.repository.js';

/** Last-seen is written at most this often, so every request does not cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly apiTokens: ApiTokensRepository,
    private readonly attempts: LoginAttemptsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly cache: SessionCache,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password, slowing down and then refusing repeated failures for the
   * address, and opens a server-side session. Returns the cookie's secret once.
   */
  async login(
    input: LoginInput,
  ): Promise<{ sessionToken: string; expiresAt: Date; user: CurrentUser }> {
    const email = input.email.toLowerCase();
    const now = new Date();
    const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMinutes * 60_000);
    const decision = assessLoginAttempts(await this.attempts.recentFailures(email, since), now);
    if (!decision.allowed) {
      throw new AppError(
        429,
        'too_many_attempts',
        { minutes: Math.ceil(decision.retryAfterSeconds / 60) },
        {},
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }

    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash, input.password);
    await this.attempts.record(email, valid, now);
    if (!user || !valid) {
      if (decision.delayMs) await sleep(decision.delayMs);
      throw new AppError(401, 'invalid_credentials');
    }

    const sessionToken = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxHours * 3_600_000);
    const sessionId = randomUUID();
    await this.sessions.insert({
      id: sessionId,
      tokenHash: digest(sessionToken),
      userId: user.id,
      csrfToken,
      lastSeenAt: now,
      expiresAt,
    });
    const memberships = await this.users.membershipsOf(user.id);
    const coordinatedRegions = await this.users.coordinatedRegionsOf(user.id);
    return {
      sessionToken,
      expiresAt,
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        isPlatformAdmin: user.isPlatformAdmin,
        memberships,
        coordinatedRegions,
        csrfToken,
      },
    };
  }

  async logout(principal: Principal): Promise<void> {
    if (!principal.sessionId) return;
    // This process forgets it at once; the others hear it from PostgreSQL (SessionCache).
    this.cache.forgetUser(principal.userId);
    await this.sessions.revoke(principal.sessionId, new Date());
  }

  /**
   * Resolves a session cookie to its user; null when missing, revoked, expired or idle too
   * long. A read (`cached`) may be answered from this process's SessionCache, which
   * PostgreSQL keeps in step; a write always asks the database.
   */
  async principalFromSession(
    token: string,
    options: { cached?: boolean } = {},
  ): Promise<Principal | null> {
    const now = new Date();
    const hash = digest(token);
    const key = hash.toString('hex');
    const idleLimit = this.config.sessionIdleMinutes * 60_000;
    let found = options.cached ? this.cache.lookup(key, now) : undefined;
    // An idle-looking copy is asked again: another process may have seen the session since.
    if (found && now.getTime() - found.lastSeenAt.getTime() > idleLimit) found = undefined;
    if (!found) {
      const ticket = this.cache.ticket();
      const read = await this.principals.forSession(hash, now);
      if (!read) return null;
      if (now.getTime() - read.lastSeenAt.getTime() > idleLimit) {
        this.cache.forget(key);
        await this.sessions.revoke(read.sessionId, now);
        return null;
      }
      this.cache.store(key, read, ticket, now);
      found = read;
    }
    if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(found.sessionId, now);
      this.cache.touched(key, now);
    }
    return {
      ...found.user,
      via: 'session',
      sessionId: found.sessionId,
      csrfToken: found.csrfToken,
    };
  }

  /** Resolves a personal API token (Authorization: Bearer samla_pat_…). */
  async principalFromApiToken(token: string): Promise<Principal | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const now = new Date();
    const found = await this.apiTokens.findUsable(digest(token), now);
    if (!found) return null;
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > TOUCH_INTERVAL_MS)
      await this.apiTokens.markUsed(found.id, now);
    return this.principalFor(found.userId, { via: 'api_token' });
  }

  /** The user with their current memberships: rights follow the account, not the credential. */
  private async principalFor(
    userId: string,
    credential: Pick<Principal, 'via' | 'sessionId' | 'csrfToken'>,
  ): Promise<Principal | null> {
    const user = await this.principals.forUser(userId);
    return user ? { ...user, ...credential } : null;
  }

  currentUser(principal: Principal): CurrentUser {
    return {
      id: principal.userId,
      email: principal.email,
      displayName: principal.displayName,
      isPlatformAdmin: principal.isPlatformAdmin,
      memberships: principal.memberships,
      coordinatedRegions: principal.coordinatedRegions,
      csrfToken: principal.csrfToken ?? '',
    };
  }

  async createApiToken(principal: Principal, input: { label: string; expiresInDays?: number }) {
    const secret = newSecret(API_TOKEN_PREFIX);
    const expiresAt = input.expiresInDays
      ? new Date(Date.now() + input.expiresInDays * 86_400_000)
      : null;
    const token = await this.apiTokens.insert({
      id: randomUUID(),
      userId: principal.userId,
      label: input.label,
      tokenHash: digest(secret),
      expiresAt,
    });
    await this.audit.record({
      tenantId: null,
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: token.id,
      after: { label: token.label, expiresAt: token.expiresAt },
    });
    return { token: secret, ...this.tokenView(token) };
  }

  async listApiTokens(principal: Principal) {
    return (await this.apiTokens.listActive(principal.userId)).map((t) => this.tokenView(t));
  }

  async revokeApiToken(principal: Principal, id: string): Promise<void> {
    const token = await this.apiTokens.findActive(principal.userId, id);
    if (!token) throw AppError.notFound();
    await this.apiTokens.revoke(id, new Date());
    await this.audit.record({
      tenantId: null,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      before: { label: token.label },
    });
  }

  private tokenView(t: {
    id: string;
    label: string;
    createdAt: Date;
    expiresAt: Date | null;
    lastUsedAt: Date | null;
  }) {
    return {
      id: t.id,
      label: t.label,
      createdAt: t.createdAt.toISOString(),
      expiresAt: t.expiresAt?.toISOString() ?? null,
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    };
  }
}
