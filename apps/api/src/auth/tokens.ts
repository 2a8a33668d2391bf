import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret for a session cookie or an API token: 256 random bits. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Only this digest is stored; the secret itself exists only in the client's hands. */
export function digest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const API_TOKEN_PREFIX = 'samla_pat_';
export const SESSION_COOKIE = 'samla_session';
