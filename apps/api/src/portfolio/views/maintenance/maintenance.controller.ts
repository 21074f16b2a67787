import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { MaintenanceSummaryDto, MaintenanceSummaryQueryDto } from './summary.dto';
import { MaintenanceSummaryView } from './summary.view';

@ApiTags('portfolio: maintenance')
@Controller('portfolio/maintenance')
export class MaintenanceController {
  constructor(private readonly summary: MaintenanceSummaryView) {}

  @Authenticated({ view: 'maintenance.summary' })
  @Get('summary')
  @ApiOperation({
    operationId: 'getMaintenanceSummary',
    summary: 'Work orders: mix, open now, time to close, urgent response and weekly trend',
    description:
      'Work orders opened in the period (default: the last 90 days) over your scope (or propertyIds), by status, priority and category, with the number open now, days to close, the share of urgent ones completed within 48 hours, and opened against closed per week.',
  })
  @ApiOkResponse({ type: MaintenanceSummaryDto })
  @ApiErrorResponses(400)
  getSummary(
    @CurrentAuth() auth: AuthContext,
    @Query() query: MaintenanceSummaryQueryDto,
  ): Promise<MaintenanceSummaryDto> {
    return this.summary.load(auth, query);
  }
}
