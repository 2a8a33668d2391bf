import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { agenda2030TargetSchema, tenantAgenda2030TargetSchema } from '@samla/domain';
import { ANY_TENANT_ROLE, Authenticated, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { Agenda2030Service } from './agenda2030.service.js';

@ApiTags('agenda2030')
@Controller('v1/agenda2030/targets')
export class Agenda2030Controller {
  constructor(private readonly agenda2030: Agenda2030Service) {}

  @Get()
  @Authenticated()
  @ApiOperationSpec({
    id: 'listAgenda2030Targets',
    summary:
      'Agenda 2030 targets 5.1–5.3 and 16.1–16.2 (Swedish and English) with their indicators',
    response: { name: 'Agenda2030Target', schema: agenda2030TargetSchema, array: true },
    errors: [401],
  })
  list() {
    return this.agenda2030.targets();
  }
}

@ApiTags('agenda2030')
@TenantController('agenda2030/targets')
export class TenantAgenda2030Controller {
  constructor(private readonly agenda2030: Agenda2030Service) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'listTenantAgenda2030Targets',
    summary: "Each target with the kommun's goals, activities and indicators that work towards it",
    response: {
      name: 'TenantAgenda2030Target',
      schema: tenantAgenda2030TargetSchema,
      array: true,
    },
    errors: [401, 404],
  })
  list() {
    return this.agenda2030.tenantTargets();
  }
}
