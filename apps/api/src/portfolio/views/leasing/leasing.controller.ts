import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { ConversionsDto, ConversionsQueryDto } from './conversions.dto';
import { ConversionsView } from './conversions.view';
import { FloorplanAvailDto, FloorplanAvailQueryDto } from './floorplan-avail.dto';
import { FloorplanAvailView } from './floorplan-avail.view';
import { ForecastDto, ForecastQueryDto } from './forecast.dto';
import { ForecastView } from './forecast.view';
import { FunnelDto, FunnelQueryDto } from './funnel.dto';
import { FunnelView } from './funnel.view';
import { MarketingDto, MarketingQueryDto } from './marketing.dto';
import { MarketingView } from './marketing.view';

@ApiTags('portfolio: leasing')
@Controller('portfolio/leasing')
export class LeasingController {
  constructor(
    private readonly funnel: FunnelView,
    private readonly conversions: ConversionsView,
    private readonly forecast: ForecastView,
    private readonly floorplanAvail: FloorplanAvailView,
    private readonly marketing: MarketingView,
  ) {}

  @Authenticated({ view: 'leasing.funnel' })
  @Get('funnel')
  @ApiOperation({
    operationId: 'getLeasingFunnel',
    summary: 'Leads to leases: leads, tours, applications and leases signed',
    description:
      'Sums over from/to for your scope (or propertyIds) from the daily metrics, and the same for the period of equal length just before. Default period: the 30 days up to today.',
  })
  @ApiOkResponse({ type: FunnelDto })
  @ApiErrorResponses(400)
  getFunnel(@CurrentAuth() auth: AuthContext, @Query() query: FunnelQueryDto): Promise<FunnelDto> {
    return this.funnel.load(auth, query);
  }

  @Authenticated({ view: 'leasing.conversions' })
  @Get('conversions')
  @ApiOperation({
    operationId: 'getLeasingConversions',
    summary: 'How leads convert: conversion rates between funnel stages, per month and overall',
    description:
      'Lead→tour, tour→application, application→lease and lead→lease rates of your scope (or propertyIds) from the daily metrics, as ratios of the stage counts of the same month. Default period: the 365 days up to today.',
  })
  @ApiOkResponse({ type: ConversionsDto })
  @ApiErrorResponses(400)
  getConversions(@CurrentAuth() auth: AuthContext, @Query() query: ConversionsQueryDto): Promise<ConversionsDto> {
    return this.conversions.load(auth, query);
  }

  @Authenticated({ view: 'leasing.forecast' })
  @Get('forecast')
  @ApiOperation({
    operationId: 'getLeasingForecast',
    summary: 'Occupancy ahead: projected occupancy for the next 13 weeks',
    description:
      'Projected occupancy of your scope (or propertyIds) week by week from asOf (default today), from the leases already known: units occupied now, minus leases ending without renewal, plus signed leases moving into vacant units.',
  })
  @ApiOkResponse({ type: ForecastDto })
  @ApiErrorResponses(400)
  getForecast(@CurrentAuth() auth: AuthContext, @Query() query: ForecastQueryDto): Promise<ForecastDto> {
    return this.forecast.load(auth, query);
  }

  @Authenticated({ view: 'leasing.floorplan_avail' })
  @Get('floorplan-avail')
  @ApiOperation({
    operationId: 'getLeasingFloorplanAvail',
    summary: 'Available units by floorplan',
    description:
      'The units of your scope (or propertyIds) by floorplan as they stand now: total, vacant, on notice, available to rent and pre-leased.',
  })
  @ApiOkResponse({ type: FloorplanAvailDto })
  @ApiErrorResponses(400)
  getFloorplanAvail(
    @CurrentAuth() auth: AuthContext,
    @Query() query: FloorplanAvailQueryDto,
  ): Promise<FloorplanAvailDto> {
    return this.floorplanAvail.load(auth, query);
  }

  @Authenticated({ view: 'leasing.marketing' })
  @Get('marketing')
  @ApiOperation({
    operationId: 'getLeasingMarketing',
    summary: 'Where leads come from: leads per source and per month',
    description:
      'Leads of your scope (or propertyIds) over the days from/to by source: the same leads as the funnel’s (the daily metrics), each property’s leads of a month split by its monthly lead-source counts — the counts themselves for a month the period covers whole, a proportional share of them for a month it covers in part. Each source’s total and share over the period, and each month’s sources, in whole leads adding up to the total. Default period: the 365 days up to today.',
  })
  @ApiOkResponse({ type: MarketingDto })
  @ApiErrorResponses(400)
  getMarketing(@CurrentAuth() auth: AuthContext, @Query() query: MarketingQueryDto): Promise<MarketingDto> {
    return this.marketing.load(auth, query);
  }
}
