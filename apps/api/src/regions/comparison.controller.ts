import {
  Get,
  Header,
  Injectable,
  Param,
  type PipeTransform,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  COMPARISON_KINDS,
  activityStatusComparisonSchema,
  agreementsComparisonSchema,
  coverageComparisonSchema,
  indicatorsComparisonQuerySchema,
  indicatorsComparisonSchema,
  type IndicatorsComparisonQuery,
  plansComparisonSchema,
  regionOverviewSchema,
  type ComparisonKind,
} from '@samla/domain';
import { RegionAccess } from '../common/access.decorators.js';
import { AppError } from '../common/app-error.js';
import { ApiOperationSpec, ApiQueryFromSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { ComparisonService } from './comparison.service.js';
import { RegionController } from './region-controller.decorator.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A comparison kind in the path that does not exist answers 404, like any unknown path. */
@Injectable()
class ComparisonKindPipe implements PipeTransform<string, ComparisonKind> {
  transform(value: string): ComparisonKind {
    if (!(COMPARISON_KINDS as string[]).includes(value)) throw AppError.notFound();
    return value as ComparisonKind;
  }
}

/**
 * The regional coordinator's comparisons of the kommuner of their län, each limited (by
 * row-level security) to what every kommun shares. Not a coordinator of the län → 404.
 */
@ApiTags('regions')
@RegionController()
export class ComparisonController {
  constructor(private readonly service: ComparisonService) {}

  @Get()
  @RegionAccess()
  @ApiOperationSpec({
    id: 'getRegionOverview',
    summary: 'The län and the kommuner that share something with it, with what each shares',
    response: { name: 'RegionOverview', schema: regionOverviewSchema },
    errors: [401, 404],
  })
  overview() {
    return this.service.overview();
  }

  @Get('comparison/plans')
  @RegionAccess()
  @ApiOperationSpec({
    id: 'compareRegionPlans',
    summary: 'Which sharing kommuner have a plan, its status and period, and its progress',
    response: { name: 'PlansComparison', schema: plansComparisonSchema },
    errors: [401, 404],
  })
  plans() {
    return this.service.plans();
  }

  @Get('comparison/coverage')
  @RegionAccess()
  @ApiOperationSpec({
    id: 'compareRegionCoverage',
    summary: "Each sharing kommun's coverage matrix (level × tier) of its current plan, with gaps",
    response: { name: 'CoverageComparison', schema: coverageComparisonSchema },
    errors: [401, 404],
  })
  coverage() {
    return this.service.coverage();
  }

  @Get('comparison/activity-status')
  @RegionAccess()
  @ApiOperationSpec({
    id: 'compareRegionActivityStatus',
    summary: "How each sharing kommun's activities are spread over the statuses",
    response: { name: 'ActivityStatusComparison', schema: activityStatusComparisonSchema },
    errors: [401, 404],
  })
  activityStatus() {
    return this.service.activityStatus();
  }

  @Get('comparison/indicators')
  @RegionAccess()
  @ApiQueryFromSchema(indicatorsComparisonQuerySchema)
  @ApiOperationSpec({
    id: 'compareRegionIndicators',
    summary:
      'The catalogue indicators the sharing kommuner follow, and one of them side by side and over time (a monthly one per year, or one year by month); small numbers suppressed so that none can be derived',
    response: { name: 'IndicatorsComparison', schema: indicatorsComparisonSchema },
    errors: [400, 401, 404],
  })
  indicators(
    @Query(new ZodValidationPipe(indicatorsComparisonQuerySchema)) query: IndicatorsComparisonQuery,
  ) {
    return this.service.indicators(query);
  }

  @Get('comparison/agreements')
  @RegionAccess()
  @ApiOperationSpec({
    id: 'compareRegionAgreements',
    summary:
      'Share of sharing kommuner with a current agreement (followed up within 24 months) per partner type',
    response: { name: 'AgreementsComparison', schema: agreementsComparisonSchema },
    errors: [401, 404],
  })
  agreements() {
    return this.service.agreements();
  }

  @Get('comparison/:kind/export')
  @RegionAccess()
  @Header('Cache-Control', 'private, no-store')
  @ApiParam({ name: 'kind', schema: { type: 'string', enum: COMPARISON_KINDS } })
  @ApiResponse({
    status: 200,
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperationSpec({
    id: 'exportRegionComparison',
    summary: 'A comparison as an XLSX workbook (the same figures and suppression as the view)',
    response: { description: 'The workbook, as an attachment' },
    errors: [401, 404],
  })
  async export(@Param('kind', ComparisonKindPipe) kind: ComparisonKind) {
    const file = await this.service.export(kind);
    return new StreamableFile(file.body, {
      type: XLSX,
      disposition: file.disposition,
      length: file.body.length,
    });
  }
}
