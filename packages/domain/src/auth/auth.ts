import { z } from 'zod';
import { TENANT_ROLES } from '../tenancy/roles.js';
import { freeText } from '../validation/fields.js';

export const loginSchema = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(500),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const membershipSchema = z.object({
  tenantId: z.uuid(),
  tenantCode: z.string(),
  tenantName: z.string(),
  role: z.enum(TENANT_ROLES),
});
export type Membership = z.infer<typeof membershipSchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  isPlatformAdmin: z.boolean(),
  memberships: z.array(membershipSchema),
  /** The län this user coordinates (regional coordinator at a länsstyrelse). */
  coordinatedRegions: z.array(z.object({ code: z.string(), name: z.string() })),
  csrfToken: z.string(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const createApiTokenSchema = z.strictObject({
  // Free text like any other: a label is no place for a personnummer (found by the bad-input test).
  label: freeText(100),
  /** Days until the token stops working; at most a year. */
  expiresInDays: z.int().min(1).max(365).optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** Password rules for accounts Samla creates (CLI, invitations): long beats complex. */
export const newPasswordSchema = z.string().min(10).max(500);
