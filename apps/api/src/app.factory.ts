import 'reflect-metadata';
import { ConsoleLogger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module.js';
import { JsonReplyAdapter } from './common/json-reply.adapter.js';
import { withRegisteredSchemas } from './common/openapi.js';
import type { AppConfig } from './config/app-config.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
/** Nest's start-up chatter (every module and route) is noise in production logs. */
const QUIET_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

class AppLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && QUIET_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Samla API')
    .setDescription(
      'Samla: handlingsplaner, indicators, samverkan and decisions for Swedish kommuner. ' +
        'Log in with POST /api/v1/auth/login (session cookie + X-CSRF-Token) or use a personal API token as a Bearer token.',
    )
    .setVersion('1')
    .addCookieAuth('samla_session')
    .addBearerAuth()
    .build();
  return withRegisteredSchemas(SwaggerModule.createDocument(app, config));
}

/** Builds the whole product: API under /api, Swagger at /api/docs, the admin at /. */
export async function createApp(config: AppConfig, options: { logger?: boolean } = {}) {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config),
    new JsonReplyAdapter(),
    {
      logger:
        options.logger === false
          ? false
          : new AppLogger({
              json: true,
              logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
            }),
    },
  );
  app.setGlobalPrefix('api');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // Nobody caches the API's answers; an ETag would cost a hash of each (JsonReplyAdapter).
  app.set('etag', false);
  app.useBodyParser('json', { limit: '2mb' });
  app.use(cookieParser());

  // Security headers on every response; Swagger UI needs inline scripts, so it gets a looser policy.
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    strictTransportSecurity: config.env === 'production',
  });
  const docs = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: config.env === 'production',
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next),
  );

  // Built on the first visit to the docs, not at start-up: it costs start time and memory
  // that a server nobody reads the docs of need not spend (docs/benchmarks.md, 5 and 6).
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });

  servePublicPages(app);
  serveAdmin(app, config);
  return app;
}

/**
 * A kommun's public page lives at /k/{kommunkod}, a short address to print and share. It is
 * server-rendered by the API (no admin bundle, no script), so the path is rewritten to the
 * API's route here, before the admin's files and its index.html fallback could answer it.
 */
function servePublicPages(app: NestExpressApplication): void {
  app.use((req: Request, _res: Response, next: NextFunction) => {
    // Every request passes here: parse the address only for those that can be a public page.
    if (!req.url.startsWith('/k')) return next();
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/k' || url.pathname.startsWith('/k/')) {
      // /k/{code} only; anything else under /k gets the same 404 page as an unknown kommun.
      const segments = url.pathname.split('/').filter(Boolean);
      const code = segments.length === 2 ? (segments[1] as string) : '-';
      req.url = `/api/v1/public/${encodeURIComponent(code)}/page${url.search}`;
    }
    next();
  });
}

/** The built admin (a single-page app): static files, and index.html for its routes. */
function serveAdmin(app: NestExpressApplication, config: AppConfig): void {
  const dir = resolve(config.adminDistDir ?? join(import.meta.dirname, '../../admin/dist'));
  if (!existsSync(join(dir, 'index.html'))) return;
  // API requests skip the file lookup: it would cost every one of them a failed stat().
  const files = express.static(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/') ? next() : files(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}
