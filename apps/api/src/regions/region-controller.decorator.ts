import { applyDecorators, Controller } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** A controller under /api/v1/regions/{lanskod}/…: documents the länskod parameter. */
export function RegionController(resourcePath = '') {
  return applyDecorators(
    Controller(`v1/regions/:lanskod${resourcePath ? `/${resourcePath}` : ''}`),
    ApiParam({
      name: 'lanskod',
      description: 'Länskod of the län, e.g. 20 (Dalarnas län)',
      example: '20',
      schema: { type: 'string', pattern: '^\\d{2}$' },
    }),
  );
}
