import pg from 'pg';

/**
 * Test databases: the global setup migrates one template database; each test file gets
 * its own copy (`CREATE DATABASE … TEMPLATE …`), which takes milliseconds and keeps files
 * from seeing each other's rows.
 */
export const TEMPLATE_ENV = 'TEST_TEMPLATE_DB';
export const SERVER_ENV = 'TEST_PG_SERVER_URL';

/** Same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
