import { applyDecorators, Controller } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/**
 * A controller under /api/v1/tenants/{code}/…: documents the kommunkod parameter the
 * AccessGuard reads, so the OpenAPI document and the generated client name it.
 */
export function TenantController(resourcePath: string) {
  return applyDecorators(
    Controller(`v1/tenants/:code/${resourcePath}`),
    ApiParam({
      name: 'code',
      description: 'Kommunkod of the kommun, e.g. 1287',
      example: '1287',
      schema: { type: 'string', pattern: '^\\d{4}$' },
    }),
  );
}
