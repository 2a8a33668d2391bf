import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Agenda2030Controller, TenantAgenda2030Controller } from './agenda2030.controller.js';
import { Agenda2030Repository } from './agenda2030.repository.js';
import { Agenda2030Service } from './agenda2030.service.js';
import { ActivityLinksController, GoalLinksController } from './indicator-links.controller.js';
import { IndicatorLinksRepository } from './indicator-links.repository.js';
import { IndicatorLinksService } from './indicator-links.service.js';
import { IndicatorsController } from './indicators.controller.js';
import { IndicatorsRepository } from './indicators.repository.js';
import { IndicatorsService } from './indicators.service.js';
import { KoladaImportService } from './kolada/kolada-import.service.js';
import { KoladaClient } from './kolada/kolada.client.js';
import { KoladaController } from './kolada/kolada.controller.js';
import { MeasurementsController } from './measurements.controller.js';
import { MeasurementsRepository } from './measurements.repository.js';
import { MeasurementsService } from './measurements.service.js';
import { PlatformIndicatorsController } from './platform-indicators.controller.js';
import { PlatformIndicatorsRepository } from './platform-indicators.repository.js';
import { PlatformIndicatorsService } from './platform-indicators.service.js';

/** Agenda 2030, the indicator catalogue, a kommun's indicators and figures, Kolada imports. */
@Module({
  controllers: [
    Agenda2030Controller,
    TenantAgenda2030Controller,
    PlatformIndicatorsController,
    IndicatorsController,
    MeasurementsController,
    GoalLinksController,
    ActivityLinksController,
    KoladaController,
  ],
  providers: [
    Agenda2030Repository,
    Agenda2030Service,
    PlatformIndicatorsRepository,
    PlatformIndicatorsService,
    IndicatorsRepository,
    IndicatorsService,
    MeasurementsRepository,
    MeasurementsService,
    IndicatorLinksRepository,
    IndicatorLinksService,
    KoladaImportService,
    {
      provide: KoladaClient,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new KoladaClient({ baseUrl: config.koladaBaseUrl }),
    },
  ],
  exports: [IndicatorsService, MeasurementsService, IndicatorLinksService],
})
export class IndicatorsModule {}
