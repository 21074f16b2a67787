import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { ArTableDto, ArTableQueryDto } from './ar-table.dto';
import { ArTableView } from './ar-table.view';
import { EvictionsDto, EvictionsQueryDto } from './evictions.dto';
import { EvictionsView } from './evictions.view';
import { FormerResidentsDto, FormerResidentsQueryDto } from './former-residents.dto';
import { FormerResidentsView } from './former-residents.view';
import { DelinquencySummaryDto, DelinquencySummaryQueryDto } from './summary.dto';
import { DelinquencySummaryView } from './summary.view';

@ApiTags('portfolio: delinquency')
@Controller('portfolio/delinquency')
export class DelinquencyController {
  constructor(
    private readonly arTable: ArTableView,
    private readonly summary: DelinquencySummaryView,
    private readonly evictions: EvictionsView,
    private readonly formerResidents: FormerResidentsView,
  ) {}

  @Authenticated({ view: 'delinquency.summary' })
  @Get('summary')
  @ApiOperation({
    operationId: 'getDelinquencySummary',
    summary: 'Arrears by age: balances per aging bucket',
    description:
      'Units owing money and their balances per aging bucket (days past due 0-30, 31-60, 61-90, 90+), with the share of units delinquent and the balance as a percentage of the monthly scheduled rent, over your scope (or propertyIds).',
  })
  @ApiOkResponse({ type: DelinquencySummaryDto })
  @ApiErrorResponses(400)
  getSummary(
    @CurrentAuth() auth: AuthContext,
    @Query() query: DelinquencySummaryQueryDto,
  ): Promise<DelinquencySummaryDto> {
    return this.summary.load(auth, query);
  }

  @Authenticated({ view: 'delinquency.ar_table' })
  @Get('ar-table')
  @ApiOperation({
    operationId: 'getDelinquencyArTable',
    summary: 'Who owes what: units that owe money, with resident contact details',
    description:
      'One page of the units with a balance over your scope (or propertyIds), largest balance first by default.',
  })
  @ApiOkResponse({ type: ArTableDto })
  @ApiErrorResponses(400)
  getArTable(@CurrentAuth() auth: AuthContext, @Query() query: ArTableQueryDto): Promise<ArTableDto> {
    return this.arTable.load(auth, query);
  }

  @Authenticated({ view: 'delinquency.evictions' })
  @Get('evictions')
  @ApiOperation({
    operationId: 'getDelinquencyEvictions',
    summary: 'Eviction cases, with the resident’s name',
    description:
      'One page of the eviction cases over your scope (or propertyIds), latest filing first by default, optionally of one status, with the number of cases per status.',
  })
  @ApiOkResponse({ type: EvictionsDto })
  @ApiErrorResponses(400)
  getEvictions(@CurrentAuth() auth: AuthContext, @Query() query: EvictionsQueryDto): Promise<EvictionsDto> {
    return this.evictions.load(auth, query);
  }

  @Authenticated({ view: 'delinquency.former_residents' })
  @Get('former-residents')
  @ApiOperation({
    operationId: 'getDelinquencyFormerResidents',
    summary:
      'What former residents owe: what they left owing, and what is still owed, collected or written off, without names',
    description:
      'One page of what former residents of your scope (or propertyIds) left owing at move-out and what is still owed of it (most still owed first by default), with the totals over every page — owed now + collected + written off = left owing at move-out — and the count and amount per collection status.',
  })
  @ApiOkResponse({ type: FormerResidentsDto })
  @ApiErrorResponses(400)
  getFormerResidents(
    @CurrentAuth() auth: AuthContext,
    @Query() query: FormerResidentsQueryDto,
  ): Promise<FormerResidentsDto> {
    return this.formerResidents.load(auth, query);
  }
}
