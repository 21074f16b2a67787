import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Whether a request may read the metrics: only with METRICS_TOKEN, and only when it is set. */
@Injectable()
export class MetricsAccess {
  private readonly expected: Buffer | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.expected = config.metricsToken ? digest(config.metricsToken) : null;
  }

  check(authorization: string | undefined): 'disabled' | 'refused' | 'allowed' {
    if (!this.expected) {
      return 'disabled';
    }
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    // Digests of equal length, compared in constant time: the token's length is not told either.
    return token !== undefined && timingSafeEqual(digest(token), this.expected) ? 'allowed' : 'refused';
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
