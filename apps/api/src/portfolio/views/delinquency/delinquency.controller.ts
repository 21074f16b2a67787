import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { ArTableDto, ArTableQueryDto } from './ar-table.dto';
import { ArTableView } from './ar-table.view';

@ApiTags('portfolio: delinquency')
@Controller('portfolio/delinquency')
export class DelinquencyController {
  constructor(private readonly arTable: ArTableView) {}

  @Authenticated({ view: 'delinquency.ar_table' })
  @Get('ar-table')
  @ApiOperation({
    operationId: 'getDelinquencyArTable',
    summary: 'AR drill-through: units that owe money, with resident contact details',
    description:
      'One page of the units with a balance over your scope (or propertyIds), largest balance first by default.',
  })
  @ApiOkResponse({ type: ArTableDto })
  @ApiErrorResponses(400)
  getArTable(@CurrentAuth() auth: AuthContext, @Query() query: ArTableQueryDto): Promise<ArTableDto> {
    return this.arTable.load(auth, query);
  }
}
