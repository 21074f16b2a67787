import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { DelinquencyRiskDto, RiskGaugeDto, RiskQueryDto } from './risk-gauge.dto';
import { RiskGaugeView } from './risk-gauge.view';

@ApiTags('portfolio: risk')
@Controller('portfolio/risk')
export class RiskController {
  constructor(private readonly riskGauge: RiskGaugeView) {}

  @Authenticated({ view: 'risk.churn' })
  @Get('churn')
  @ApiOperation({
    operationId: 'getRiskChurn',
    summary: 'Move-out risk: churn risk gauge and distribution',
    description:
      'The mean churn risk of the occupied units over your scope (or propertyIds), their spread over low, medium and high risk, and the high-risk leases ending within the 90 days from asOf (default today), both included; leaseWindow gives those days.',
  })
  @ApiOkResponse({ type: RiskGaugeDto })
  @ApiErrorResponses(400)
  getChurn(@CurrentAuth() auth: AuthContext, @Query() query: RiskQueryDto): Promise<RiskGaugeDto> {
    return this.riskGauge.churn(auth, query);
  }

  @Authenticated({ view: 'risk.delinquency' })
  @Get('delinquency')
  @ApiOperation({
    operationId: 'getRiskDelinquency',
    summary: 'Payment risk: delinquency risk gauge and distribution',
    description:
      'The mean delinquency risk of the occupied units over your scope (or propertyIds), their spread over low, medium and high risk, the high-risk leases ending within the 90 days from asOf (default today), both included, and what the high-risk units owe; leaseWindow gives those days.',
  })
  @ApiOkResponse({ type: DelinquencyRiskDto })
  @ApiErrorResponses(400)
  getDelinquency(@CurrentAuth() auth: AuthContext, @Query() query: RiskQueryDto): Promise<DelinquencyRiskDto> {
    return this.riskGauge.delinquency(auth, query);
  }
}
