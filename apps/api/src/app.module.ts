import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { pickLanguage } from '@samla/domain';
import type { Request, Response } from 'express';
import { ClsModule, type ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthenticationGuard } from './auth/authentication.guard.js';
import { CsrfGuard } from './auth/csrf.guard.js';
import { ErrorFilter } from './common/error.filter.js';
import type { RequestContext } from './common/request-context.js';
import { attachRequestLogging } from './common/request-logging.js';
import { ContentTypeGuard } from './common/content-type.guard.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ActingTransactionAdapter } from './database/acting-transaction-adapter.js';
import { CollaborationModule } from './collaboration/collaboration.module.js';
import { DeadlinesModule } from './deadlines/deadlines.module.js';
import { GovernanceModule } from './governance/governance.module.js';
import { HealthModule } from './health/health.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { PlansModule } from './plans/plans.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { PublicationModule } from './publication/publication.module.js';
import { RegionsModule } from './regions/regions.module.js';
import { ToolkitModule } from './toolkit/toolkit.module.js';
import { AccessGuard } from './tenancy/access.guard.js';
import { TenancyModule } from './tenancy/tenancy.module.js';
import { TransactionInterceptor } from './tenancy/transaction.interceptor.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseAppUrl, { pipeline: true, prepare: true }),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            // Keep a caller's request id (a proxy's) when it looks like one; otherwise make one.
            idGenerator: (req: Request) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
            },
            setup: (cls, req: Request, res: Response) => {
              cls.set<RequestContext['language']>(
                'language',
                pickLanguage(req.headers['accept-language']),
              );
              attachRequestLogging(cls as ClsService<RequestContext>, req, res);
            },
          },
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new ActingTransactionAdapter({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
        AuditModule,
        AuthModule,
        TenancyModule,
        OrganisationModule,
        ToolkitModule,
        PlansModule,
        IndicatorsModule,
        CollaborationModule,
        ReportsModule,
        GovernanceModule,
        DeadlinesModule,
        HealthModule,
        PublicationModule,
        RegionsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Order matters: who is calling, then CSRF, then may they act here, then can we read it.
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: ContentTypeGuard },
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
