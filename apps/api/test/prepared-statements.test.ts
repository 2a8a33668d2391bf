import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PreparingClient, StatementNamer } from '../src/database/prepared-statements.js';
import { SERVER_ENV } from './support/test-database.js';

describe('StatementNamer', () => {
  it('names a statement text from its second use on, and always the same way', () => {
    const namer = new StatementNamer();
    expect(namer.nameFor('SELECT $1')).toBeUndefined();
    const name = namer.nameFor('SELECT $1');
    expect(name).toMatch(/^samla_[0-9a-f]{20}$/);
    expect(namer.nameFor('SELECT $1')).toBe(name);
    expect(new StatementNamer().nameFor('SELECT $2')).toBeUndefined();
  });

  it('stops naming new texts at its capacity and keeps the ones it named', () => {
    const namer = new StatementNamer(2);
    for (const text of ['a', 'a', 'b', 'b', 'c', 'c']) namer.nameFor(text);
    expect(namer.size).toBe(2);
    expect(namer.nameFor('a')).toBeDefined();
    expect(namer.nameFor('c')).toBeUndefined();
  });
});

describe('PreparingClient against PostgreSQL', () => {
  let client: PreparingClient;
  const prepared = async () =>
    (
      await client.query<{ statement: string }>(
        `SELECT statement FROM pg_prepared_statements WHERE name LIKE 'samla_%'`,
      )
    ).rows.map((r) => r.statement);

  beforeAll(async () => {
    client = new PreparingClient({ connectionString: process.env[SERVER_ENV], pipeline: true });
    await client.connect();
  });
  afterAll(() => client.end());

  it('prepares a repeated parameterised statement on the server and answers it correctly', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect((await client.query<{ n: number }>(text, [1])).rows[0]?.n).toBe(2);
    expect(await prepared()).not.toContain(text);
    expect((await client.query<{ n: number }>(text, [41])).rows[0]?.n).toBe(42);
    expect(await prepared()).toContain(text);
    expect((await client.query<{ n: number }>(text, [9])).rows[0]?.n).toBe(10);
  });

  it('sends the same new statement twice in one pipeline with a single Parse', async () => {
    const text = 'SELECT $1::text AS s';
    await client.query(text, ['first']);
    const answers = await Promise.all(['a', 'b', 'c'].map((s) => client.query(text, [s])));
    expect(answers.map((a) => (a.rows[0] as { s: string }).s)).toEqual(['a', 'b', 'c']);
  });

  it('keeps working after a rolled-back transaction and after a statement that failed', async () => {
    const text = 'SELECT 10 / $1::int AS q';
    await client.query('BEGIN');
    await client.query(text, [2]);
    await client.query(text, [5]);
    await client.query('ROLLBACK');
    // Prepared statements are not transactional: the name still exists and is reused.
    expect((await client.query<{ q: number }>(text, [10])).rows[0]?.q).toBe(1);
    await expect(client.query(text, [0])).rejects.toThrow(/division by zero/);
    expect((await client.query<{ q: number }>(text, [1])).rows[0]?.q).toBe(10);
  });

  it('leaves statements without parameters and other call forms as they were', async () => {
    expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
    expect(
      (await client.query<{ v: string }>({ text: 'SELECT $1::text AS v', values: ['x'] })).rows[0]
        ?.v,
    ).toBe('x');
    expect(await prepared()).not.toContain('SELECT 1 AS one');
  });
});
