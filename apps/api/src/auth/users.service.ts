import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from './password-hasher.js';
import { UsersRepository } from './users.repository.js';

/** Accounts: created by the platform-admin CLI, the demo loader and (later) invitations. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  /** Creates the account, or resets its password (and platform-admin flag) when it exists. */
  async upsert(input: {
    email: string;
    displayName: string;
    password: string;
    isPlatformAdmin: boolean;
  }) {
    const passwordHash = await hashPassword(input.password);
    const existing = await this.users.findByEmail(input.email);
    if (existing) {
      await this.users.updatePassword(
        existing.id,
        passwordHash,
        input.isPlatformAdmin || existing.isPlatformAdmin,
      );
      await this.audit.record({
        tenantId: null,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: existing.id,
      });
      return { id: existing.id, created: false };
    }
    const id = randomUUID();
    await this.users.insert({
      id,
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      isPlatformAdmin: input.isPlatformAdmin,
    });
    await this.audit.record({
      tenantId: null,
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      after: {
        email: input.email.toLowerCase(),
        displayName: input.displayName,
        isPlatformAdmin: input.isPlatformAdmin,
      },
    });
    return { id, created: true };
  }
}
