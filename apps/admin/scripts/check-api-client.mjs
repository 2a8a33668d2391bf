#!/usr/bin/env node
// `npm run openapi:check -w @samla/admin`: fails when the committed typed client
// (src/api/schema.gen.ts) is not what `npm run openapi` makes of the API's OpenAPI document
// (../api/openapi.json). It regenerates into a temp directory with the same CLI, formats the
// result with Prettier and the repo's config, and compares.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specFile = resolve(adminDir, '../api/openapi.json');
const clientFile = resolve(adminDir, 'src/api/schema.gen.ts');
const show = (file) => relative(process.cwd(), file) || file;
const FIX = 'Run `npm run openapi -w @samla/admin` and commit src/api/schema.gen.ts.';

function fail(message) {
  process.stderr.write(`openapi:check failed: ${message}\n`);
  process.exit(1);
}

if (!existsSync(specFile)) fail(`${show(specFile)} does not exist (the API writes it).`);
if (!existsSync(clientFile)) fail(`${show(clientFile)} does not exist. ${FIX}`);

// 1. Generate with the openapi-typescript CLI, exactly as `npm run openapi` does.
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');
const tempDir = mkdtempSync(join(tmpdir(), 'samla-api-client-'));
let generated;
try {
  const tempFile = join(tempDir, 'schema.gen.ts');
  execFileSync(process.execPath, [cli, specFile, '--output', tempFile], {
    cwd: adminDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  generated = readFileSync(tempFile, 'utf8');
} catch (error) {
  fail(`openapi-typescript could not read ${show(specFile)}: ${error.message}`);
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}

// 2. Format as `prettier --write` would format the committed file.
const options = await prettier.resolveConfig(clientFile, { editorconfig: true });
const expected = await prettier.format(generated, { ...options, filepath: clientFile });
const committed = readFileSync(clientFile, 'utf8');

if (committed !== expected) {
  const want = expected.split('\n');
  const have = committed.split('\n');
  const line = want.findIndex((text, i) => text !== have[i]);
  const at = line === -1 ? Math.min(want.length, have.length) : line;
  fail(
    [
      `${show(clientFile)} is stale: it does not match ${show(specFile)}.`,
      `  first difference at line ${at + 1}:`,
      `    generated: ${JSON.stringify(want[at] ?? '<end of file>')}`,
      `    committed: ${JSON.stringify(have[at] ?? '<end of file>')}`,
      FIX,
    ].join('\n'),
  );
}

process.stdout.write(`${show(clientFile)} matches ${show(specFile)}.\n`);
