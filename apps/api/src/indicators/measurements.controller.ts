import { Body, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  measurementQuerySchema,
  measurementSchema,
  upsertMeasurementsResultSchema,
  upsertMeasurementsSchema,
  type MeasurementQuery,
  type UpsertMeasurementsInput,
} from '@samla/domain';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { MeasurementsService } from './measurements.service.js';

@ApiTags('indicators')
@TenantController('indicators/:id/measurements')
export class MeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiQueryFromSchema(measurementQuerySchema)
  @ApiOperationSpec({
    id: 'listMeasurements',
    summary: 'The figures of an indicator from one period to another (YYYY or YYYY-MM, inclusive)',
    response: { name: 'Measurement', schema: measurementSchema, array: true },
    errors: [400, 401, 404],
  })
  list(
    @Param('id', UuidParamPipe) id: string,
    @Query(new ZodValidationPipe(measurementQuerySchema)) query: MeasurementQuery,
  ) {
    return this.measurements.list(id, query);
  }

  @Put()
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'upsertMeasurements',
    summary: 'Enter or correct figures in bulk: every row is checked, all are saved or none',
    body: { name: 'UpsertMeasurementsInput', schema: upsertMeasurementsSchema },
    response: { name: 'UpsertMeasurementsResult', schema: upsertMeasurementsResultSchema },
    errors: [400, 401, 403, 404],
  })
  upsert(
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodValidationPipe(upsertMeasurementsSchema)) body: UpsertMeasurementsInput,
  ) {
    return this.measurements.upsert(id, body);
  }
}
