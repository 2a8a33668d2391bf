import type { Principal } from './request-context.js';

/**
 * The user a background job acts for, known only by id: enough for the audit log and
 * `app.user_id`, and no rights of its own (the job's tenant scope is set separately).
 */
export function actingUser(userId: string): Principal {
  return {
    userId,
    email: '',
    displayName: '',
    isPlatformAdmin: false,
    memberships: [],
    coordinatedRegions: [],
    via: 'session',
  };
}
