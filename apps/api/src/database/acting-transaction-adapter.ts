import type { TransactionalAdapter } from '@nestjs-cls/transactional';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import { actingValues, type ActingAs } from './acting-query.js';
import { PreparingClient } from './prepared-statements.js';

export type { ActingAs } from './acting-query.js';

export interface ActingTransactionOptions {
  isolationLevel?: IsolationLevel;
  /** When given, the transaction declares these as `app.tenant_id`, `app.user_id`, `app.region_code`. */
  actAs?: ActingAs;
  /**
   * A read (GET) without BEGIN and COMMIT: every statement runs in an implicit transaction
   * of its own that declares `actAs` and is read-only (ActingQuery; docs/adr/0009). Needs
   * `actAs`, and the pool's PreparingClient; with another client the read gets an explicit
   * transaction instead.
   */
  implicitRead?: boolean;
}

/**
 * The SQL that opens a transaction and declares, transaction-local, whom it acts for. One
 * simple-protocol query, so PostgreSQL gets BEGIN and the settings in one round trip instead
 * of two (START TRANSACTION, then a parameterised set_config): a round trip costs the API a
 * socket write and a read on every request (docs/benchmarks.md, figures 1 and 2).
 */
export function beginActingAs(actAs: ActingAs): string {
  const [tenantId, userId, regionCode] = actingValues(actAs);
  return (
    `START TRANSACTION; SELECT set_config('app.tenant_id', '${tenantId}', true), ` +
    `set_config('app.user_id', '${userId}', true), ` +
    `set_config('app.region_code', '${regionCode}', true)`
  );
}

/** TypeORM's view of whether its runner is in a transaction (as its startTransaction sets it). */
function setTransactionActive(runner: QueryRunner, active: boolean): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = active;
  state.transactionDepth = active ? 1 : 0;
}

/**
 * @nestjs-cls/transactional adapter for TypeORM, like TransactionalAdapterTypeOrm, plus
 * `actAs`: a transaction that starts by declaring its tenant and user in the same round
 * trip as its BEGIN or, with `implicitRead`, no transaction block at all (every statement
 * declares them for itself). Without `actAs` it behaves exactly as the stock adapter.
 */
export class ActingTransactionAdapter implements TransactionalAdapter<
  DataSource,
  EntityManager,
  ActingTransactionOptions
> {
  readonly connectionToken: unknown;

  constructor(options: { dataSourceToken: unknown }) {
    this.connectionToken = options.dataSourceToken;
  }

  optionsFactory = (dataSource: DataSource) => ({
    wrapWithTransaction: async (
      options: ActingTransactionOptions | undefined,
      fn: () => Promise<unknown>,
      setTx: (tx?: EntityManager) => void,
    ) => {
      if (!options?.actAs)
        return dataSource.transaction(options?.isolationLevel as IsolationLevel, (tx) => {
          setTx(tx);
          return fn();
        });
      const runner = dataSource.createQueryRunner();
      try {
        const client = await runner.connect();
        if (options.implicitRead && client instanceof PreparingClient)
          return await readImplicitly(runner, client, options.actAs, fn, setTx);
        return await inExplicitTransaction(runner, client, options.actAs, fn, setTx);
      } finally {
        // An implicit read has released it already, in the tick it stopped acting; this
        // covers a read that failed before it got there (release() does nothing twice).
        await runner.release();
      }
    },
    // In an implicit read the SAVEPOINT is refused (ActingQuery): such a route needs
    // @WithExplicitTransaction(). (Propagation.Required, the default, nests nothing.)
    wrapWithNestedTransaction: async (
      options: ActingTransactionOptions | undefined,
      fn: () => Promise<unknown>,
      setTx: (tx?: EntityManager) => void,
      tx: EntityManager,
    ) =>
      tx.transaction(options?.isolationLevel as IsolationLevel, (nested) => {
        setTx(nested);
        return fn();
      }),
    getFallbackInstance: () => dataSource.manager,
  });
}

/**
 * One explicit transaction: BEGIN and the declarations in one round trip, then the work,
 * then COMMIT (ROLLBACK on error). Every write, and a read that asked for it.
 */
async function inExplicitTransaction(
  runner: QueryRunner,
  client: { query(sql: string): Promise<unknown> },
  actAs: ActingAs,
  fn: () => Promise<unknown>,
  setTx: (tx?: EntityManager) => void,
): Promise<unknown> {
  const sql = beginActingAs(actAs);
  // Active before the query, as in TypeORM: if the declaration fails, the caller rolls back.
  setTransactionActive(runner, true);
  try {
    await client.query(sql);
    setTx(runner.manager);
    const result = await fn();
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  }
}

/**
 * A read without a transaction block: the client is marked as acting for `actAs`, so each
 * statement declares it in its own implicit, read-only transaction (ActingQuery), and there
 * is no COMMIT to wait for. TypeORM is told its runner is in a transaction, so that it never
 * opens one itself (`save` would): a write then fails as read-only instead.
 */
async function readImplicitly(
  runner: QueryRunner,
  client: PreparingClient,
  actAs: ActingAs,
  fn: () => Promise<unknown>,
  setTx: (tx?: EntityManager) => void,
): Promise<unknown> {
  // Every statement the request started is answered before the client stops acting and the
  // connection serves another request: a handler may fail while a query it started is
  // still on its way through TypeORM to the client (the COMMIT used to queue behind it).
  const started = new Set<Promise<unknown>>();
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((...args: unknown[]) => {
    const answer = query(...args);
    const settled = () => started.delete(answer);
    started.add(answer);
    answer.then(settled, settled);
    return answer;
  }) as QueryRunner['query'];
  let outcome: { result: unknown } | { error: unknown };
  try {
    client.actFor(actAs);
    setTransactionActive(runner, true);
    setTx(runner.manager);
    outcome = { result: await fn() };
  } catch (error) {
    outcome = { error };
  }
  while (started.size > 0) await Promise.allSettled([...started]);
  // An acting client refuses transaction control, so the connection is idle here. Should it
  // not be, it is rolled back before it serves another request, and the read fails.
  if (client.getTransactionStatus() !== 'I') {
    client.stopActing();
    await client.query('ROLLBACK');
    if ('result' in outcome)
      outcome = { error: new Error('An implicit read left a transaction block open') };
  }
  // Unmarked and released in one go: a query started after this finds the runner released,
  // and the connection can be marked again only by whoever checks it out next.
  client.stopActing();
  setTransactionActive(runner, false);
  void runner.release();
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}
