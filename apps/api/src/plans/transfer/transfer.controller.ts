import {
  Get,
  Header,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ANY_TENANT_ROLE, EDITOR_ROLES, TenantAccess } from '../../common/access.decorators.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../../common/openapi.js';
import { TenantController } from '../../common/tenant-controller.decorator.js';
import { UuidParamPipe } from '../../common/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/validation.pipe.js';
import { WithoutTransaction } from '../../tenancy/transaction.interceptor.js';
import { activityImportSchema, exportQuerySchema, type ExportQuery } from './import-views.js';
import { CONTENT_TYPES } from './spreadsheet-io.js';
import { TransferService, type UploadedSheet } from './transfer.service.js';
import { MAX_UPLOAD_MB, SheetUploadInterceptor } from './upload.interceptor.js';

const binary = { schema: { type: 'string', format: 'binary' } };

/** A plan's activities as a spreadsheet (XLSX or CSV), and back: preview, confirm, follow. */
@ApiTags('plans')
@TenantController('action-plans/:id')
export class TransferController {
  constructor(private readonly transfer: TransferService) {}

  @Get('export')
  @TenantAccess(...ANY_TENANT_ROLE)
  @Header('Cache-Control', 'private, no-store')
  @ApiQueryFromSchema(exportQuerySchema)
  // The 200 answer's two binary content types; errors stay JSON (ApiOperationSpec).
  @ApiResponse({ status: 200, content: { [CONTENT_TYPES.xlsx]: binary, 'text/csv': binary } })
  @ApiOperationSpec({
    id: 'exportActionPlanActivities',
    summary: "The plan's activities as a spreadsheet (XLSX or CSV) for Excel",
    response: {
      description:
        'The spreadsheet, as an attachment named after the plan: one row per activity, Swedish headers, the same columns in both formats (CSV: UTF-8 with BOM, `;`-separated)',
    },
    errors: [400, 401, 404],
  })
  async export(
    @Param('id', UuidParamPipe) id: string,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ) {
    const file = await this.transfer.export(id, query.format);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: file.disposition,
      length: file.body.length,
    });
  }

  @Post('import')
  @TenantAccess(...EDITOR_ROLES)
  // The upload is read before a transaction (and its connection) is taken; the service opens it.
  @WithoutTransaction()
  @UseInterceptors(SheetUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: `An XLSX or CSV file with the export's columns, at most ${MAX_UPLOAD_MB} MB`,
        },
      },
    },
  })
  @ApiOperationSpec({
    id: 'previewActivityImport',
    summary:
      'Upload a spreadsheet of activities: every row is checked and the outcome kept as a preview (create, update, unchanged, rejected per row). Nothing is written until it is confirmed',
    response: { status: 201, name: 'ActivityImport', schema: activityImportSchema },
    errors: [400, 401, 403, 404, 409, 413],
  })
  preview(@Param('id', UuidParamPipe) id: string, @UploadedFile() file: UploadedSheet | undefined) {
    return this.transfer.preview(id, file);
  }

  @Get('imports/:importId')
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getActivityImport',
    summary:
      'An import: its preview, and while it runs how many rows are written (poll until done or failed)',
    response: { name: 'ActivityImport', schema: activityImportSchema },
    errors: [401, 404],
  })
  get(@Param('id', UuidParamPipe) id: string, @Param('importId', UuidParamPipe) importId: string) {
    return this.transfer.get(id, importId);
  }

  @Post('imports/:importId/confirm')
  @TenantAccess(...EDITOR_ROLES)
  @ApiOperationSpec({
    id: 'confirmActivityImport',
    summary:
      'Write a previewed import, in the background and all or nothing; refused when a row was rejected. Answers at once with status running',
    response: { status: 202, name: 'ActivityImport', schema: activityImportSchema },
    errors: [401, 403, 404, 409],
  })
  confirm(
    @Param('id', UuidParamPipe) id: string,
    @Param('importId', UuidParamPipe) importId: string,
  ) {
    return this.transfer.confirm(id, importId);
  }
}
