import { createHash } from 'node:crypto';
import pg from 'pg';

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
 */
export class PreparingClient extends pg.Client {
  readonly statements = new StatementNamer();

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = super.query.bind(this) as (...args: unknown[]) => unknown;
    // pg's query() has many overloads; only the (text, values[, callback]) form changes.
    this.query = ((...args: unknown[]) => {
      const [text, values, ...rest] = args;
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
        const name = this.statements.nameFor(text);
        if (name) return query({ name, text, values }, ...rest);
      }
      return query(...args);
    }) as pg.Client['query'];
  }
}
