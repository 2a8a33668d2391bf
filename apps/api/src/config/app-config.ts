import { z } from 'zod';

/**
 * Every environment variable Samla reads, in one schema. Infra files are checked against
 * it, and the API refuses to start with a clear message when a value is wrong.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** 0 picks a free port (the integration tests do). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Owner (migration) connection. Unset outside production: embedded PostgreSQL is started. */
  DATABASE_URL: z.string().url().optional(),
  /** Runtime connection as the non-owner role that RLS applies to. Derived when unset. */
  DATABASE_APP_URL: z.string().url().optional(),
  /** Password given to the runtime role when DATABASE_APP_URL is derived. */
  DATABASE_APP_PASSWORD: z.string().min(8).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().optional(),
  DEMO_PASSWORD: z.string().min(1).optional(),
  /** `auto`: load the demo on an empty database outside production. `never`: do not. */
  DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  /** Force the Secure cookie flag (behind a TLS-terminating proxy that hides https). */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  ADMIN_DIST_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** Kolada's API v3, for indicator imports (tests point it at a local server). */
  KOLADA_BASE_URL: z.string().url().default('https://api.kolada.se/v3'),
  /** E-mail reminders of deadlines: off while SMTP_HOST is unset. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** true: TLS from the start (port 465); false: STARTTLS when the server offers it. */
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The sender, e.g. "Samla <samla@kommun.se>"; required with SMTP_HOST. */
  SMTP_FROM: z.string().min(3).optional(),
  /** When the reminder job runs (cron, Swedish time); it also runs once at start-up. */
  REMINDERS_CRON: z.string().min(9).default('0 7 * * *'),
  /** How often a worker looks for a queued job, in seconds. */
  REMINDERS_POLL_SECONDS: z.coerce.number().min(0.5).max(600).default(30),
  /** The public address of Samla, for links in e-mails and calendar feeds. */
  PUBLIC_BASE_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable name the schema knows; infra files may set these and no others. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** The split entry points containers run (`npm start` does both, in one process). */
export type EntryPoint = 'migrate' | 'serve';

/**
 * What an entry point refuses to start without, as messages; empty when the
 * configuration is enough. The entry points call this, and the infra test calls it on the
 * environment each container file sets, so both agree by construction.
 */
export function configurationProblems(env: Env, entry: EntryPoint): string[] {
  const problems: string[] = [];
  if (entry === 'migrate' && !env.DATABASE_URL)
    problems.push('DATABASE_URL (the owner URL of the database) must be set.');
  try {
    toAppConfig(env, env.DATABASE_URL);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  /** Runtime URL (the RLS-bound role). */
  databaseAppUrl: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  cookieSecure: boolean | 'auto';
  trustProxy: boolean;
  adminDistDir: string | null;
  logLevel: Env['LOG_LEVEL'];
  koladaBaseUrl: string;
  /** Null when SMTP_HOST is unset: no reminders are sent. */
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user: string | null;
    password: string | null;
    from: string;
  } | null;
  reminders: { cron: string; pollSeconds: number };
  publicBaseUrl: string | null;
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The runtime role's name; created by the first migration. */
export const APP_DB_ROLE = 'samla_app';

/** Derives the runtime URL: same server and database as the owner URL, the app role. */
export function deriveAppUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_DB_ROLE;
  url.password = password;
  return url.toString();
}

export const DEV_APP_DB_PASSWORD = 'samla-app-local-only';

export function toAppConfig(env: Env, ownerUrl: string | undefined): AppConfig {
  let databaseAppUrl = env.DATABASE_APP_URL;
  if (!databaseAppUrl) {
    if (!ownerUrl) throw new Error('DATABASE_URL or DATABASE_APP_URL must be set.');
    if (env.NODE_ENV === 'production' && !env.DATABASE_APP_PASSWORD)
      throw new Error(
        'In production set DATABASE_APP_URL, or DATABASE_APP_PASSWORD for the samla_app role.',
      );
    databaseAppUrl = deriveAppUrl(ownerUrl, env.DATABASE_APP_PASSWORD ?? DEV_APP_DB_PASSWORD);
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    databaseAppUrl,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionMaxHours: env.SESSION_MAX_HOURS,
    cookieSecure: env.COOKIE_SECURE === undefined ? 'auto' : env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    adminDistDir: env.ADMIN_DIST_DIR ?? null,
    logLevel: env.LOG_LEVEL,
    koladaBaseUrl: env.KOLADA_BASE_URL,
    smtp: smtpConfig(env),
    reminders: { cron: env.REMINDERS_CRON, pollSeconds: env.REMINDERS_POLL_SECONDS },
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? null,
  };
}

function smtpConfig(env: Env): AppConfig['smtp'] {
  if (!env.SMTP_HOST) return null;
  if (!env.SMTP_FROM) throw new Error('SMTP_FROM must be set with SMTP_HOST.');
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER ?? null,
    password: env.SMTP_PASSWORD ?? null,
    from: env.SMTP_FROM,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
