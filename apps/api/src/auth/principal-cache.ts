import type { SessionPrincipal } from './principals.repository.js';

/** How long a cached session may be served without a notification having confirmed it. */
export const PRINCIPAL_CACHE_TTL_MS = 30_000;
/** Sessions kept at most (about 2 kB each); beyond it the oldest entry goes. */
export const PRINCIPAL_CACHE_ENTRIES = 10_000;

/** A live session as read from the database, with its absolute end. */
export interface CachedSession extends SessionPrincipal {
  expiresAt: Date;
}

interface Entry {
  session: CachedSession;
  cachedAt: number;
}

/**
 * The sessions this API process resolved lately, so that a read does not cost a round trip
 * to PostgreSQL for who is calling (docs/adr/0008-session-cache.md).
 *
 * It is only a copy: PostgreSQL notifies every API process when a session is revoked or a
 * user's memberships, coordinator assignments or account change (triggers on those tables),
 * and the entry is dropped. While that notification channel is not listening, nothing is
 * served from here. A `ticket` taken before reading the database guards against the race in
 * which a change is notified while the read is under way: the older answer is then not kept.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private listening = false;

  constructor(
    private readonly ttlMs = PRINCIPAL_CACHE_TTL_MS,
    private readonly capacity = PRINCIPAL_CACHE_ENTRIES,
  ) {}

  /** Whether entries may be served: only while changes are being heard. */
  get enabled(): boolean {
    return this.listening;
  }

  setListening(listening: boolean): void {
    this.listening = listening;
    if (!listening) this.forgetAll();
  }

  /** The cached session for this token digest, if still within its TTL and its absolute end. */
  lookup(key: string, now: Date): CachedSession | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now.getTime() - entry.cachedAt > this.ttlMs || entry.session.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.session;
  }

  /** Taken before reading the database; `store` keeps the answer only if nothing changed since. */
  ticket(): number {
    return this.generation;
  }

  store(key: string, session: CachedSession, ticket: number, now: Date): void {
    if (!this.listening || ticket !== this.generation) return;
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { session, cachedAt: now.getTime() });
  }

  /** The session's last-seen time was written: keep the copy in step. */
  touched(key: string, at: Date): void {
    const entry = this.entries.get(key);
    if (entry) entry.session = { ...entry.session, lastSeenAt: at };
  }

  forget(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  /** Every session of this user (a revocation, a membership or account change). */
  forgetUser(userId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries)
      if (entry.session.user.userId === userId) this.entries.delete(key);
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
