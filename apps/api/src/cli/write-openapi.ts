/**
 * Writes the OpenAPI document to a file, or with --check fails when the committed file is
 * stale. Boots Nest in preview mode: routes and schemas are read, no database is needed.
 *   node dist/cli/write-openapi.js openapi.json
 *   node dist/cli/write-openapi.js --check openapi.json
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiDocument } from '../app.factory.js';
import { AppModule } from '../app.module.js';
import { parseEnv, toAppConfig } from '../config/app-config.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const target = resolve(args.find((a) => !a.startsWith('--')) ?? 'openapi.json');

const config = toAppConfig(
  parseEnv({ NODE_ENV: 'development' }),
  'postgres://unused@127.0.0.1:1/unused',
);
const app = await NestFactory.create(AppModule.forRoot(config), {
  preview: true,
  logger: false,
  abortOnError: false,
});
app.setGlobalPrefix('api');
const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
await app.close();

if (check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    process.stderr.write(
      `${target} is stale: the API's routes or schemas changed. Run \`npm run openapi\` and commit the result.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${target} is up to date.\n`);
} else {
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${target}\n`);
}
