import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PrincipalCache } from './principal-cache.js';
import { EVERY_PRINCIPAL, PrincipalChangesRepository } from './principal-changes.repository.js';

/** This process's PrincipalCache, kept in step with PostgreSQL's change notifications. */
@Injectable()
export class SessionCache extends PrincipalCache implements OnApplicationBootstrap {
  constructor(private readonly changes: PrincipalChangesRepository) {
    super();
  }

  onApplicationBootstrap(): void {
    this.changes.listen({
      changed: (userId) =>
        userId === EVERY_PRINCIPAL ? this.forgetAll() : this.forgetUser(userId),
      listening: (listening) => this.setListening(listening),
    });
  }
}
