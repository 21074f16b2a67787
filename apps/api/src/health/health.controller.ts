import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { HealthDto } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOperation({ operationId: 'health', summary: 'Liveness and database readiness, for load balancers' })
  @ApiOkResponse({ type: HealthDto, description: 'The API and its database are up' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database cannot be reached' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const report = await this.health.check();
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
