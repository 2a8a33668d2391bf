import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Column, DataSource, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { deriveAppUrl, DEV_APP_DB_PASSWORD } from '../src/config/app-config.js';
import { ACTING_STATEMENT } from '../src/database/acting-query.js';
import {
  ActingTransactionAdapter,
  type ActingTransactionOptions,
} from '../src/database/acting-transaction-adapter.js';
import { PreparingClient } from '../src/database/prepared-statements.js';
import {
  SERVER_ENV,
  TEMPLATE_ENV,
  databaseUrl,
  uniqueName,
  withClient,
} from './support/test-database.js';

/** Enough of an org unit for TypeORM to save one (its `save` opens a transaction by itself). */
@Entity('org_units')
class OrgUnitRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: string;
}

/**
 * Reads without BEGIN and COMMIT (docs/adr/0009): while a PreparingClient acts for someone,
 * each query runs in an implicit transaction of its own that first declares tenant, user and
 * län, read-only. Proven here against PostgreSQL, as the runtime role under row-level
 * security, on a fresh copy of the migrated template.
 */
describe('implicit reads against PostgreSQL', () => {
  const serverUrl = process.env[SERVER_ENV] as string;
  const database = uniqueName('samla_reads');
  const ownerUrl = databaseUrl(serverUrl, database);
  const appUrl = deriveAppUrl(ownerUrl, DEV_APP_DB_PASSWORD);
  const mine = { id: randomUUID(), code: '1287', region: '12' };
  const theirs = { id: randomUUID(), code: '2023', region: '20' };
  const user = randomUUID();
  let owner: pg.Client;

  const orgUnitsOf = async (tenantId: string) =>
    (
      await owner.query<{ id: string; name: string }>(
        `SELECT id::text, name FROM org_units WHERE tenant_id = $1 ORDER BY id`,
        [tenantId],
      )
    ).rows;

  beforeAll(async () => {
    await withClient(serverUrl, (c) =>
      c.query(`CREATE DATABASE ${database} TEMPLATE ${process.env[TEMPLATE_ENV]}`),
    );
    owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    for (const t of [mine, theirs]) {
      await owner.query(
        `INSERT INTO tenants (id, code, name, region_code) VALUES ($1, $2, $3, $4)`,
        [t.id, t.code, `Kommun ${t.code}`, t.region],
      );
      for (const name of ['Socialnämnden', 'Kommunstyrelsen'])
        await owner.query(
          `INSERT INTO org_units (tenant_id, id, name, kind) VALUES ($1, gen_random_uuid(), $2, 'committee')`,
          [t.id, name],
        );
    }
  });

  afterAll(async () => {
    await owner.end();
    await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  });

  describe('a PreparingClient acting for a tenant', () => {
    let client: PreparingClient;
    /** The Parse messages the client writes, by statement name ('' for unnamed). */
    const parses: string[] = [];
    const allParses: string[] = [];

    beforeAll(async () => {
      client = new PreparingClient({ connectionString: appUrl, pipeline: true });
      await client.connect();
      const connection = client.connection as unknown as {
        parse(message: { name?: string }): void;
      };
      const parse = connection.parse.bind(connection);
      connection.parse = (message) => {
        parses.push(message.name ?? '');
        allParses.push(message.name ?? '');
        parse(message);
      };
    });
    afterAll(() => client.end());

    const acting = async <T>(work: () => Promise<T>): Promise<T> => {
      client.actFor({ tenantId: mine.id, userId: user });
      try {
        return await work();
      } finally {
        client.stopActing();
      }
    };

    it("reads only the tenant's rows, with the declarations and read-only, with or without parameters", async () => {
      const { rows } = await acting(() =>
        client.query<{ tenant_id: string }>(`SELECT tenant_id::text FROM org_units`),
      );
      expect(rows.map((r) => r.tenant_id)).toEqual([mine.id, mine.id]);
      const [settings] = (
        await acting(() =>
          client.query(
            `SELECT current_setting('app.tenant_id') AS tenant, current_setting('app.user_id') AS "user",
                    current_setting('app.region_code') AS region, current_setting('transaction_read_only') AS ro,
                    $1::text AS echoed`,
            ['x'],
          ),
        )
      ).rows;
      expect(settings).toEqual({ tenant: mine.id, user, region: '', ro: 'on', echoed: 'x' });
      // Without the declaration the runtime role sees no tenant-owned row at all.
      expect((await client.query(`SELECT count(*)::int AS n FROM org_units`)).rows[0]).toEqual({
        n: 0,
      });
    });

    it('leaves nothing behind on the connection once it stops acting', async () => {
      await acting(() => client.query(`SELECT 1`));
      const { rows } = await client.query(
        `SELECT current_setting('app.tenant_id', true) AS tenant,
                current_setting('transaction_read_only') AS ro`,
      );
      expect(['', null]).toContain(rows[0].tenant);
      expect(rows[0].ro).toBe('off');
      expect(client.getTransactionStatus()).toBe('I');
    });

    it('refuses a write as read-only (25006) and changes nothing', async () => {
      const before = await orgUnitsOf(mine.id);
      await expect(
        acting(() =>
          client.query(`UPDATE org_units SET name = 'Ändrad' WHERE tenant_id = $1`, [mine.id]),
        ),
      ).rejects.toMatchObject({ code: '25006' });
      await expect(
        acting(() =>
          client.query(
            `INSERT INTO org_units (tenant_id, id, name, kind) VALUES ($1, gen_random_uuid(), 'Ny', 'unit')`,
            [mine.id],
          ),
        ),
      ).rejects.toMatchObject({ code: '25006' });
      expect(await orgUnitsOf(mine.id)).toEqual(before);
    });

    it('sends pipelined queries each with the declaration, issued together in one write', async () => {
      const stream = client.connection.stream as unknown as Record<
        '_write' | '_writev',
        (...args: unknown[]) => void
      >;
      let writes = 0;
      const counted = (method: '_write' | '_writev') => {
        const original = stream[method];
        stream[method] = (...args: unknown[]) => {
          writes += 1;
          original.apply(stream, args);
        };
        return () => (stream[method] = original);
      };
      const restore = [counted('_write'), counted('_writev')];
      const text = `SELECT current_setting('app.tenant_id') AS tenant, count(*)::int AS n FROM org_units WHERE name = $1`;
      // As through TypeORM: each query reaches the client a few promise jobs later.
      const later = async (name: string) => {
        await Promise.resolve();
        return client.query(text, [name]);
      };
      const answers = await acting(() =>
        Promise.all([
          later('Socialnämnden'),
          later('Kommunstyrelsen'),
          client.query(`SELECT current_setting('app.user_id') AS "user"`),
        ]),
      );
      for (const undo of restore) undo();
      expect(answers.map((a) => a.rows[0])).toEqual([
        { tenant: mine.id, n: 1 },
        { tenant: mine.id, n: 1 },
        { user },
      ]);
      expect(writes).toBe(1);
    });

    it('parses the acting statement once per connection and keeps reusing named statements', async () => {
      const text = `SELECT count(*)::int AS n FROM org_units WHERE kind = $1`;
      parses.length = 0;
      for (let i = 0; i < 4; i += 1)
        expect(
          (await acting(() => client.query<{ n: number }>(text, ['committee']))).rows[0]?.n,
        ).toBe(2);
      const named = (
        await client.query<{ name: string; statement: string }>(
          `SELECT name, statement FROM pg_prepared_statements`,
        )
      ).rows;
      const name = named.find((s) => s.statement === text)?.name as string;
      expect(name).toMatch(/^samla_[0-9a-f]{20}$/);
      expect(named.map((s) => s.name)).toContain(ACTING_STATEMENT);
      // First use unnamed, second named (one Parse), then none; the acting statement was
      // parsed once, by the connection's first acting query (an earlier test).
      expect(parses).toEqual(['', name]);
      expect(allParses.filter((n) => n === ACTING_STATEMENT)).toHaveLength(1);
    });

    it('fails the query when the acting statement fails, and the connection recovers', async () => {
      const text = `SELECT $1::int * 2 AS n`;
      expect((await acting(() => client.query<{ n: number }>(text, [1]))).rows[0]?.n).toBe(2);
      // The acting statement disappears behind the client's back: the next query's Bind fails.
      await client.query(`DEALLOCATE ${ACTING_STATEMENT}`);
      await expect(acting(() => client.query(text, [2]))).rejects.toMatchObject({
        code: '26000',
      });
      // That query also carried this text's first named Parse, which PostgreSQL skipped.
      expect((await acting(() => client.query<{ n: number }>(text, [3]))).rows[0]?.n).toBe(6);
      expect((await acting(() => client.query<{ n: number }>(text, [4]))).rows[0]?.n).toBe(8);
      expect(client.getTransactionStatus()).toBe('I');
    });

    it('fails the query when the acting statement fails inside a failed transaction block', async () => {
      await client.query('BEGIN');
      await expect(client.query('SELECT 1 / 0')).rejects.toThrow(/division by zero/);
      await expect(acting(() => client.query(`SELECT 1`))).rejects.toMatchObject({
        code: '25P02',
      });
      await client.query('ROLLBACK');
      expect(
        (await acting(() => client.query(`SELECT current_setting('app.tenant_id') AS t`))).rows[0],
      ).toEqual({ t: mine.id });
    });

    it("fails on the query's own error and keeps declaring afterwards", async () => {
      await expect(acting(() => client.query(`SELECT 1 / $1::int`, [0]))).rejects.toThrow(
        /division by zero/,
      );
      expect(
        (await acting(() => client.query(`SELECT current_setting('app.tenant_id') AS t`))).rows[0],
      ).toEqual({ t: mine.id });
    });

    it('refuses statements that change settings or control transactions, before sending them', async () => {
      for (const sql of [
        `SELECT set_config('app.tenant_id', '${theirs.id}', true)`,
        `SET app.tenant_id = '${theirs.id}'`,
        'BEGIN',
        'START TRANSACTION',
        'COMMIT',
        'ROLLBACK',
        'SAVEPOINT s',
      ])
        await expect(acting(() => client.query(sql))).rejects.toThrow(/@WithExplicitTransaction/);
      expect(client.getTransactionStatus()).toBe('I');
    });

    it('refuses a submittable (a cursor, a stream) instead of running it without the tenant', async () => {
      let submitted = false;
      const failure = await acting(
        () =>
          new Promise<Error>((resolve) => {
            const submittable = {
              submit: () => {
                submitted = true;
              },
              handleError: (error: Error) => resolve(error),
            };
            void client.query(submittable as unknown as pg.QueryConfig);
          }),
      );
      expect(failure.message).toMatch(/cursor or stream .* @WithExplicitTransaction/);
      expect(submitted).toBe(false);
      expect((await client.query(`SELECT 1 AS one`)).rows[0]).toEqual({ one: 1 });
    });

    it('refuses ids that are not ids before anything is sent', () => {
      expect(() => client.actFor({ tenantId: "x', true); --", userId: user })).toThrow(
        /app.tenant_id/,
      );
      expect(client.acting).toBe(false);
    });
  });

  describe('ActingTransactionAdapter', () => {
    let dataSource: DataSource;
    let transaction: ReturnType<ActingTransactionAdapter['optionsFactory']>;
    const read = { actAs: { tenantId: mine.id, userId: user }, implicitRead: true };

    /** Runs `work` in a transaction of the adapter, with the manager it provides. */
    const run = <T>(
      options: ActingTransactionOptions,
      work: (tx: EntityManager) => Promise<T>,
    ): Promise<T> => {
      let tx: EntityManager | undefined;
      return transaction.wrapWithTransaction(
        options,
        () => work(tx as EntityManager),
        (given) => (tx = given),
      ) as Promise<T>;
    };
    const backendOf = async (tx: EntityManager) =>
      ((await tx.query(`SELECT pg_backend_pid() AS pid`)) as Array<{ pid: number }>)[0]?.pid;

    beforeAll(async () => {
      // One connection: every transaction below uses the same one, one after another.
      dataSource = new DataSource({
        type: 'postgres',
        url: appUrl,
        entities: [OrgUnitRow],
        extra: { max: 1, pipeline: true, Client: PreparingClient },
      });
      await dataSource.initialize();
      transaction = new ActingTransactionAdapter({ dataSourceToken: null }).optionsFactory(
        dataSource,
      );
    });
    afterAll(() => dataSource.destroy());

    it('reads as the tenant without a transaction block, and the pooled connection keeps nothing', async () => {
      const first = await run(read, async (tx) => ({
        pid: await backendOf(tx),
        rows: (await tx.query(`SELECT tenant_id::text AS t FROM org_units`)) as unknown[],
        // Each statement is a transaction of its own, so each has its own now().
        started: [
          await tx.query(`SELECT now()::text AS t`),
          await tx.query(`SELECT now()::text AS t`),
        ],
      }));
      expect(first.rows).toEqual([{ t: mine.id }, { t: mine.id }]);
      expect(first.started[0]).not.toEqual(first.started[1]);
      const after = await dataSource.query(
        `SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS tenant,
                (SELECT count(*)::int FROM org_units) AS n`,
      );
      expect(after[0].pid).toBe(first.pid);
      expect(['', null]).toContain(after[0].tenant);
      expect(after[0].n).toBe(0);
    });

    it('fails a write in a read with 25006, also through TypeORM, and writes nothing', async () => {
      const before = await orgUnitsOf(mine.id);
      await expect(
        run(read, (tx) =>
          tx.query(`UPDATE org_units SET name = 'Ändrad' WHERE tenant_id = $1`, [mine.id]),
        ),
      ).rejects.toMatchObject({ code: '25006' });
      await expect(
        run(read, (tx) =>
          tx.save(
            Object.assign(new OrgUnitRow(), {
              tenantId: mine.id,
              id: randomUUID(),
              name: 'Ny',
              kind: 'unit',
            }),
          ),
        ),
      ).rejects.toMatchObject({ code: '25006' });
      expect(await orgUnitsOf(mine.id)).toEqual(before);
      // The same connection writes in an explicit transaction, as a POST does.
      const written = await run({ actAs: read.actAs }, async (tx) => {
        await tx.query(`UPDATE org_units SET name = name WHERE tenant_id = $1`, [mine.id]);
        return [
          await tx.query(`SELECT now()::text AS t, current_setting('transaction_read_only') AS ro`),
          await tx.query(`SELECT now()::text AS t, current_setting('transaction_read_only') AS ro`),
        ];
      });
      // One transaction: one now() for both statements.
      expect(written[0]).toEqual(written[1]);
      expect(written[0]).toEqual([{ t: expect.any(String), ro: 'off' }]);
    });

    it('refuses a nested transaction in a read, pointing to the decorator, and leaves the connection idle', async () => {
      await expect(
        run(read, (tx) =>
          transaction.wrapWithNestedTransaction(
            undefined,
            () => tx.query(`SELECT 1`),
            () => undefined,
            tx,
          ),
        ),
      ).rejects.toThrow(/@WithExplicitTransaction\(\).*SAVEPOINT typeorm_1/);
      // The next statement on the connection starts a transaction of its own: no block was left.
      const after = await dataSource.query(
        `SELECT current_setting('app.tenant_id', true) AS t, now() = statement_timestamp() AS idle`,
      );
      expect(['', null]).toContain(after[0].t);
      expect(after[0].idle).toBe(true);
    });

    it('answers every query of a failed read before the connection is reused', async () => {
      const order: string[] = [];
      await expect(
        run(read, async (tx) => {
          void tx
            .query(`SELECT current_setting('app.tenant_id') AS tenant FROM pg_sleep(0.2)`)
            .then(() => order.push('answered'));
          throw new Error('the handler failed');
        }),
      ).rejects.toThrow('the handler failed');
      order.push('released');
      expect(order).toEqual(['answered', 'released']);
      const after = await dataSource.query(`SELECT current_setting('app.tenant_id', true) AS t`);
      expect(['', null]).toContain(after[0].t);
    });
  });
});
