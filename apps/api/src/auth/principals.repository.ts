import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/request-context.js';

/** What a live session resolves to: the session, its user and the user's memberships. */
export interface SessionPrincipal {
  sessionId: string;
  csrfToken: string;
  lastSeenAt: Date;
  user: Omit<Principal, 'via' | 'sessionId' | 'csrfToken'>;
}

interface PrincipalRow {
  session_id: string | null;
  csrf_token: string | null;
  last_seen_at: Date | null;
  expires_at: Date | null;
  user_id: string;
  email: string;
  display_name: string;
  is_platform_admin: boolean;
  memberships: Principal['memberships'];
  coordinated_regions: Principal['coordinatedRegions'];
}

/** The user and their memberships with their kommun's name, as one row. */
const PRINCIPAL_COLUMNS = `
  u.id AS user_id, u.email, u.display_name, u.is_platform_admin,
  COALESCE((SELECT json_agg(json_build_object('tenantId', m.tenant_id, 'tenantCode', t.code,
                     'tenantName', t.name, 'role', m.role) ORDER BY t.name)
              FROM memberships m JOIN tenants t ON t.id = m.tenant_id
             WHERE m.user_id = u.id), '[]') AS memberships,
  COALESCE((SELECT json_agg(json_build_object('code', r.code, 'name', r.name) ORDER BY r.code)
              FROM region_coordinators c JOIN regions r ON r.code = c.lanskod
             WHERE c.user_id = u.id), '[]') AS coordinated_regions`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves who is calling, on every authenticated request, in one round trip to
 * PostgreSQL. Memberships are tenant-owned and readable only by their own user, so the
 * lookup first declares that user (`app.user_id`, transaction-local) and then reads
 * session, user and memberships. Both statements travel as one simple-protocol query,
 * which PostgreSQL runs as one implicit transaction: the declaration holds for the read
 * and ends with it, as in a BEGIN … COMMIT, without their two extra round trips. The
 * simple protocol takes no parameters, so the only values written into the SQL are ones
 * this code made and checked: a SHA-256 digest as hex, an ISO timestamp, a uuid.
 * (Was: session, user, then BEGIN / declare / memberships / COMMIT: six round trips;
 * docs/benchmarks.md, figures 1 and 2.)
 */
@Injectable()
export class PrincipalsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** A live session (not revoked, not past its absolute end) with its user; null otherwise. */
  async forSession(
    tokenHash: Buffer,
    now: Date,
  ): Promise<(SessionPrincipal & { expiresAt: Date }) | null> {
    const live = `s.token_hash = '\\x${tokenHash.toString('hex')}'::bytea AND s.revoked_at IS NULL
      AND s.expires_at > '${now.toISOString()}'::timestamptz`;
    const row = await this.declareUserAndRead(
      `COALESCE((SELECT s.user_id::text FROM sessions s WHERE ${live}), '')`,
      `SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, s.expires_at, ${PRINCIPAL_COLUMNS}
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE ${live}`,
    );
    if (!row?.session_id || !row.csrf_token || !row.last_seen_at || !row.expires_at) return null;
    return {
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      user: toUser(row),
    };
  }

  /** The user with their memberships (for API tokens); null when the user is gone. */
  async forUser(userId: string): Promise<SessionPrincipal['user'] | null> {
    if (!UUID.test(userId)) return null;
    const row = await this.declareUserAndRead(
      `'${userId}'`,
      `SELECT ${PRINCIPAL_COLUMNS} FROM users u WHERE u.id = '${userId}'::uuid`,
    );
    return row ? toUser(row) : null;
  }

  /** `SELECT set_config('app.user_id', <user>, true); <read>` as one query; the read's first row. */
  private async declareUserAndRead(
    userExpression: string,
    read: string,
  ): Promise<PrincipalRow | undefined> {
    // TypeORM's query() keeps only a single statement's rows: use the pooled pg client.
    const runner = this.txHost.tx.connection.createQueryRunner();
    try {
      const client = (await runner.connect()) as {
        query(sql: string): Promise<Array<{ rows: PrincipalRow[] }>>;
      };
      const results = await client.query(
        `SELECT set_config('app.user_id', ${userExpression}, true); ${read}`,
      );
      return results[1]?.rows[0];
    } finally {
      await runner.release();
    }
  }
}

function toUser(row: PrincipalRow): SessionPrincipal['user'] {
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    isPlatformAdmin: row.is_platform_admin,
    memberships: row.memberships,
    coordinatedRegions: row.coordinated_regions,
  };
}
