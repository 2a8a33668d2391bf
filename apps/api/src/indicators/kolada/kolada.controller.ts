import { Body, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  koladaImportResultSchema,
  koladaImportSchema,
  type KoladaImportInput,
} from '@samla/domain';
import { EDITOR_ROLES, TenantAccess } from '../../common/access.decorators.js';
import { ApiOperationSpec } from '../../common/openapi.js';
import { TenantController } from '../../common/tenant-controller.decorator.js';
import { ZodValidationPipe } from '../../common/validation.pipe.js';
import { WithoutTransaction } from '../../tenancy/transaction.interceptor.js';
import { KoladaImportService } from './kolada-import.service.js';

@ApiTags('indicators')
@TenantController('kolada')
export class KoladaController {
  constructor(private readonly imports: KoladaImportService) {}

  @Post('import')
  @TenantAccess(...EDITOR_ROLES)
  // Kolada may be slow: the service opens its own short transactions around the call.
  @WithoutTransaction()
  @ApiOperationSpec({
    id: 'importFromKolada',
    summary:
      'Import catalogue KPIs for the kommun (and its län and Sweden) from Kolada or a saved answer; dryRun previews',
    body: { name: 'KoladaImportInput', schema: koladaImportSchema },
    response: { name: 'KoladaImportResult', schema: koladaImportResultSchema },
    errors: [400, 401, 403, 404, 502],
  })
  import(@Body(new ZodValidationPipe(koladaImportSchema)) body: KoladaImportInput) {
    return this.imports.import(body);
  }
}
