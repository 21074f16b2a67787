import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { FinancialKpiHeaderDto, FinancialKpiHeaderQueryDto } from './kpi-header.dto';
import { FinancialKpiHeaderView } from './kpi-header.view';
import { PnlDto, PnlQueryDto } from './pnl.dto';
import { PnlView } from './pnl.view';
import { RevenueDetailDto, RevenueDetailQueryDto } from './revenue-detail.dto';
import { RevenueDetailView } from './revenue-detail.view';

const MONTHS_NOTE =
  'The books are monthly: the period covers every month that from–to touches, each whole (default: the twelve months ending with the month of to, today by default). booked names the months that have lines; the current month has none until it closes.';

@ApiTags('portfolio: financials')
@Controller('portfolio/financials')
export class FinancialsController {
  constructor(
    private readonly pnl: PnlView,
    private readonly revenueDetail: RevenueDetailView,
    private readonly kpiHeader: FinancialKpiHeaderView,
  ) {}

  @Authenticated({ view: 'financials.pnl' })
  @Get('pnl')
  @ApiOperation({
    operationId: 'getFinancialsPnl',
    summary: 'Income statement: actual against budget per account, with subtotals and NOI',
    description: `The income statement over your scope (or propertyIds). ${MONTHS_NOTE}`,
  })
  @ApiOkResponse({ type: PnlDto })
  @ApiErrorResponses(400)
  getPnl(@CurrentAuth() auth: AuthContext, @Query() query: PnlQueryDto): Promise<PnlDto> {
    return this.pnl.load(auth, query);
  }

  @Authenticated({ view: 'financials.revenue_detail' })
  @Get('revenue-detail')
  @ApiOperation({
    operationId: 'getFinancialsRevenueDetail',
    summary: 'Revenue by month: total income against budget and what it is made of, month by month',
    description: `Total income of your scope (or propertyIds) per month against budget, split into gross potential rent, losses (loss to lease, vacancy, concessions, bad debt) and other income: the period's months, and when they are fewer than twelve the trailing months before them, so a short period still has a trend. ${MONTHS_NOTE}`,
  })
  @ApiOkResponse({ type: RevenueDetailDto })
  @ApiErrorResponses(400)
  getRevenueDetail(@CurrentAuth() auth: AuthContext, @Query() query: RevenueDetailQueryDto): Promise<RevenueDetailDto> {
    return this.revenueDetail.load(auth, query);
  }

  @Authenticated({ view: 'financials.kpi_header' })
  @Get('kpi-header')
  @ApiOperation({
    operationId: 'getFinancialsKpiHeader',
    summary: 'Financials at a glance: economic occupancy, bad debt, NOI, NOI margin and expense ratio',
    description: `Each against budget, over your scope (or propertyIds). ${MONTHS_NOTE}`,
  })
  @ApiOkResponse({ type: FinancialKpiHeaderDto })
  @ApiErrorResponses(400)
  getKpiHeader(
    @CurrentAuth() auth: AuthContext,
    @Query() query: FinancialKpiHeaderQueryDto,
  ): Promise<FinancialKpiHeaderDto> {
    return this.kpiHeader.load(auth, query);
  }
}
