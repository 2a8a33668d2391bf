import { createHash } from 'node:crypto';
import pg from 'pg';
import { ActingQuery, actingValues, type ActingAs } from './acting-query.js';

/**
 * Named prepared statements for the runtime pool, chosen automatically.
 *
 * Every tenant-owned table carries three row-level-security policies (the kommun's own, the
 * region's shared reads, the public page's), and PostgreSQL expands all of them, with their
 * subqueries, into every query it plans. Measured on the national bench data as `samla_app`:
 * planning the activity page took 0.8–0.9 ms against 0.25 ms to execute it, on every request
 * (docs/benchmarks.md, figures 1 and 2). A named statement is parsed and planned once per
 * connection; after a few executions PostgreSQL keeps a generic plan, so later executions
 * skip planning. The policies stay in that plan and are evaluated at execution time (they read
 * `app.tenant_id` with current_setting), so tenancy is unchanged.
 *
 * What gets a name: a parameterised statement (text plus values) seen for the second time on
 * a connection, as JDBC's prepareThreshold does, so one-off statements do not take a slot.
 * The number of statements per connection is capped: each holds a plan in the backend's
 * memory, and generated SQL (an `IN` list per length) must not grow that without bound.
 * Beyond the cap, statements run unnamed, as before. Statements are never deallocated: a
 * DEALLOCATE in an aborted transaction would fail and leave client and server disagreeing
 * about which names exist.
 */
export const STATEMENTS_PER_CONNECTION = 200;
/** How many distinct statement texts a connection counts before it forgets the counts. */
const COUNTED_TEXTS = 2_000;

/** Decides, per connection, which statement texts run as named prepared statements. */
export class StatementNamer {
  private readonly named = new Map<string, string>();
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = STATEMENTS_PER_CONNECTION) {}

  /** The statement's name, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const known = this.named.get(text);
    if (known) return known;
    if (this.named.size >= this.capacity) return undefined;
    if (!this.seen.has(text)) {
      if (this.seen.size >= COUNTED_TEXTS) this.seen.clear();
      this.seen.add(text);
      return undefined;
    }
    this.seen.delete(text);
    const name = `samla_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    this.named.set(text, name);
    return name;
  }

  get size(): number {
    return this.named.size;
  }
}

/**
 * pg's Client, with repeated parameterised statements sent as named ones. Given to the pool
 * as its `Client` (pg.Pool's option), so TypeORM and every repository use it unchanged.
 *
 * While it acts for someone (`actFor`, an implicit read: ActingTransactionAdapter), every
 * text query it is given runs as an ActingQuery: in an implicit transaction of its own that
 * first declares the tenant, user and län, read-only. Anything else (a cursor, a stream) is
 * refused then, since it would run without the declarations.
 */
export class PreparingClient extends pg.Client {
  readonly statements = new StatementNamer();
  /** The acting statement's parameters while the client acts for someone. */
  private declaration: readonly [string, string, string] | undefined;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = super.query.bind(this) as (...args: unknown[]) => unknown;
    // pg's query() has many overloads; only the (text, values[, callback]) form changes.
    this.query = ((...args: unknown[]) => {
      if (this.declaration) return this.queryActing(this.declaration, query, args);
      const [text, values, ...rest] = args;
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
        const name = this.statements.nameFor(text);
        if (name) return query({ name, text, values }, ...rest);
      }
      return query(...args);
    }) as pg.Client['query'];
  }

  /**
   * From now until `stopActing`, every query declares `actAs` (checked to be ids or empty)
   * for its own implicit, read-only transaction. For one request at a time: the adapter
   * marks the client when it checks it out of the pool and unmarks it, once every query of
   * the request is answered, before it returns it. A query takes the declaration it was
   * issued under, whenever it is sent.
   */
  actFor(actAs: ActingAs): void {
    this.declaration = actingValues(actAs);
  }

  stopActing(): void {
    this.declaration = undefined;
  }

  /** Whether the client acts for someone. */
  get acting(): boolean {
    return this.declaration !== undefined;
  }

  private queryActing(
    declaration: readonly [string, string, string],
    query: (...args: unknown[]) => unknown,
    [config, values, callback]: unknown[],
  ): unknown {
    // A query object (pg-cursor, pg-query-stream, a Query) brings its own protocol.
    if (typeof (config as { submit?: unknown } | null)?.submit === 'function') {
      const submittable = config as { handleError(error: Error, connection: unknown): void };
      process.nextTick(() =>
        submittable.handleError(
          new Error(
            'A read runs each statement in an implicit transaction that declares the tenant; a ' +
              'cursor or stream cannot, so the route needs @WithExplicitTransaction() ' +
              '(tenancy/transaction.interceptor.ts).',
          ),
          this.connection,
        ),
      );
      return config;
    }
    const acting = new ActingQuery(declaration, config, values, callback);
    // Named as outside a read: the (text, values) form, from its second use on.
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0)
      acting.name = this.statements.nameFor(config);
    // pg returns no promise for a query object: make one, as it does for text.
    let result: Promise<unknown> | undefined;
    if (!acting.callback)
      result = new Promise((resolve, reject) => {
        acting.callback = (error, rows) => (error ? reject(error) : resolve(rows));
      }).catch((error: unknown) => {
        // As pg does: a stack that leads back to the caller, not to the socket's data event.
        if (error instanceof Error) Error.captureStackTrace(error);
        throw error;
      });
    query(acting);
    return result;
  }
}
