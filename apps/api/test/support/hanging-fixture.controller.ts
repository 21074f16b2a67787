import { Controller, Get } from '@nestjs/common';
import { Public } from '../../src/auth/public.decorator';

const waiting: (() => void)[] = [];

/** Resolves once the next request reaches the hanging route's handler. */
export function nextHangingRequest(): Promise<void> {
  return new Promise((resolve) => waiting.push(resolve));
}

/** A request that never finishes on its own, to test that shutdown cuts it. */
@Controller('hanging-fixture')
export class HangingFixtureController {
  @Public()
  @Get()
  hang(): Promise<never> {
    waiting.shift()?.();
    return new Promise<never>(() => undefined);
  }
}
