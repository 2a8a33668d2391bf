import pg from 'pg';

export default async function globalTeardown() {
  const serverUrl = process.env.TEST_PG_SERVER_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  if (serverUrl && template) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await client.end();
  }
  await globalThis.__SAMLA_EMBEDDED__?.stop();
}
