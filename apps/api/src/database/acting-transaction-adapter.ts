import type { TransactionalAdapter } from '@nestjs-cls/transactional';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';

/** Who a transaction acts for: what row-level security and the audit triggers read. */
export interface ActingAs {
  /** The kommun's tenant id, or '' for none (then RLS lets no tenant-owned row through). */
  tenantId: string;
  /** The calling user's id, or '' for none. */
  userId: string;
  /** The län (two digits) of a regional coordinator's request, or '' (RLS: no region rows). */
  regionCode?: string;
}

export interface ActingTransactionOptions {
  isolationLevel?: IsolationLevel;
  /** When given, the transaction declares these as `app.tenant_id`, `app.user_id`, `app.region_code`. */
  actAs?: ActingAs;
  /**
   * Send the BEGIN and the declarations together with the transaction's first query, in
   * one write, instead of waiting for their answer first. For reads (GET) only: should the
   * opening fail, a read after it finds no tenant, so row-level security shows it nothing,
   * and the transaction then fails as a whole; a write must not run before its BEGIN is
   * confirmed.
   */
  pipelined?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LANSKOD = /^\d{2}$/;

/**
 * A value we write into SQL ourselves: only one of the expected shape (a uuid, a länskod) or
 * nothing, never anything a caller typed.
 */
function literal(value: string, shape: RegExp, name: string): string {
  if (value !== '' && !shape.test(value)) throw new Error(`${name} has an unexpected form`);
  return `'${value}'`;
}

/**
 * The SQL that opens a transaction and declares, transaction-local, whom it acts for. One
 * simple-protocol query, so PostgreSQL gets BEGIN and both settings in one round trip
 * instead of two (START TRANSACTION, then a parameterised set_config): a round trip costs
 * the API a socket write and a read on every request (docs/benchmarks.md, figures 1 and 2).
 */
export function beginActingAs(actAs: ActingAs): string {
  return (
    `START TRANSACTION; SELECT set_config('app.tenant_id', ${literal(actAs.tenantId, UUID, 'app.tenant_id')}, true), ` +
    `set_config('app.user_id', ${literal(actAs.userId, UUID, 'app.user_id')}, true), ` +
    `set_config('app.region_code', ${literal(actAs.regionCode ?? '', LANSKOD, 'app.region_code')}, true)`
  );
}

/**
 * @nestjs-cls/transactional adapter for TypeORM, like TransactionalAdapterTypeOrm, plus
 * `actAs`: a transaction that starts by declaring its tenant and user in the same round
 * trip as its BEGIN. Without `actAs` it behaves exactly as the stock adapter.
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
        const { opened } = await startActingAs(runner, options.actAs, options.pipelined === true);
        setTx(runner.manager);
        const result = await fn();
        const failed = await opened;
        if (failed) throw failed;
        await runner.commitTransaction();
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      } finally {
        await runner.release();
      }
    },
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

interface PgClient {
  query(sql: string): Promise<unknown>;
  pipeline?: boolean;
  connection?: { stream?: { cork?(): void; uncork?(): void } };
}

/**
 * Opens the runner's transaction with the acting declaration, then tells TypeORM it is in
 * one (as its own startTransaction would), so commit, rollback and savepoints work as usual.
 * Pipelined (on a client in pg's pipeline mode), the opening is only written: the socket
 * stays corked until the event loop's next turn, so the request's first query, issued in
 * the meantime, leaves in the same write and PostgreSQL answers both in one round trip.
 * `opened` resolves to the opening's error, if any, once its answer came (wrapped, so that
 * this function does not wait for it).
 */
async function startActingAs(
  runner: QueryRunner,
  actAs: ActingAs,
  pipelined: boolean,
): Promise<{ opened: Promise<Error | undefined> }> {
  const sql = beginActingAs(actAs);
  const client = (await runner.connect()) as PgClient;
  // Active before the query, as in TypeORM: if the declaration fails, the caller rolls back.
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
  if (!pipelined || !client.pipeline) {
    await client.query(sql);
    return { opened: Promise.resolve(undefined) };
  }
  const stream = client.connection?.stream;
  stream?.cork?.();
  const opened = client.query(sql).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  setImmediate(() => stream?.uncork?.());
  return { opened };
}
