import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { KpiTilesDto, KpiTilesQueryDto } from './kpi-tiles.dto';
import { KpiTilesView } from './kpi-tiles.view';

@ApiTags('portfolio: overview')
@Controller('portfolio/overview')
export class OverviewController {
  constructor(private readonly kpiTiles: KpiTilesView) {}

  @Authenticated({ view: 'overview.kpi_tiles' })
  @Get('kpi-tiles')
  @ApiOperation({
    operationId: 'getOverviewKpiTiles',
    summary: 'KPI tiles: occupancy, leased, vacancy and available to rent',
    description:
      'Portfolio totals over your scope, or over the properties named in propertyIds, on each property’s latest day, with the change against 30 days earlier.',
  })
  @ApiOkResponse({ type: KpiTilesDto })
  @ApiErrorResponses(400)
  getKpiTiles(@CurrentAuth() auth: AuthContext, @Query() query: KpiTilesQueryDto): Promise<KpiTilesDto> {
    return this.kpiTiles.load(auth, query);
  }
}
