/**
 * Prepares the database and exits: the one-shot step that runs before the API replicas
 * (the Kubernetes Job, the compose `migrate` service). As the owner (DATABASE_URL):
 *  1. runs pending migrations, each in its own transaction;
 *  2. lets the runtime role samla_app log in with DATABASE_APP_PASSWORD (unless
 *     DATABASE_APP_URL is set: then whoever issued that URL manages the role's password);
 *  3. adds missing entries of the shared toolkit catalogue.
 * Doing 3 here rather than in every replica means replicas starting together on a new
 * database do not race to insert the same (unique) catalogue rows.
 *   DATABASE_URL=postgres://owner@db/samla DATABASE_APP_PASSWORD=… node dist/cli/migrate.js
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import {
  DEV_APP_DB_PASSWORD,
  configurationProblems,
  parseEnv,
  toAppConfig,
} from '../config/app-config.js';
import { enableAppRoleLogin, runMigrations } from '../database/migrate.js';
import { ensureToolkitCatalogue } from '../toolkit/ensure-catalogue.js';

const say = (msg: string) => process.stdout.write(`[samla] ${msg}\n`);

async function main(): Promise<void> {
  const env = parseEnv();
  // Fails before any change when the owner's or the runtime role's credentials are missing.
  const problems = configurationProblems(env, 'migrate');
  if (problems.length) throw new Error(problems.join(' '));
  const ownerUrl = env.DATABASE_URL as string;
  const config = toAppConfig(env, ownerUrl);

  const ran = await runMigrations(ownerUrl);
  say(
    ran.length ? `Migrations applied: ${ran.join(', ')}` : 'Migrations: the schema is up to date',
  );
  if (!env.DATABASE_APP_URL) {
    await enableAppRoleLogin(ownerUrl, env.DATABASE_APP_PASSWORD ?? DEV_APP_DB_PASSWORD);
    say('The runtime role samla_app may log in');
  }

  // The catalogue is written as the runtime role, like the API does; no mail from this step.
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, smtp: null }),
    { logger: ['error'] },
  );
  try {
    const added = await ensureToolkitCatalogue(app);
    say(`Toolkit catalogue: ${added.templates} plan templates and ${added.methods} methods added`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[samla] Migration failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
