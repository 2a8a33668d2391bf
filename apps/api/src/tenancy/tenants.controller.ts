import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { onboardTenantSchema, tenantSchema, type OnboardTenantInput } from '@samla/domain';
import {
  ANY_TENANT_ROLE,
  Authenticated,
  PlatformAdmin,
  TenantAccess,
} from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { TenantsService } from './tenants.service.js';

@ApiTags('tenants')
@Controller('v1/tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Get()
  @Authenticated()
  @ApiOperationSpec({
    id: 'listTenants',
    summary: 'Kommuner the caller may see',
    response: { name: 'Tenant', schema: tenantSchema, array: true },
    errors: [401],
  })
  list() {
    return this.tenants.listVisible();
  }

  @Post()
  @PlatformAdmin()
  @ApiOperationSpec({
    id: 'onboardTenant',
    summary: 'Onboard a kommun from the official list by its kommunkod (platform admins)',
    body: { name: 'OnboardTenantInput', schema: onboardTenantSchema },
    response: { status: 201, name: 'Tenant', schema: tenantSchema },
    errors: [400, 401, 403, 409],
  })
  onboard(@Body(new ZodValidationPipe(onboardTenantSchema)) body: OnboardTenantInput) {
    return this.tenants.onboard(body.code);
  }

  @Get(':code')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getTenant',
    summary: 'One kommun the caller belongs to',
    response: { name: 'Tenant', schema: tenantSchema },
    errors: [401, 404],
  })
  get(@Param('code') code: string) {
    return this.tenants.get(code);
  }
}
