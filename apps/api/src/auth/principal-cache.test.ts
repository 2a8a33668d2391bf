import { describe, expect, it } from '@jest/globals';
import { type CachedSession, PrincipalCache } from './principal-cache.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

function session(userId: string, overrides: Partial<CachedSession> = {}): CachedSession {
  return {
    sessionId: `s-${userId}`,
    csrfToken: 'csrf',
    lastSeenAt: NOW,
    expiresAt: later(12 * 3_600_000),
    user: {
      userId,
      email: `${userId}@example.test`,
      displayName: userId,
      isPlatformAdmin: false,
      memberships: [],
      coordinatedRegions: [],
    },
    ...overrides,
  };
}

function listeningCache(ttlMs = 30_000, capacity = 100): PrincipalCache {
  const cache = new PrincipalCache(ttlMs, capacity);
  cache.setListening(true);
  return cache;
}

describe('PrincipalCache', () => {
  it('serves a stored session until its TTL, then asks again', () => {
    const cache = listeningCache(30_000);
    cache.store('k', session('u1'), cache.ticket(), NOW);
    expect(cache.lookup('k', later(29_000))?.user.userId).toBe('u1');
    expect(cache.lookup('k', later(31_000))).toBeUndefined();
  });

  it('never serves a session past its absolute end', () => {
    const cache = listeningCache();
    cache.store('k', session('u1', { expiresAt: later(1_000) }), cache.ticket(), NOW);
    expect(cache.lookup('k', later(999))).toBeDefined();
    expect(cache.lookup('k', later(1_000))).toBeUndefined();
  });

  it('keeps and serves nothing while changes are not heard, and forgets all when they stop', () => {
    const cache = new PrincipalCache();
    cache.store('k', session('u1'), cache.ticket(), NOW);
    expect(cache.size).toBe(0);
    cache.setListening(true);
    cache.store('k', session('u1'), cache.ticket(), NOW);
    expect(cache.lookup('k', NOW)).toBeDefined();
    cache.setListening(false);
    expect(cache.lookup('k', NOW)).toBeUndefined();
    cache.setListening(true);
    expect(cache.lookup('k', NOW)).toBeUndefined();
  });

  it('forgets every session of a user whose rights changed, and only theirs', () => {
    const cache = listeningCache();
    cache.store('a', session('u1'), cache.ticket(), NOW);
    cache.store('b', session('u1'), cache.ticket(), NOW);
    cache.store('c', session('u2'), cache.ticket(), NOW);
    cache.forgetUser('u1');
    expect(cache.lookup('a', NOW)).toBeUndefined();
    expect(cache.lookup('b', NOW)).toBeUndefined();
    expect(cache.lookup('c', NOW)?.user.userId).toBe('u2');
    cache.forgetAll();
    expect(cache.size).toBe(0);
  });

  it('does not keep an answer read while a change was announced (the ticket is stale)', () => {
    const cache = listeningCache();
    const ticket = cache.ticket();
    cache.forgetUser('u1'); // a notification arrives while the database is being read
    cache.store('k', session('u1'), ticket, NOW);
    expect(cache.lookup('k', NOW)).toBeUndefined();
    cache.store('k', session('u1'), cache.ticket(), NOW);
    expect(cache.lookup('k', NOW)).toBeDefined();
  });

  it('keeps at most its capacity, dropping the oldest entry first', () => {
    const cache = listeningCache(30_000, 2);
    for (const key of ['a', 'b', 'c']) cache.store(key, session(key), cache.ticket(), NOW);
    expect(cache.size).toBe(2);
    expect(cache.lookup('a', NOW)).toBeUndefined();
    expect(cache.lookup('c', NOW)).toBeDefined();
  });

  it('follows the last-seen time the API wrote', () => {
    const cache = listeningCache();
    cache.store('k', session('u1'), cache.ticket(), NOW);
    cache.touched('k', later(5_000));
    expect(cache.lookup('k', later(6_000))?.lastSeenAt).toEqual(later(5_000));
  });
});
