import { Controller, Get, Logger } from '@nestjs/common';
import { Authenticated } from '../../src/auth/authenticated.decorator';
import { Public } from '../../src/auth/public.decorator';

/** Routes that log and fail deep in a request, to test the request context on log lines. */
@Controller('context-fixture')
export class ContextFixtureController {
  private readonly logger = new Logger(ContextFixtureController.name);

  @Public()
  @Get('fail')
  async fail(): Promise<never> {
    await Promise.resolve();
    throw new Error('an unexpected failure deep in a service');
  }

  @Authenticated()
  @Get('log')
  async log(): Promise<string> {
    await new Promise((resolve) => setImmediate(resolve));
    this.logger.log('a line logged by a service');
    return 'logged';
  }
}
