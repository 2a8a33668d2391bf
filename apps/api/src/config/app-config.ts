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
});

export type Env = z.infer<typeof envSchema>;

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
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
