import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { AvailabilityDto, AvailabilityQueryDto } from './availability.dto';
import { AvailabilityView } from './availability.view';
import { BedroomTableDto, BedroomTableQueryDto } from './bedroom-table.dto';
import { BedroomTableView } from './bedroom-table.view';
import { KpiTilesDto, KpiTilesQueryDto } from './kpi-tiles.dto';
import { KpiTilesView } from './kpi-tiles.view';
import { MarketCompsDto, MarketCompsQueryDto } from './market-comps.dto';
import { MarketCompsView } from './market-comps.view';
import { OccTrendDto, OccTrendQueryDto } from './occ-trend.dto';
import { OccTrendView } from './occ-trend.view';
import { TradeOutsDto, TradeOutsQueryDto } from './trade-outs.dto';
import { TradeOutsView } from './trade-outs.view';
import { UnitMixDto, UnitMixQueryDto } from './unit-mix.dto';
import { UnitMixView } from './unit-mix.view';

@ApiTags('portfolio: overview')
@Controller('portfolio/overview')
export class OverviewController {
  constructor(
    private readonly kpiTiles: KpiTilesView,
    private readonly bedroomTable: BedroomTableView,
    private readonly occTrend: OccTrendView,
    private readonly availability: AvailabilityView,
    private readonly unitMix: UnitMixView,
    private readonly marketComps: MarketCompsView,
    private readonly tradeOuts: TradeOutsView,
  ) {}

  @Authenticated({ view: 'overview.kpi_tiles' })
  @Get('kpi-tiles')
  @ApiOperation({
    operationId: 'getOverviewKpiTiles',
    summary: 'Occupancy at a glance: occupancy, leased, vacancy and available to rent',
    description:
      'Portfolio totals over your scope, or over the properties named in propertyIds, on each property’s latest day, with the change against 30 days earlier.',
  })
  @ApiOkResponse({ type: KpiTilesDto })
  @ApiErrorResponses(400)
  getKpiTiles(@CurrentAuth() auth: AuthContext, @Query() query: KpiTilesQueryDto): Promise<KpiTilesDto> {
    return this.kpiTiles.load(auth, query);
  }

  @Authenticated({ view: 'overview.bedroom_table' })
  @Get('bedroom-table')
  @ApiOperation({
    operationId: 'getOverviewBedroomTable',
    summary: 'Units by bedroom count: occupancy and rents by bedroom count',
    description:
      'The units of your scope (or propertyIds) by bedroom count as they stand now: occupied, vacant and notice counts, occupancy, average size and rents, with an all-units total.',
  })
  @ApiOkResponse({ type: BedroomTableDto })
  @ApiErrorResponses(400)
  getBedroomTable(@CurrentAuth() auth: AuthContext, @Query() query: BedroomTableQueryDto): Promise<BedroomTableDto> {
    return this.bedroomTable.load(auth, query);
  }

  @Authenticated({ view: 'overview.occ_trend' })
  @Get('occ-trend')
  @ApiOperation({
    operationId: 'getOverviewOccTrend',
    summary: 'Occupancy over time: occupancy and leased % per week or month',
    description:
      'Occupancy and leased % of your scope (or propertyIds) per week or month from the daily metrics, weighted by unit count. Default period: the 365 days up to today.',
  })
  @ApiOkResponse({ type: OccTrendDto })
  @ApiErrorResponses(400)
  getOccTrend(@CurrentAuth() auth: AuthContext, @Query() query: OccTrendQueryDto): Promise<OccTrendDto> {
    return this.occTrend.load(auth, query);
  }

  @Authenticated({ view: 'overview.availability' })
  @Get('availability')
  @ApiOperation({
    operationId: 'getOverviewAvailability',
    summary: 'Units available to rent: buckets now and the daily available-to-rent trend',
    description:
      'Vacant ready, vacant pre-leased, down or model and notice units of your scope (or propertyIds) now, and available to rent per day from the daily metrics. Default period: the 90 days up to today.',
  })
  @ApiOkResponse({ type: AvailabilityDto })
  @ApiErrorResponses(400)
  getAvailability(@CurrentAuth() auth: AuthContext, @Query() query: AvailabilityQueryDto): Promise<AvailabilityDto> {
    return this.availability.load(auth, query);
  }

  @Authenticated({ view: 'overview.unit_mix' })
  @Get('unit-mix')
  @ApiOperation({
    operationId: 'getOverviewUnitMix',
    summary: 'Rents by floorplan: unit mix and pricing',
    description:
      'The units of your scope (or propertyIds) by floorplan as they stand now: size, market and current rents, rent per square foot and occupancy.',
  })
  @ApiOkResponse({ type: UnitMixDto })
  @ApiErrorResponses(400)
  getUnitMix(@CurrentAuth() auth: AuthContext, @Query() query: UnitMixQueryDto): Promise<UnitMixDto> {
    return this.unitMix.load(auth, query);
  }

  @Authenticated({ view: 'overview.market_comps' })
  @Get('market-comps')
  @ApiOperation({
    operationId: 'getOverviewMarketComps',
    summary: 'Nearby competitors: market comps next to each property’s own rent and occupancy',
    description:
      'For each property of your scope (or propertyIds) that has comps: the comps’ distance, occupancy and average rent, and the property’s own average current rent and occupancy.',
  })
  @ApiOkResponse({ type: MarketCompsDto })
  @ApiErrorResponses(400)
  getMarketComps(@CurrentAuth() auth: AuthContext, @Query() query: MarketCompsQueryDto): Promise<MarketCompsDto> {
    return this.marketComps.load(auth, query);
  }

  @Authenticated({ view: 'overview.trade_outs' })
  @Get('trade-outs')
  @ApiOperation({
    operationId: 'getOverviewTradeOuts',
    summary: 'Rent change on new leases: trade-outs from the previous lease to the new one',
    description:
      'One page of the units of your scope (or propertyIds) whose lease started within from/to and whose previous rent is known, with the change in dollars and %, and the average change over all rows. No resident data. Default period: the 90 days up to today; newest lease first.',
  })
  @ApiOkResponse({ type: TradeOutsDto })
  @ApiErrorResponses(400)
  getTradeOuts(@CurrentAuth() auth: AuthContext, @Query() query: TradeOutsQueryDto): Promise<TradeOutsDto> {
    return this.tradeOuts.load(auth, query);
  }
}
