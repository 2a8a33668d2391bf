import pg from 'pg';
import pgUtils from 'pg/lib/utils.js';

/** Who a statement or transaction acts for: what row-level security and the audit triggers read. */
export interface ActingAs {
  /** The kommun's tenant id, or '' for none (then RLS lets no tenant-owned row through). */
  tenantId: string;
  /** The calling user's id, or '' for none. */
  userId: string;
  /** The län (two digits) of a regional coordinator's request, or '' (RLS: no region rows). */
  regionCode?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANSKOD = /^\d{2}$/;

function checked(value: string, shape: RegExp, name: string): string {
  if (value !== '' && !shape.test(value)) throw new Error(`${name} has an unexpected form`);
  return value;
}

/**
 * `app.tenant_id`, `app.user_id` and `app.region_code`, each only of the expected shape (a
 * uuid, a länskod) or empty, never anything a caller typed: the explicit opening writes them
 * into its SQL (beginActingAs), and the same check guards the acting statement's parameters.
 */
export function actingValues(actAs: ActingAs): readonly [string, string, string] {
  return [
    checked(actAs.tenantId, UUID, 'app.tenant_id'),
    checked(actAs.userId, UUID, 'app.user_id'),
    checked(actAs.regionCode ?? '', LANSKOD, 'app.region_code'),
  ];
}

/** The named statement that declares, for one implicit transaction, whom it acts for. */
export const ACTING_STATEMENT = 'samla_acting';

/**
 * Transaction-local, like an explicit transaction's declarations, plus read-only: a write
 * in an implicit read fails (SQLSTATE 25006) instead of committing on its own at Sync.
 */
export const ACTING_SQL =
  `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true), ` +
  `set_config('app.region_code', $3, true), set_config('transaction_read_only', 'on', true)`;

/**
 * Statements an implicit read refuses, because each statement there is a transaction of its
 * own: one that changes settings (transaction-local ones would end with the statement,
 * session-level ones outlive the request) or controls transactions (a transaction block
 * opened here would hold the connection past the request's declarations).
 */
const NEEDS_EXPLICIT_TRANSACTION =
  /\bset_config\s*\(|^\s*(?:SET|RESET|BEGIN|START|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE)\b/i;

const { prepareValue } = pgUtils;

/** The parts of pg's Connection (lib/connection.js) a query writes with. */
export interface PgConnection {
  stream: { cork?(): void; uncork?(): void };
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
  parse(message: { name?: string; text: string; types?: unknown }): void;
  bind(message: {
    portal?: string;
    statement?: string;
    values?: ReadonlyArray<string | Buffer | null>;
    binary?: boolean;
  }): void;
  describe(message: { type: 'P' | 'S'; name?: string }): void;
  execute(message: { portal?: string }): void;
  close(message: { type: 'P' | 'S'; name?: string }): void;
  sync(): void;
}

/** pg's Query (lib/query.js) beyond its published types: what ActingQuery uses and overrides. */
interface PgQuery {
  text?: string;
  name?: string;
  values?: unknown;
  types?: unknown;
  portal: string;
  binary?: boolean;
  rows?: number;
  callback?: (error: Error | null, result?: unknown) => void;
  submit(connection: PgConnection): Error | null;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: PgConnection): void;
  handleError(error: Error, connection: PgConnection): void;
}

const PgQueryBase = pg.Query as unknown as new (
  config: unknown,
  values?: unknown,
  callback?: unknown,
) => PgQuery;

function parsed(connection: PgConnection, name: string): boolean {
  return (
    connection.parsedStatements[name] !== undefined ||
    connection.submittedNamedStatements[name] !== undefined
  );
}

/**
 * A text query that runs in an implicit transaction of its own, acting for a tenant and user.
 *
 * PostgreSQL runs every Execute before one Sync in the same implicit transaction and commits
 * it at the Sync. So the query writes, in one corked write: the acting statement (Parse only
 * the first time on the connection, Bind, Execute; no Describe), then its own statement
 * (Parse unless already prepared, Bind, Describe, Execute), then one Sync. The declarations
 * are transaction-local: they hold for exactly this query and are gone when its answer is.
 *
 * The acting statement's answer (its DataRow and CommandComplete; no RowDescription) is
 * skipped; only the query's own rows are delivered. An error in either statement fails the
 * query: PostgreSQL skips to the Sync, and the connection is ready for the next query.
 *
 * pg's client files ParseComplete and errors under the active query's `name` and `text`
 * (client.js, `parsedStatements`, `submittedNamedStatements`), so until the acting
 * statement's answer is complete the query answers to the acting statement's name.
 */
export class ActingQuery extends PgQueryBase {
  /** The query's own statement while the acting statement's answer is awaited. */
  private own: { name: string | undefined; text: string | undefined } | undefined;
  /** Whether this query sent its own named statement's Parse. */
  private parsesOwn = false;

  constructor(
    private readonly declaration: readonly [string, string, string],
    config: unknown,
    values?: unknown,
    callback?: unknown,
  ) {
    super(config, values, callback);
  }

  override submit(connection: PgConnection): Error | null {
    const { name, text } = this;
    if (typeof text !== 'string' && typeof name !== 'string')
      return new Error(
        'A query must have either text or a name. Supplying neither is unsupported.',
      );
    const previous = name
      ? (connection.parsedStatements[name] ?? connection.submittedNamedStatements[name])
      : undefined;
    if (text && previous && text !== previous)
      return new Error(
        `Prepared statements must be unique - '${name}' was used for a different statement`,
      );
    if (this.values !== undefined && this.values !== null && !Array.isArray(this.values))
      return new Error('Query values must be an array');
    if (this.rows)
      return new Error(
        'A query that reads in pages (`rows`) cannot run in an implicit read: its portal would outlive its transaction',
      );
    if (text && NEEDS_EXPLICIT_TRANSACTION.test(text))
      return new Error(
        'A read runs each statement in an implicit transaction of its own, where a statement ' +
          'that changes settings or controls transactions cannot do what it says: the route ' +
          `needs @WithExplicitTransaction() (tenancy/transaction.interceptor.ts). Statement: ${text.slice(0, 80)}`,
      );
    let values: Array<string | Buffer | null>;
    try {
      // Converted before anything is written: should a value fail, nothing is sent.
      values = ((this.values as unknown[] | undefined) ?? []).map((value) => prepareValue(value));
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }

    const stream = connection.stream;
    stream.cork?.();
    // Uncorked once the current run of promise jobs is over: queries issued together
    // (ActionPlansRepository.findWhole) leave in one write, as pg's pipeline mode allows.
    process.nextTick(() => stream.uncork?.());

    if (!parsed(connection, ACTING_STATEMENT)) {
      // Close first: after a failure the statement may or may not exist on the server, and
      // closing one that does not exist is no error.
      connection.close({ type: 'S', name: ACTING_STATEMENT });
      connection.parse({ name: ACTING_STATEMENT, text: ACTING_SQL });
      connection.submittedNamedStatements[ACTING_STATEMENT] = ACTING_SQL;
    }
    connection.bind({ statement: ACTING_STATEMENT, values: this.declaration });
    connection.execute({});

    if (!(name && parsed(connection, name))) {
      connection.parse({ name, text: text as string, types: this.types });
      if (name) {
        connection.submittedNamedStatements[name] = text;
        this.parsesOwn = true;
      }
    }
    connection.bind({ portal: this.portal, statement: name, values, binary: this.binary });
    connection.describe({ type: 'P', name: this.portal });
    connection.execute({ portal: this.portal });
    connection.sync();

    this.own = { name, text };
    this.name = ACTING_STATEMENT;
    this.text = ACTING_SQL;
    return null;
  }

  override handleDataRow(message: unknown): void {
    if (this.own) return;
    super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: PgConnection): void {
    if (this.own) {
      this.resume();
      return;
    }
    super.handleCommandComplete(message, connection);
  }

  override handleError(error: Error, connection: PgConnection): void {
    const own = this.own;
    if (own) {
      // The acting statement failed (or the connection did): PostgreSQL skipped everything
      // up to the Sync, including this query's own Parse. Whether the acting statement
      // exists is unknown, so the next query closes and parses it again.
      delete connection.parsedStatements[ACTING_STATEMENT];
      delete connection.submittedNamedStatements[ACTING_STATEMENT];
      if (this.parsesOwn && own.name) delete connection.submittedNamedStatements[own.name];
      this.resume();
    }
    super.handleError(error, connection);
  }

  /** The acting statement is answered: from here on the query is its own statement. */
  private resume(): void {
    const own = this.own;
    if (!own) return;
    this.own = undefined;
    this.name = own.name;
    this.text = own.text;
  }
}
