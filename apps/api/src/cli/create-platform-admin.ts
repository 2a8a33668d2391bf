/**
 * Creates the first platform admin (or resets an admin's password) in any environment,
 * production included, where no demo is ever loaded:
 *   DATABASE_URL=… npm run create-platform-admin -- --email it@kommun.se --name "Anna Admin"
 * The password is read from SAMLA_ADMIN_PASSWORD, or asked for on the terminal.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loginSchema, newPasswordSchema } from '@samla/domain';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { AppModule } from '../app.module.js';
import { UsersService } from '../auth/users.service.js';
import { parseEnv, toAppConfig } from '../config/app-config.js';
import { enableAppRoleLogin, runMigrations } from '../database/migrate.js';
import { runInSystemContext } from '../database/system-context.js';
import { DEV_APP_DB_PASSWORD } from '../config/app-config.js';

async function readPassword(): Promise<string> {
  if (process.env.SAMLA_ADMIN_PASSWORD) return process.env.SAMLA_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('Password (at least 10 characters): ');
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  const email = loginSchema.shape.email.safeParse(values.email);
  if (!email.success) throw new Error('Give a valid --email.');
  const env = parseEnv();
  if (!env.DATABASE_URL) throw new Error('Set DATABASE_URL (the owner URL of the database).');
  const password = newPasswordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error('The password must be at least 10 characters.');

  await runMigrations(env.DATABASE_URL);
  if (!env.DATABASE_APP_URL)
    await enableAppRoleLogin(env.DATABASE_URL, env.DATABASE_APP_PASSWORD ?? DEV_APP_DB_PASSWORD);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(toAppConfig(env, env.DATABASE_URL)),
    {
      logger: ['error'],
    },
  );
  try {
    const result = await runInSystemContext(app, () =>
      app.get(UsersService).upsert({
        email: email.data,
        displayName: values.name ?? email.data,
        password: password.data,
        isPlatformAdmin: true,
      }),
    );
    process.stdout.write(
      `${result.created ? 'Created' : 'Updated'} platform admin ${email.data.toLowerCase()}.\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
