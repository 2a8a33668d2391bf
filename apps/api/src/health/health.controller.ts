import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Public } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { WithoutTransaction } from '../tenancy/transaction.interceptor.js';
import { HealthService, type HealthReport } from './health.service.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'error']),
  database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().optional() }),
  uptimeSeconds: z.number(),
});

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @WithoutTransaction()
  @ApiOperationSpec({
    id: 'getHealth',
    summary: 'Liveness and database state; 503 when the database is down',
    response: { name: 'Health', schema: healthSchema },
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    if (report.status !== 'ok') response.status(503);
    return report;
  }
}
