import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { PlatformAuditEventEntity } from '../audit/platform-audit-event.entity.js';
import { ApiTokenEntity } from '../auth/api-token.entity.js';
import { LoginAttemptEntity } from '../auth/login-attempt.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { OrgUnitEntity } from '../organisation/org-unit.entity.js';
import { MembershipEntity } from '../tenancy/membership.entity.js';
import { TenantEntity } from '../tenancy/tenant.entity.js';

/** Every entity, listed explicitly: globs do not work with ES modules. */
export const ENTITIES = [
  TenantEntity,
  MembershipEntity,
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  LoginAttemptEntity,
  OrgUnitEntity,
  AuditEventEntity,
  PlatformAuditEventEntity,
];
