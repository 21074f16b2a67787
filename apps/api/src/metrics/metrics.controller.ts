import { Controller, Get, Headers, HttpStatus, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ERROR_CODES } from '@ownerdash/contracts';
import { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { ApiException } from '../common/api-exception';
import { ErrorBodyDto } from '../common/error-body.dto';
import { MetricsAccess } from './metrics-access';
import { MetricsRegistry } from './metrics-registry';
import { METRICS_SCHEME } from './metrics-scheme';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly access: MetricsAccess,
  ) {}

  // Scrapers hold METRICS_TOKEN, not a user's session.
  @Public('METRICS_TOKEN')
  @Get()
  @ApiBearerAuth(METRICS_SCHEME)
  @ApiOperation({
    operationId: 'metrics',
    summary: "This instance's metrics in Prometheus text format, for a scraper holding METRICS_TOKEN",
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format 0.0.4', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'No token, or not METRICS_TOKEN' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'METRICS_TOKEN is not set: metrics are off' })
  async render(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const verdict = this.access.check(authorization);
    if (verdict === 'disabled') {
      throw new ApiException(HttpStatus.NOT_FOUND, { message: 'Metrics are off: set METRICS_TOKEN to serve them.' });
    }
    if (verdict === 'refused') {
      throw new ApiException(
        HttpStatus.UNAUTHORIZED,
        { message: 'Send METRICS_TOKEN as a bearer token.', code: ERROR_CODES.unauthenticated },
        { 'WWW-Authenticate': 'Bearer realm="metrics"' },
      );
    }
    response.type(this.metrics.contentType);
    return this.metrics.render();
  }
}
