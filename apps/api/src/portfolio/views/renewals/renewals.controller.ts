import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { RenewalDrillthroughDto, RenewalDrillthroughQueryDto } from './drillthrough.dto';
import { RenewalDrillthroughView } from './drillthrough.view';
import { ExpirationChartDto, ExpirationChartQueryDto } from './expiration-chart.dto';
import { ExpirationChartView } from './expiration-chart.view';
import { MoveOutDto, MoveOutQueryDto } from './move-out.dto';
import { MoveOutView } from './move-out.view';
import { RenewalSummaryDto, RenewalSummaryQueryDto } from './summary.dto';
import { RenewalSummaryView } from './summary.view';

@ApiTags('portfolio: renewals')
@Controller('portfolio/renewals')
export class RenewalsController {
  constructor(
    private readonly summary: RenewalSummaryView,
    private readonly drillthrough: RenewalDrillthroughView,
    private readonly moveOut: MoveOutView,
    private readonly expirationChart: ExpirationChartView,
  ) {}

  @Authenticated({ view: 'renewals.summary' })
  @Get('summary')
  @ApiOperation({
    operationId: 'getRenewalsSummary',
    summary: 'Renewals at a glance: renewed, vacating and pending leases, and the renewal rate',
    description:
      'The leases of your scope (or propertyIds) ending within from/to (default: the 90 days from today, both included, as the risk views count them), by what becomes of them.',
  })
  @ApiOkResponse({ type: RenewalSummaryDto })
  @ApiErrorResponses(400)
  getSummary(@CurrentAuth() auth: AuthContext, @Query() query: RenewalSummaryQueryDto): Promise<RenewalSummaryDto> {
    return this.summary.load(auth, query);
  }

  @Authenticated({ view: 'renewals.drillthrough' })
  @Get('drillthrough')
  @ApiOperation({
    operationId: 'getRenewalsDrillthrough',
    summary: 'Leases ending soon: the leases ending in the window, with resident contact details',
    description:
      'One page of the leases of your scope (or propertyIds) ending within from/to (default: the 90 days from today, both included, as the risk views count them), optionally of one renewal status; soonest end first by default.',
  })
  @ApiOkResponse({ type: RenewalDrillthroughDto })
  @ApiErrorResponses(400)
  getDrillthrough(
    @CurrentAuth() auth: AuthContext,
    @Query() query: RenewalDrillthroughQueryDto,
  ): Promise<RenewalDrillthroughDto> {
    return this.drillthrough.load(auth, query);
  }

  @Authenticated({ view: 'renewals.move_out' })
  @Get('move-out')
  @ApiOperation({
    operationId: 'getRenewalsMoveOut',
    summary: 'Why residents move out: move-outs per reason and share',
    description:
      'Move-outs of your scope (or propertyIds) by reason from the monthly move-out counts. The counts are monthly, so the period covers the months it overlaps, whole. Default period: the 365 days up to today.',
  })
  @ApiOkResponse({ type: MoveOutDto })
  @ApiErrorResponses(400)
  getMoveOut(@CurrentAuth() auth: AuthContext, @Query() query: MoveOutQueryDto): Promise<MoveOutDto> {
    return this.moveOut.load(auth, query);
  }

  @Authenticated({ view: 'renewals.expiration_chart' })
  @Get('expiration-chart')
  @ApiOperation({
    operationId: 'getRenewalsExpirationChart',
    summary: 'Lease expirations by month: leases expiring per month for the next 12 months',
    description:
      'For each of the 12 months starting with the month of asOf (default today), the leases of your scope (or propertyIds) ending that month and how many are renewed, vacating or pending.',
  })
  @ApiOkResponse({ type: ExpirationChartDto })
  @ApiErrorResponses(400)
  getExpirationChart(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ExpirationChartQueryDto,
  ): Promise<ExpirationChartDto> {
    return this.expirationChart.load(auth, query);
  }
}
